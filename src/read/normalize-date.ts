/**
 * Publication dates as ISO 8601. Pages and records give them as ISO timestamps, RFC 822 dates
 * (`Wed, 15 May 2024 08:40:00 +0400`, the RSS form), dates with a space instead of `T`, epoch
 * numbers, or prose ("May 15, 2024"). The local time and offset are kept where given, because the
 * calendar day of publication anchors relative dates ("on Tuesday").
 */

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC_822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC?|[+-]\d{4}|[ECMP][SD]T)?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const US_ZONES: Record<string, string> = { EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };
const HAS_TIME = /\d{1,2}:\d{2}/;
const YEAR = /\b\d{4}\b/;

/** The date as ISO 8601 (date, or date-time with its offset), or undefined when it cannot be read. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return new Date(value > 1e11 ? value : value * 1000).toISOString(); // epoch milliseconds or seconds
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return isoFrom(iso);
  const rfc = RFC_822.exec(text);
  if (rfc) return rfcFrom(rfc);
  if (!YEAR.test(text)) return undefined; // Date.parse guesses a year for "May 15"; we do not
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return undefined;
  if (HAS_TIME.test(text)) return parsed.toISOString();
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

function isoFrom(m: RegExpExecArray): string | undefined {
  const [, date, time, zone] = m;
  if (!validDate(date!)) return undefined;
  if (!time) return date;
  const seconds = time.length === 5 ? `${time}:00` : time;
  return `${date}T${seconds}${zone ? offset(zone) : ''}`;
}

function rfcFrom(m: RegExpExecArray): string | undefined {
  const [, day, monthName, year, hour, minute, second, zone] = m;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  if (!validDate(date)) return undefined;
  if (hour === undefined) return date;
  const z = zone === undefined ? '' : US_ZONES[zone] ?? offset(zone);
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${z}`;
}

/** `Z`, `+0400`, `+04`, `GMT` → `Z` or `+04:00`. */
function offset(zone: string): string {
  if (/^(z|gmt|utc?)$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

function validDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
