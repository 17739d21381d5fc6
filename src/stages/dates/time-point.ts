/**
 * A point on the calendar at some granularity (a year, a quarter, a week, a day, a part of a day...),
 * with unknown parts left out, and its TIMEX3 value: `2022`, `2022-Q1`, `2022-W24`, `2022-06-13TMO`,
 * `XXXX-02` when the year is unknown.
 */
import { addDays, addMonths, isoWeek, mondayOfIsoWeek, type Day } from './calendar.js';

export type Granularity = 'CE' | 'DE' | 'Y' | 'H' | 'Q' | 'SE' | 'M' | 'W' | 'WE' | 'D' | 'DP' | 'T';

export interface TimePoint {
  gran: Granularity;
  year?: number;
  month?: number;
  day?: number;
  week?: number;
  weekday?: number;
  quarter?: number;
  half?: number;
  season?: string;
  daypart?: string;
  hour?: number;
  minute?: number;
  /** First three digits of the decade's years: 199 for the 1990s. */
  decade?: number;
  /** First two digits of the century's years: 19 for the 1900s. */
  century?: number;
}

/** Coarse to fine; a point can be read at any coarser granularity. */
export const FINENESS: Record<Granularity, number> = { CE: 0, DE: 1, Y: 2, H: 3, Q: 4, SE: 4, M: 5, W: 6, WE: 6, D: 7, DP: 8, T: 9 };

/** "00" to "99", made once: most parts written are months, days, hours and minutes. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number, width = 2): string => (width === 2 && n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n]! : String(n).padStart(width, '0'));

/** The TIMEX3 value of a point; unknown parts are written with X. */
export function formatPoint(p: TimePoint): string {
  const y = p.year === undefined ? 'XXXX' : pad(p.year, 4);
  const m = p.month === undefined ? 'XX' : pad(p.month);
  const d = p.day === undefined ? 'XX' : pad(p.day);
  switch (p.gran) {
    case 'CE':
      return p.century === undefined ? 'XX' : pad(p.century);
    case 'DE':
      return p.decade === undefined ? 'XXX' : pad(p.decade, 3);
    case 'Y':
      return y;
    case 'H':
      return `${y}-H${p.half ?? 'X'}`;
    case 'Q':
      return `${y}-Q${p.quarter ?? 'X'}`;
    case 'SE':
      return `${y}-${p.season ?? 'XX'}`;
    case 'M':
      return `${y}-${m}`;
    case 'W':
    case 'WE':
      if (p.week === undefined) return p.weekday !== undefined && p.gran === 'W' ? `${y}-WXX-${p.weekday}` : `${y}-WXX${p.gran === 'WE' ? '-WE' : ''}`;
      return `${y}-W${pad(p.week)}${p.gran === 'WE' ? '-WE' : ''}`;
    case 'D':
      if (p.day === undefined && p.weekday !== undefined) return `${y}-WXX-${p.weekday}`;
      return `${y}-${m}-${d}`;
    case 'DP':
      return `${p.day === undefined && p.weekday !== undefined ? `${y}-WXX-${p.weekday}` : `${y}-${m}-${d}`}T${p.daypart ?? 'XX'}`;
    case 'T':
      return `${y}-${m}-${d}T${p.hour === undefined ? 'XX' : pad(p.hour)}:${p.minute === undefined ? '00' : pad(p.minute)}`;
  }
}

/** Whether the point names a calendar position fully (no X in its value). */
export function isComplete(p: TimePoint): boolean {
  return !formatPoint(p).includes('X');
}

/** The day a point covers or starts on, when known. */
export function dayOf(p: TimePoint): Day | undefined {
  if (p.year === undefined) return undefined;
  if (p.day !== undefined && p.month !== undefined) return { year: p.year, month: p.month, day: p.day };
  // A weekend starts on its Saturday.
  if (p.week !== undefined) return p.gran === 'WE' ? addDays(mondayOfIsoWeek(p.year, p.week), 5) : mondayOfIsoWeek(p.year, p.week);
  if (p.month !== undefined) return { year: p.year, month: p.month, day: 1 };
  if (p.quarter !== undefined) return { year: p.year, month: p.quarter * 3 - 2, day: 1 };
  if (p.half !== undefined) return { year: p.year, month: p.half * 6 - 5, day: 1 };
  return { year: p.year, month: 1, day: 1 };
}

/** The point of granularity `gran` that contains `day`. */
export function pointOfDay(day: Day, gran: Granularity): TimePoint {
  switch (gran) {
    case 'CE':
      return { gran, century: Math.floor(day.year / 100) };
    case 'DE':
      return { gran, decade: Math.floor(day.year / 10) };
    case 'Y':
      return { gran, year: day.year };
    case 'H':
      return { gran, year: day.year, half: day.month <= 6 ? 1 : 2 };
    case 'Q':
      return { gran, year: day.year, quarter: Math.ceil(day.month / 3) };
    case 'SE':
      return { gran, year: day.year, season: seasonOf(day.month) };
    case 'M':
      return { gran, year: day.year, month: day.month };
    case 'W':
    case 'WE': {
      const w = isoWeek(day);
      return { gran, year: w.year, week: w.week };
    }
    default:
      return { gran, year: day.year, month: day.month, day: day.day };
  }
}

/** The point `n` units of its own granularity later (earlier when negative); unknown points stay unknown. */
export function shiftPoint(p: TimePoint, n: number): TimePoint {
  const day = dayOf(p);
  if (p.gran === 'CE' && p.century !== undefined) return { ...p, century: p.century + n };
  if (p.gran === 'DE' && p.decade !== undefined) return { ...p, decade: p.decade + n };
  if (!day) return p;
  switch (p.gran) {
    case 'Y':
      return { ...p, year: day.year + n };
    case 'H': {
      const index = day.year * 2 + (p.half ?? 1) - 1 + n;
      return { ...p, year: Math.floor(index / 2), half: (index % 2) + 1 };
    }
    case 'Q': {
      const index = day.year * 4 + (p.quarter ?? 1) - 1 + n;
      return { ...p, year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    }
    case 'SE':
      return { ...p, year: day.year + n };
    case 'M': {
      const m = addMonths(day.year, day.month, n);
      return { ...p, year: m.year, month: m.month };
    }
    case 'W':
    case 'WE':
      return { ...pointOfDay(addDays(day, 7 * n), 'W'), gran: p.gran };
    default: {
      const d = addDays(day, n);
      return { ...p, year: d.year, month: d.month, day: d.day };
    }
  }
}

/** Shifts a day by `n` calendar units (`D`, `W`, `M`, `Q`, `Y`...) and reads it at the unit's granularity. */
export function shiftDayBy(day: Day, n: number, unit: string): TimePoint | undefined {
  switch (unit) {
    case 'D':
      return pointOfDay(addDays(day, n), 'D');
    case 'W':
    case 'FN':
      return pointOfDay(addDays(day, n * (unit === 'FN' ? 14 : 7)), 'D');
    case 'M': {
      const m = addMonths(day.year, day.month, n);
      return { gran: 'M', year: m.year, month: m.month };
    }
    case 'Q':
      return shiftPoint(pointOfDay(day, 'Q'), n);
    case 'Y':
      return { gran: 'Y', year: day.year + n };
    case 'DE':
      return { gran: 'Y', year: day.year + 10 * n };
    case 'CE':
      return { gran: 'Y', year: day.year + 100 * n };
    default:
      return undefined;
  }
}

function seasonOf(month: number): string {
  return month <= 2 || month === 12 ? 'WI' : month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA';
}

/** The first month of a season (winter counted from December of the year before). */
export function seasonStartMonth(season: string): number {
  return season === 'SP' ? 3 : season === 'SU' ? 6 : season === 'FA' ? 9 : 12;
}
