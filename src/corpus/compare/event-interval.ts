/**
 * When an event happened, as a range of days: its own date when the article gives one (a day, a month,
 * a year, an ISO week), else the days just before the article's publication, when events are usually
 * reported. Days are counted from 1970-01-01 (UTC) so ranges compare as numbers.
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** A range of days, both ends included. `own`: from the event's date, not the publication date. */
export interface DayRange {
  from: number;
  to: number;
  own: boolean;
}

/** How many days before publication an undated event may have happened. */
const UNDATED_LOOKBACK = 2;

/** Day number of an ISO date (`2024-03-12`, or a timestamp); undefined when it is not one. */
export function dayNumber(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = DAY.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

/** The ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days a TIMEX3 value covers, or undefined for values that name no calendar range (PRESENT_REF, P2D). */
export function timexRange(value: string): { from: number; to: number } | undefined {
  const day = dayNumber(value);
  if (day !== undefined) return { from: day, to: day };
  let m = MONTH.exec(value);
  if (m) {
    const from = Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY_MS;
    return { from, to: Date.UTC(+m[1]!, +m[2]!, 1) / DAY_MS - 1 };
  }
  m = WEEK.exec(value);
  if (m) {
    // ISO week 1 holds the year's first Thursday.
    const jan4 = Date.UTC(+m[1]!, 0, 4) / DAY_MS;
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return { from: monday, to: monday + 6 };
  }
  m = YEAR.exec(value);
  if (m) return { from: Date.UTC(+m[1]!, 0, 1) / DAY_MS, to: Date.UTC(+m[1]! + 1, 0, 1) / DAY_MS - 1 };
  return undefined;
}

/**
 * The days of an event: its date's range when it has one and that range is no later than the
 * publication (a later one is a misread), else the few days up to the publication; undefined when
 * neither is known.
 */
export function eventDays(date: string | undefined, publishedAt: string | undefined): DayRange | undefined {
  const published = dayNumber(publishedAt);
  const own = date === undefined ? undefined : timexRange(date);
  if (own && (published === undefined || own.from <= published)) {
    // Only a day or a short range says when the event was; a whole year says little.
    if (own.to - own.from <= 31) return { from: own.from, to: published === undefined ? own.to : Math.min(own.to, published), own: true };
  }
  if (published === undefined) return undefined;
  return { from: published - UNDATED_LOOKBACK, to: published, own: false };
}

/** Whether two day ranges overlap, allowing `slack` days between them (time zones, late-night events). */
export function daysOverlap(a: { from: number; to: number }, b: { from: number; to: number }, slack = 1): boolean {
  return a.from <= b.to + slack && b.from <= a.to + slack;
}
