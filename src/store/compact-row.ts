/** A database row as a result object: null columns are dropped, so hits carry no null or undefined properties. */
export function compactRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}
