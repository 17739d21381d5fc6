/**
 * Exports of query results: JSON Lines (one object per line) and CSV (RFC 4180). Article text is
 * untrusted: a CSV cell that a spreadsheet would run as a formula (= + - @ at the start) is prefixed
 * with an apostrophe.
 */

/** One JSON object per line. */
export function toJsonl(rows: readonly object[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV rows for the given columns; the header line when `header` is true. */
export function toCsv(rows: readonly object[], columns: readonly string[], header = true): string {
  const lines = rows.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(','));
  if (header) lines.unshift(columns.join(','));
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}
