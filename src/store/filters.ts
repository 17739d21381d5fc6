/** Helpers shared by both adapters: date normalisation and bounds, page limits. */

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/**
 * A publication date as stored: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` kept as given; any other date
 * (ISO timestamp, RFC 822 from feeds) as an ISO timestamp in UTC; unparseable dates as undefined.
 * ISO strings sort as dates, so range filters compare text.
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (ISO_PREFIX.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The exclusive upper bound for `to`: a bare day, month or year includes all of it. */
export function upperBound(to: string): string {
  const t = to.trim();
  let m = DAY.exec(t);
  if (m) return isoDay(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + 1)));
  m = MONTH.exec(t);
  if (m) return isoDay(new Date(Date.UTC(+m[1]!, +m[2]!, 1))).slice(0, 7);
  m = YEAR.exec(t);
  if (m) return String(+m[1]! + 1);
  // A timestamp: include it exactly (the next code unit sorts after it).
  return `${normalizeDate(t) ?? t}\u0001`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const KM_PER_DEGREE = 111.32;

/** The box `[latMin, latMax, lonMin, lonMax]` of ±km around a point (no wrap at the antimeridian). */
export function nearBox(near: { lat: number; lon: number; km: number }): [number, number, number, number] {
  const dLat = near.km / KM_PER_DEGREE;
  const dLon = near.km / (KM_PER_DEGREE * Math.max(0.01, Math.cos((near.lat * Math.PI) / 180)));
  return [near.lat - dLat, near.lat + dLat, near.lon - dLon, near.lon + dLon];
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** A page clamped to sane bounds. */
export function pageOf(page: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}
