/**
 * Resolves frames relative to publication or to the last date mentioned: "last week", "the previous
 * day", "two days ago", "a year earlier", "yesterday", "this morning", "in recent days".
 */
import { addDays, weekdayOf } from './calendar.js';
import type { TimeFrame } from './read-frame.js';
import type { ResolveContext } from './resolve-context.js';
import { dayOf, FINENESS, pointOfDay, shiftDayBy, shiftPoint, type Granularity, type TimePoint } from './time-point.js';

const UNIT_GRAN: Record<string, Granularity> = { D: 'D', W: 'W', WE: 'WE', M: 'M', Q: 'Q', Y: 'Y', HA: 'H', DE: 'DE', CE: 'CE' };
const CHAINED = new Set(['previous', 'following', 'same', 'that']);

export interface RelativePoint {
  point: TimePoint;
  /** Id of the expression it was computed from, or 'publication'; undefined when nothing was known. */
  anchor?: string;
}

/** "last week", "the previous day", "this morning", "that year": a unit shifted from publication or the anchor. */
export function resolveRelativeUnit(f: TimeFrame, ctx: ResolveContext): RelativePoint | undefined {
  const rel = f.rel!;
  if (f.daypart !== undefined) {
    // "this morning", "last night" (the night before publication).
    const offset = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'following' ? 1 : 0;
    const base = CHAINED.has(rel) && ctx.anchor ? dayOf(ctx.anchor.point) : ctx.dct;
    if (!base) return { point: { gran: 'DP', daypart: f.daypart } };
    return { point: { ...pointOfDay(addDays(base, offset), 'D'), gran: 'DP', daypart: f.daypart }, anchor: anchorName(rel, ctx) };
  }
  const unit = f.unit;
  const gran = unit ? UNIT_GRAN[unit] : undefined;
  if (!gran) return undefined;
  const offset = rel === 'last' || rel === 'past' || rel === 'previous' || rel === 'latest' ? -1 : rel === 'next' || rel === 'following' ? 1 : 0;
  if (CHAINED.has(rel) && ctx.anchor && FINENESS[ctx.anchor.point.gran] >= FINENESS[gran]) {
    const base = { ...readAt(ctx.anchor.point, gran) };
    return { point: shiftPoint(base, offset), anchor: ctx.anchor.id };
  }
  if (rel === 'latest' && gran !== 'Q' && gran !== 'M') return undefined;
  if (!ctx.dct) return { point: { gran } };
  // "the last day" of something, "this day": no calendar day to name.
  if (gran === 'D' && !CHAINED.has(rel)) return undefined;
  return { point: shiftPoint(pointOfDay(ctx.dct, gran), offset), anchor: 'publication' };
}

/** "two days ago", "a year earlier", "the year-ago quarter": a date a count of units from a base. */
export function resolveShifted(f: TimeFrame, ctx: ResolveContext): RelativePoint | undefined {
  const unit = f.unit!;
  const count = f.count ?? 1;
  if (!Number.isInteger(count)) return undefined;
  const sign = f.dir === 'ago' || f.dir === 'earlier' ? -1 : 1;
  // "year-earlier" describes the period under discussion, not the last date: count from publication.
  const fromAnchor = (f.dir === 'earlier' || f.dir === 'later') && ctx.anchor !== undefined && ctx.rule !== 'unit-compound';
  // News convention: "a year ago/earlier" next to a quarter compares with that quarter a year before.
  const quarter = ctx.quarter && ctx.sentence - ctx.quarter.sentence <= 2 ? ctx.quarter : undefined;
  if (unit === 'Y' && (quarter || f.secondUnit === 'Q')) {
    const base = quarter?.point ?? (ctx.dct ? shiftPoint(pointOfDay(ctx.dct, 'Q'), -1) : undefined);
    if (!base) return { point: { gran: 'Q' } };
    return { point: shiftPoint(base, -4 * count), anchor: quarter?.id ?? 'publication' };
  }
  const base = fromAnchor ? dayOf(ctx.anchor!.point) : ctx.dct;
  if (!base) return { point: { gran: UNIT_GRAN[unit] ?? 'D' } };
  const point = shiftDayBy(base, sign * count, unit);
  if (!point) return undefined;
  return { point, anchor: fromAnchor ? ctx.anchor!.id : 'publication' };
}

/** A point read at a coarser granularity ("that year" after "on June 3, 2014" → 2014). */
function readAt(p: TimePoint, gran: Granularity): TimePoint {
  const day = dayOf(p);
  return day ? pointOfDay(day, gran) : { gran };
}

function anchorName(rel: string, ctx: ResolveContext): string | undefined {
  return CHAINED.has(rel) && ctx.anchor ? ctx.anchor.id : ctx.dct ? 'publication' : undefined;
}

/** "the quarter", "the year", "the week", "the weekend": the period under discussion or around publication. */
export function resolveTheUnit(f: TimeFrame, ctx: ResolveContext): RelativePoint | undefined {
  const unit = f.unit;
  if (f.plural || (unit !== 'Q' && unit !== 'Y' && unit !== 'W' && unit !== 'WE' && unit !== 'M')) return undefined;
  if (unit === 'Q' && ctx.quarter) return { point: ctx.quarter.point, anchor: ctx.quarter.id };
  if (!ctx.dct) return { point: { gran: UNIT_GRAN[unit]! } };
  if (unit === 'Q') return { point: shiftPoint(pointOfDay(ctx.dct, 'Q'), ctx.tense === 'future' ? 0 : -1), anchor: 'publication' };
  if (unit === 'WE') {
    // Past: the weekend just gone (this one, when published on it); future: the coming one.
    const offset = ctx.tense === 'future' || weekdayOf(ctx.dct) >= 6 ? 0 : -1;
    return { point: shiftPoint(pointOfDay(ctx.dct, 'WE'), offset), anchor: 'publication' };
  }
  return { point: pointOfDay(ctx.dct, UNIT_GRAN[unit]!), anchor: 'publication' };
}
