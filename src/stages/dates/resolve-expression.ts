/**
 * Turns a frame into a TIMEX3 type and value, with the stated parts kept apart from the implied ones.
 * Sets first, then clock times, references (now, recently), words pointing at publication, counts of
 * units (durations, or dates with ago/earlier/later), calendar names, relative units.
 */
import type { DateParts } from '../../model/layers/dates.js';
import { addDays, isValidDay } from './calendar.js';
import type { TimeFrame } from './read-frame.js';
import { resolveCalendar } from './resolve-calendar.js';
import type { Resolution, ResolveContext } from './resolve-context.js';
import { durationValue, setValue } from './resolve-duration.js';
import { resolveRelativeUnit, resolveShifted, resolveTheUnit } from './resolve-relative.js';
import { formatPoint, isComplete, pointOfDay, type TimePoint } from './time-point.js';

const ENDED = /^(?:ended|ending|ends)$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/;

/** The resolution of a frame, or undefined when the frame is no time expression after all. */
export function resolveFrame(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  if (f.set) {
    const value = setValue(f);
    return value ? { type: 'SET', value, stated: {}, implied: {} } : undefined;
  }
  if (f.numdate) return resolveNumericDate(f.numdate);
  if (f.hour !== undefined) return resolveClock(f, ctx);
  if (f.ref) return ref(f.ref, ctx);
  if (f.deictic) return resolveDeictic(f, ctx);
  if (ctx.rule === 'the-unit' && ctx.after?.lower.match(ENDED)) {
    // "the year ended March 31": a fiscal period, a duration in TimeML.
    const value = durationValue(f.unit!, 1);
    return value ? { type: 'DURATION', value, stated: {}, implied: {} } : undefined;
  }
  if (ctx.rule === 'unit-edge') {
    const relative = resolveRelativeUnit({ ...f, rel: f.rel ?? 'this' }, ctx);
    return relative ? fromPoint(relative.point, f, ctx, relative.anchor) : undefined;
  }
  if (ctx.rule === 'the-unit') {
    const relative = resolveTheUnit(f, ctx);
    return relative ? fromPoint(relative.point, f, ctx, relative.anchor) : undefined;
  }
  if (f.unit !== undefined && f.ordinal === undefined && (f.count !== undefined || f.vagueCount || f.dir !== undefined || f.rel === undefined)) return resolveCount(f, ctx);
  const calendar = resolveCalendar(f, ctx);
  if (calendar) {
    if (ctx.rule === 'year' && !bareYearOk(f, ctx)) return undefined;
    // "Friday morning": the day narrowed to a part of it.
    const point: TimePoint = calendar.point.gran === 'D' && f.daypart !== undefined ? { ...calendar.point, gran: 'DP', daypart: f.daypart } : calendar.point;
    const res = fromPoint(point, f, ctx, calendar.usedAnchor ? ctx.anchor!.id : calendar.usedDct ? 'publication' : undefined);
    return withRange(res, ctx);
  }
  if (f.rel !== undefined && (f.unit !== undefined || f.daypart !== undefined)) {
    if (f.plural && f.unit !== undefined) {
      if (f.rel === 'recent' || f.rel === 'past' || f.rel === 'last') return withRange({ ...ref('PAST_REF', ctx), range: ctx.dct ? { end: formatPoint(pointOfDay(ctx.dct, 'D')) } : {} }, ctx);
      const value = durationValue(f.unit, undefined);
      return value ? { type: 'DURATION', value, stated: {}, implied: {} } : undefined;
    }
    if (f.rel === 'past' && (f.unit === 'DE' || f.unit === 'CE')) {
      // "the past decade": the ten years up to publication, not the 2010s.
      const value = durationValue(f.unit, 1);
      return value ? { type: 'DURATION', value, stated: {}, implied: {} } : undefined;
    }
    const relative = resolveRelativeUnit(f, ctx);
    if (!relative) return undefined;
    return withRange(fromPoint(relative.point, f, ctx, relative.anchor), ctx);
  }
  return undefined;
}

function resolveCount(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const unit = f.unit!;
  if (f.countIsYear && !f.plural) {
    // "the 1988 quarter": the quarter under discussion, in 1988.
    if (unit !== 'Q' || !ctx.quarter || ctx.quarter.point.quarter === undefined) return undefined;
    const point: TimePoint = { gran: 'Q', year: f.count!, quarter: ctx.quarter.point.quarter };
    return fromPoint(point, { ...f, year: f.count! }, ctx, ctx.quarter.id);
  }
  if (f.dir !== undefined) {
    if (f.vagueCount || (f.count === undefined && f.plural)) return ref(f.dir === 'ago' || f.dir === 'earlier' ? 'PAST_REF' : 'FUTURE_REF', ctx);
    const shifted = resolveShifted(f, ctx);
    if (!shifted) return undefined;
    return fromPoint(shifted.point, f, ctx, shifted.anchor);
  }
  if (f.count === undefined && !f.vagueCount && !f.plural) return undefined;
  // "three-quarters of the staff" is a fraction.
  if (unit === 'Q' && f.plural && f.hyphenated) return undefined;
  const value = durationValue(unit, f.vagueCount ? undefined : f.count);
  if (!value) return undefined;
  const res: Resolution = { type: 'DURATION', value, stated: {}, implied: {} };
  if (f.mod) res.mod = f.mod;
  return res;
}

function resolveClock(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  if (f.hour! > 24 || (f.minute ?? 0) > 59) return undefined;
  let day = f.month !== undefined || f.weekday !== undefined ? resolveCalendar({ ...f, daypart: undefined } as TimeFrame, ctx)?.point : undefined;
  let anchor: string | undefined;
  if (!day && f.deictic?.offset !== undefined && ctx.dct) {
    day = pointOfDay(addDays(ctx.dct, f.deictic.offset), 'D');
    anchor = 'publication';
  } else if (!day && ctx.dct) {
    day = pointOfDay(ctx.dct, 'D');
    anchor = 'publication';
  } else if (day && f.year === undefined) anchor = ctx.dct ? 'publication' : undefined;
  const point: TimePoint = { ...(day ?? {}), gran: 'T', hour: f.hour!, minute: f.minute ?? 0 };
  return fromPoint(point, f, ctx, anchor);
}

function resolveDeictic(f: TimeFrame, ctx: ResolveContext): Resolution | undefined {
  const entry = f.deictic!;
  if (entry.ref) return ref(entry.ref, ctx);
  const daypart = f.daypart ?? entry.daypart;
  if (!ctx.dct) return fromPoint(daypart ? { gran: 'DP', daypart } : { gran: 'D' }, f, ctx, undefined);
  const day = addDays(ctx.dct, entry.offset ?? 0);
  // Fields written out (pointOfDay's 'D' fields, in its order) rather than spread and overridden: the
  // spread ran in V8's runtime (DefineNamedOwnIC_Slow under resolveDeictic, .06-.11% of all ticks).
  const point: TimePoint = daypart ? { gran: 'DP', year: day.year, month: day.month, day: day.day, daypart } : pointOfDay(day, 'D');
  return withRange(fromPoint(point, f, ctx, 'publication'), ctx);
}

function resolveNumericDate(text: string): Resolution | undefined {
  const iso = ISO.exec(text);
  const slashed = SLASHED.exec(text);
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : slashed ? [fullYear(Number(slashed[3])), Number(slashed[1]), Number(slashed[2])] : [0, 0, 0];
  if (!isValidDay(year, month, day)) return undefined;
  const point: TimePoint = { gran: 'D', year, month, day };
  return { type: 'DATE', value: formatPoint(point), stated: { year, month, day }, implied: {}, point };
}

function fullYear(y: number): number {
  return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y;
}

function ref(value: string, ctx: ResolveContext): Resolution {
  const res: Resolution = { type: 'DATE', value, stated: {}, implied: {} };
  if (ctx.dct) res.anchor = 'publication';
  return res;
}

/** A DATE or TIME resolution from a point, with stated parts (from the frame) apart from implied ones. */
function fromPoint(point: TimePoint, f: TimeFrame, ctx: ResolveContext, anchor: string | undefined): Resolution {
  const stated: DateParts = {};
  if (f.year !== undefined) stated.year = f.year;
  if (f.month !== undefined) stated.month = f.month;
  if (f.day !== undefined) stated.day = f.day;
  if (f.weekday !== undefined) stated.weekday = f.weekday;
  if (f.hour !== undefined) stated.hour = f.hour;
  if (f.hour !== undefined && f.minute !== undefined) stated.minute = f.minute;
  // Field by field, not by a loop over key names: a keyed read of a point (which has one of many
  // shapes) is a slow megamorphic lookup.
  const implied: DateParts = {};
  if (point.year !== undefined && stated.year === undefined) implied.year = point.year;
  if (point.month !== undefined && stated.month === undefined) implied.month = point.month;
  if (point.day !== undefined && stated.day === undefined) implied.day = point.day;
  if (point.hour !== undefined && stated.hour === undefined) implied.hour = point.hour;
  if (point.minute !== undefined && stated.minute === undefined) implied.minute = point.minute;
  const res: Resolution = { type: point.gran === 'T' || point.gran === 'DP' ? 'TIME' : 'DATE', value: formatPoint(point), stated, implied, point };
  // "earlier this month": TimeML leaves "earlier" outside the extent but keeps it as the modifier.
  const prefixDir = f.prefixDir ?? (ctx.before?.cls === 'DIR' && (f.rel === 'this' || f.deictic !== undefined) ? ctx.before.entry?.dir : undefined);
  const mod = f.mod ?? (prefixDir === 'earlier' ? 'START' : prefixDir === 'later' ? 'END' : undefined);
  if (mod) res.mod = mod;
  if (anchor) res.anchor = anchor;
  if (!isComplete(point) && !ctx.dct) res.unresolved = true;
  return res;
}

/**
 * "since 2015" opens a range that runs to publication; "until 2025" closes one. A day in the possessive
 * names the day of the noun after it ("the toll from Sunday's attack", "since Monday's vote"): the
 * range, if any, is that event's, not the day's.
 */
function withRange(res: Resolution, ctx: ResolveContext): Resolution {
  if (ctx.after?.cls === 'POSS') return res;
  const range = ctx.before?.entry?.range;
  if (range === 'start') res.range = { start: res.value, ...(ctx.dct ? { end: formatPoint(pointOfDay(ctx.dct, 'D')) } : {}) };
  else if (range === 'end') res.range = { end: res.value };
  return res;
}

/** A bare number is a year only in 1900-2099, unless a preposition, "fiscal" or a part word comes with it. */
function bareYearOk(f: TimeFrame, ctx: ResolveContext): boolean {
  const cls = ctx.before?.cls;
  if (cls === 'APPROX' || cls === 'MORE' || cls === 'VAGUE' || cls === 'ART' || cls === 'NUM') return false;
  if (f.fiscal || f.mod || cls === 'PREP' || cls === 'SINCE' || cls === 'UNTIL') return true;
  return f.year! >= 1900 && f.year! <= 2099;
}
