/** Calendar arithmetic on plain year-month-day values (proleptic Gregorian, UTC, no time zones). */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/*
 * Day numbers by integer arithmetic (H. Hinnant's days_from_civil and civil_from_days), not by Date:
 * Date.UTC and a Date's getters cost a few hundred nanoseconds each, and resolving one weekday took a
 * dozen of them. Inside the ranges checked below the results are Date's own (months and days outside
 * their range carry over as in Date.UTC); elsewhere, and for Date.UTC's years 0-99 (read as
 * 1900-1999), Date itself answers.
 */

/** Days since 1970-01-01 of year `y`, month `m` (1-based, any integer), day `d` (any integer). */
function daysFromCivil(y: number, m: number, d: number): number {
  const carry = Math.floor((m - 1) / 12);
  y += carry;
  m -= carry * 12;
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whether `daysFromCivil` agrees with Date.UTC for these arguments. */
function civilInRange(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && y <= 99_999 && m > -1200 && m < 1200 && d > -100_000 && d < 100_000;
}

function toEpochDay(d: Day): number {
  if (civilInRange(d.year, d.month, d.day)) return daysFromCivil(d.year, d.month, d.day);
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  // A Date holds days within ±10^8 of the epoch; the arithmetic below is exact well beyond that.
  if (!Number.isInteger(n) || n < -100_000_000 || n > 100_000_000) {
    const date = new Date(n * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekdayOf(d: Day): number {
  return ((((toEpochDay(d) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 1 - weekdayOf(jan4) + (week - 1) * 7);
}

/** Month arithmetic: `(year, month) + n` months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth(year: number, month: number): number {
  if (civilInRange(year, month, 0) && month >= 1 && month <= 12) return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Whether a day exists ("February 30" does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** US Thanksgiving: the fourth Thursday of November. */
export function thanksgiving(year: number): Day {
  const first = { year, month: 11, day: 1 };
  return addDays(first, ((4 - weekdayOf(first) + 7) % 7) + 21);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** Reads the day (and hour, minute when given) of an ISO 8601 date or timestamp; undefined if invalid. */
export function parseIsoDay(value: string | undefined): (Day & { hour?: number; minute?: number }) | undefined {
  const m = value ? ISO_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDay(day.year, day.month, day.day)) return undefined;
  return m[4] !== undefined ? { ...day, hour: Number(m[4]), minute: Number(m[5]) } : day;
}
