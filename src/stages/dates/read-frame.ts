/**
 * Reads the tokens of one match into a frame: what the text states (month 2, unit week, relative word
 * "last", count 2, qualifier "about"...). The resolver turns a frame into a TIMEX3 type and value.
 */
import { parseNumber } from '../numbers/number-words.js';
import type { TimeToken } from './time-token.js';
import type { TimeWordEntry } from './time-words.js';

export interface TimeFrame {
  /** Qualifier (APPROX, MORE_THAN...) or part (EARLY, MID, LATE, START, END). */
  mod?: string;
  /** "earlier this month": a direction word before the period. */
  prefixDir?: string;
  rel?: string;
  count?: number;
  /** The count is vague ("several", "a few", "hundreds of"). */
  vagueCount?: boolean;
  unit?: string;
  plural?: boolean;
  /** The count is a year-like figure ("the 1988 quarter"): a year, unless the unit is plural. */
  countIsYear?: boolean;
  /** The unit is joined to its count by a hyphen ("two-year", "three-quarters"). */
  hyphenated?: boolean;
  /** "the year-earlier quarter": the unit named after ago/earlier. */
  secondUnit?: string;
  ordinal?: number;
  month?: number;
  day?: number;
  year?: number;
  weekday?: number;
  season?: string;
  daypart?: string;
  hour?: number;
  minute?: number;
  decade?: number;
  /** "ago", "earlier", "later" after a count of units. */
  dir?: string;
  set?: boolean;
  setUnit?: string;
  deictic?: TimeWordEntry;
  holiday?: TimeWordEntry;
  ref?: string;
  numdate?: string;
  /** Year or relative year given as context: "of 1989", "1989's", "this year's", "of next year". */
  contextYear?: number;
  contextRel?: string;
  contextUnit?: string;
  fiscal?: boolean;
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/**
 * A frame with every field present (undefined), in one order: all frames then share one object shape,
 * so the resolver's many reads of their fields stay monomorphic (a frame that gained its fields in the
 * order the text gave them had one of dozens of shapes, and each read was a slow megamorphic lookup).
 * Frames never leave the stage.
 */
function emptyFrame(): TimeFrame {
  return {
    mod: undefined, prefixDir: undefined, rel: undefined, count: undefined, vagueCount: undefined, unit: undefined, plural: undefined,
    countIsYear: undefined, hyphenated: undefined, secondUnit: undefined, ordinal: undefined, month: undefined, day: undefined, year: undefined,
    weekday: undefined, season: undefined, daypart: undefined, hour: undefined, minute: undefined, decade: undefined, dir: undefined,
    set: undefined, setUnit: undefined, deictic: undefined, holiday: undefined, ref: undefined, numdate: undefined, contextYear: undefined,
    contextRel: undefined, contextUnit: undefined, fiscal: undefined,
  };
}

/** Reads `tokens[from, to)` into a frame. */
export function readFrame(tokens: readonly TimeToken[], from: number, to: number): TimeFrame {
  const f: TimeFrame = emptyFrame();
  let afterOf = false;
  let pendingRel: string | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    const e = t.entry;
    switch (t.cls) {
      case 'APPROX':
      case 'EDGE':
      case 'BOUND':
        f.mod = e!.mod!;
        break;
      case 'DIR':
      case 'DIRP':
        if (f.unit !== undefined || f.count !== undefined) f.dir = e!.dir!;
        else f.prefixDir = e!.dir!;
        break;
      case 'REL':
      case 'PAST':
        // "this past spring" is the last one.
        pendingRel = t.cls === 'PAST' && f.rel === 'this' ? 'last' : e!.rel!;
        if (afterOf) f.contextRel = pendingRel;
        else f.rel = pendingRel;
        break;
      case 'FUTURE':
        f.ref = 'FUTURE_REF';
        break;
      case 'OF':
        // "the end of 1990": the year is the period itself; "the third quarter of 1990": a context.
        if (tokens[i - 1]?.cls !== 'BOUND' && (f.unit !== undefined || f.month !== undefined || f.ordinal !== undefined)) afterOf = true;
        break;
      case 'NUM':
      case 'YEAR':
      case 'CLOCK':
        i = readNumber(tokens, i, to, f, afterOf);
        break;
      case 'ART':
        f.count ??= 1;
        break;
      case 'VAGUE':
        // "a couple of years" is about two.
        if (t.lower.includes('couple')) {
          f.count = 2;
          f.mod ??= 'APPROX';
        } else f.vagueCount = true;
        break;
      case 'ORD':
        // "the first nine months": the ordinal only picks which months; the count makes the duration.
        if (next?.cls === 'NUM' || next?.cls === 'ART' || next?.cls === 'VAGUE') break;
        if (next?.cls === 'MONTH' || next?.cls === 'OF') f.day = t.number!;
        else if (f.month !== undefined && f.day === undefined) f.day = t.number!;
        else f.ordinal = t.number!;
        break;
      case 'UNIT':
      case 'HALF': {
        const unit = t.cls === 'HALF' ? 'HA' : e!.unit!;
        if (afterOf || next?.cls === 'POSS') {
          f.contextUnit = unit;
          if (f.rel !== undefined && !afterOf) {
            f.contextRel = f.rel;
            delete f.rel;
          }
        } else if (f.unit !== undefined && f.dir !== undefined) {
          f.secondUnit = unit;
        } else {
          f.unit = unit;
          f.plural = t.lower.endsWith('s');
          if (tokens[i - 1]?.cls === 'HYPHEN') f.hyphenated = true;
        }
        break;
      }
      case 'MONTH':
        f.month = e!.month!;
        break;
      case 'WEEKDAY':
        f.weekday = e!.weekday!;
        break;
      case 'SEASON':
      case 'FALL':
        f.season = e!.season!;
        break;
      case 'DAYPART':
        f.daypart = e!.daypart!;
        break;
      case 'NOON':
        f.hour = e!.hour!;
        f.minute = 0;
        break;
      case 'AMPM':
        if (f.hour !== undefined) {
          if (e!.pm && f.hour < 12) f.hour += 12;
          if (!e!.pm && f.hour === 12) f.hour = 0;
        }
        break;
      case 'DEICTIC':
        f.deictic = e!;
        break;
      case 'HOLIDAY':
        f.holiday = e!;
        break;
      case 'FISCAL':
        f.fiscal = true;
        break;
      case 'EVERY':
        f.set = true;
        break;
      case 'SETADV':
        f.set = true;
        f.setUnit = e!.unit!;
        break;
      case 'DECADE':
        f.decade = Math.floor(t.number! / 10);
        break;
      case 'NUMDATE':
        f.numdate = t.text;
        break;
      default:
        break;
    }
  }
  const named = f.unit ?? f.month ?? f.weekday ?? f.season ?? f.daypart ?? f.holiday ?? f.year;
  if (f.rel === 'past' && named === undefined && f.count === undefined && !f.vagueCount) f.ref = 'PAST_REF';
  return f;
}

/** Reads a number, year or clock at `i`; returns the index of its last token. */
function readNumber(tokens: readonly TimeToken[], i: number, to: number, f: TimeFrame, afterOf: boolean): number {
  const t = tokens[i]!;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  if (next && (next.cls === 'AMPM' || next.cls === 'TZ')) {
    const clock = CLOCK.exec(t.text);
    if (clock) {
      f.hour = Number(clock[1]);
      f.minute = Number(clock[2]);
    } else if (t.text.length >= 3 && /^\d+$/.test(t.text)) {
      f.hour = Math.floor(Number(t.text) / 100);
      f.minute = Number(t.text) % 100;
    } else {
      f.hour = t.number!;
      f.minute = 0;
    }
    return i;
  }
  if (t.cls === 'CLOCK') {
    const clock = CLOCK.exec(t.text)!;
    f.hour = Number(clock[1]);
    f.minute = Number(clock[2]);
    return i;
  }
  const value = t.number!;
  const isDay = Number.isInteger(value) && value >= 1 && value <= 31;
  if (isDay && f.month !== undefined && f.day === undefined && f.unit === undefined) {
    f.day = value;
    return i;
  }
  if (isDay && (next?.cls === 'MONTH' || (next?.cls === 'OF' && tokens[i + 2]?.cls === 'MONTH'))) {
    f.day = value;
    return i;
  }
  const countFollows = next && (next.cls === 'UNIT' || next.cls === 'HYPHEN' || next.cls === 'CONJ' || next.cls === 'MORE' || next.cls === 'NUM');
  if (t.cls === 'YEAR' && !countFollows) {
    if (afterOf || next?.cls === 'POSS') f.contextYear = value;
    else f.year = value;
    return i;
  }
  // A count: "twenty - four", "two to three" (the first figure), "3.5".
  const words: string[] = [];
  for (let k = i; k < to; k++) words.push(tokens[k]!.lower);
  const parsed = parseNumber(words, 0);
  f.count = parsed ? parsed.value : value;
  if (t.cls === 'YEAR' && (!parsed || parsed.length === 1)) f.countIsYear = true;
  let last = i + (parsed ? parsed.length : 1) - 1;
  while (last + 2 < to && tokens[last + 1]!.cls === 'CONJ' && tokens[last + 2]!.cls === 'NUM') last += 2;
  return last;
}
