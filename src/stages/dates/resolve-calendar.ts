/**
 * Resolves frames that name calendar positions: years, months, days, weekdays, seasons, quarters,
 * halves, decades, centuries, holidays. Missing parts come from the publication date and the tense.
 */
import { addDays, daysBetween, easter, isValidDay, thanksgiving, weekdayOf, type Day } from './calendar.js';
import type { TimeFrame } from './read-frame.js';
import type { ResolveContext } from './resolve-context.js';
import { dayOf, pointOfDay, seasonStartMonth, type TimePoint } from './time-point.js';

/** The point a calendar frame names, or undefined when the frame names none. `implied` says what came from outside. */
export function resolveCalendar(f: TimeFrame, ctx: ResolveContext): { point: TimePoint; usedDct: boolean; usedAnchor?: boolean } | undefined {
  const dct = ctx.dct;
  const relOffset = f.rel === 'last' || f.rel === 'past' || f.rel === 'previous' ? -1 : f.rel === 'next' || f.rel === 'following' ? 1 : f.rel === undefined ? undefined : 0;
  if (f.decade !== undefined) return { point: { gran: 'DE', decade: f.decade }, usedDct: false };
  if (f.ordinal !== undefined && f.unit !== undefined) return resolveOrdinalPeriod(f, ctx);
  if (f.holiday) return resolveHoliday(f, ctx);
  if (f.month !== undefined) {
    if (f.day !== undefined) {
      if (f.year !== undefined) return isValidDay(f.year, f.month, f.day) ? { point: { gran: 'D', year: f.year, month: f.month, day: f.day }, usedDct: false } : undefined;
      if (!dct) return { point: { gran: 'D', month: f.month, day: f.day }, usedDct: false };
      // Tense cues are too weak for a named day: take the occurrence nearest publication.
      const year = pickYear(dct, (y) => (isValidDay(y, f.month!, f.day!) ? { year: y, month: f.month!, day: f.day! } : undefined), 'none', relOffset);
      return year === undefined ? undefined : { point: { gran: 'D', year, month: f.month, day: f.day }, usedDct: true };
    }
    if (f.year !== undefined) return { point: { gran: 'M', year: f.year, month: f.month }, usedDct: false };
    if (!dct) return { point: { gran: 'M', month: f.month }, usedDct: false };
    // Measured on TimeBank: a future cue is right for 7 of 8 bare months, a past cue for only 57 of 71;
    // the occurrence nearest publication does better than the past cue, so only the future cue decides.
    const year = pickYear(dct, (y) => ({ year: y, month: f.month!, day: 15 }), ctx.tense === 'future' ? 'future' : 'none', relOffset, ctx.tense === 'future');
    return year === undefined ? undefined : { point: { gran: 'M', year, month: f.month }, usedDct: true };
  }
  if (f.season !== undefined) {
    const year = f.year ?? (dct ? pickYear(dct, (y) => ({ year: y, month: seasonStartMonth(f.season!) % 12 || 12, day: 15 }), relOffset === 0 ? 'none' : ctx.tense, relOffset, true) : undefined);
    return { point: year === undefined ? { gran: 'SE', season: f.season } : { gran: 'SE', year, season: f.season }, usedDct: f.year === undefined && dct !== undefined };
  }
  if (f.weekday !== undefined) {
    const previousLike = f.rel === 'previous' || f.rel === 'following';
    const base = previousLike && ctx.anchor ? dayOf(ctx.anchor.point) : dct;
    if (!base) return { point: { gran: 'D', weekday: f.weekday }, usedDct: false };
    const back = (weekdayOf(base) - f.weekday + 7) % 7;
    const ahead = (f.weekday - weekdayOf(base) + 7) % 7;
    let day: Day;
    if (relOffset === -1) day = addDays(base, -(back || 7));
    else if (relOffset === 1) day = addDays(base, ahead || 7);
    else if (relOffset === 0) day = addDays(base, f.weekday - weekdayOf(base));
    else if (ctx.tense === 'future') day = addDays(base, ahead);
    else if (ctx.tense === 'past' || back <= ahead) day = addDays(base, -back);
    else day = addDays(base, ahead);
    return { point: { gran: 'D', ...day }, usedDct: !(previousLike && ctx.anchor), usedAnchor: previousLike && ctx.anchor !== undefined };
  }
  if (f.year !== undefined) return { point: { gran: 'Y', year: f.year }, usedDct: false };
  return undefined;
}

function resolveOrdinalPeriod(f: TimeFrame, ctx: ResolveContext): { point: TimePoint; usedDct: boolean } | undefined {
  const n = f.ordinal!;
  if (f.unit === 'CE') return n >= 1 && n <= 30 ? { point: { gran: 'CE', century: n - 1 }, usedDct: false } : undefined;
  if (f.unit !== 'Q' && f.unit !== 'HA') return undefined;
  if ((f.unit === 'Q' && n > 4) || (f.unit === 'HA' && n > 2)) return undefined;
  const field = f.unit === 'Q' ? { quarter: n } : { half: n };
  let year = f.contextYear ?? f.year;
  let usedDct = false;
  if (year === undefined && ctx.dct) {
    usedDct = true;
    const offset = f.contextRel === 'last' || f.contextRel === 'previous' ? -1 : f.contextRel === 'next' || f.contextRel === 'following' ? 1 : f.contextRel ? 0 : undefined;
    if (offset !== undefined) year = ctx.dct.year + offset;
    else {
      const startMonth = f.unit === 'Q' ? n * 3 - 2 : n * 6 - 5;
      // Quarters and halves are reported after they end: the latest one that has begun.
      year = pickYear(ctx.dct, (y) => ({ year: y, month: startMonth, day: 1 }), 'past', undefined, true);
    }
  }
  const gran = f.unit === 'Q' ? 'Q' : 'H';
  return { point: year === undefined ? { gran, ...field } : { gran, year, ...field }, usedDct };
}

function resolveHoliday(f: TimeFrame, ctx: ResolveContext): { point: TimePoint; usedDct: boolean } | undefined {
  const h = f.holiday!;
  const on = (y: number): Day => (h.rule === 'easter' ? easter(y) : h.rule === 'thanksgiving' ? thanksgiving(y) : { year: y, month: h.month!, day: h.day! });
  if (f.year !== undefined) return { point: { gran: 'D', ...on(f.year) }, usedDct: false };
  if (!ctx.dct) return h.month !== undefined ? { point: { gran: 'D', month: h.month, day: h.day! }, usedDct: false } : { point: { gran: 'D' }, usedDct: false };
  const rel = f.rel === 'last' ? -1 : f.rel === 'next' ? 1 : undefined;
  const year = pickYear(ctx.dct, on, ctx.tense, rel);
  return year === undefined ? undefined : { point: { gran: 'D', ...on(year) }, usedDct: true };
}

/**
 * The year (of publication ± 1) for a date that names no year. `rel` -1/+1 forces strictly before/after
 * publication; past tense takes the latest on or before it, future the next on or after, otherwise the
 * nearest (or, for `coarse` periods named by a day inside them, the publication year).
 */
export function pickYear(dct: Day, at: (year: number) => Day | undefined, tense: string, rel?: number, coarse = false): number | undefined {
  const options = [dct.year - 1, dct.year, dct.year + 1].map((year) => ({ year, day: at(year) })).filter((o): o is { year: number; day: Day } => o.day !== undefined);
  if (options.length === 0) return undefined;
  const diff = (o: { day: Day }): number => daysBetween(dct, o.day);
  // A month, season or quarter that contains publication counts as both past and future.
  const within = (o: { day: Day }): boolean => coarse && sameMonth(o.day, dct);
  if (rel === -1) return last(options.filter((o) => diff(o) < 0 && !within(o)))?.year;
  if (rel === 1) return options.find((o) => diff(o) > 0 && !within(o))?.year;
  if (rel === 0) return dct.year;
  if (tense === 'past') return last(options.filter((o) => diff(o) <= 0 || within(o)))?.year ?? dct.year;
  if (tense === 'future') return options.find((o) => diff(o) >= 0 || within(o))?.year ?? dct.year;
  if (coarse) return dct.year;
  return options.reduce((best, o) => (Math.abs(diff(o)) < Math.abs(diff(best)) ? o : best)).year;
}

function sameMonth(a: Day, b: Day): boolean {
  return a.year === b.year && a.month === b.month;
}

function last<T>(items: T[]): T | undefined {
  return items[items.length - 1];
}

export { pointOfDay };
