/** What a frame is resolved against, and what resolving it gives. */
import type { DateParts, TimexType } from '../../model/layers/dates.js';
import type { Day } from './calendar.js';
import type { TimeToken } from './time-token.js';
import type { Tense } from './detect-tense.js';
import type { TimePoint } from './time-point.js';

export interface ResolveContext {
  /** The publication date, when known. */
  dct?: Day;
  tense: Tense;
  /** The last expression with a calendar point, for chained references ("the previous day"). */
  anchor?: { id: string; point: TimePoint; sentence: number };
  /** The last quarter mentioned ("the third quarter"): financial news compares with it a year before. */
  quarter?: { id: string; point: TimePoint; sentence: number };
  /** The sentence of the expression. */
  sentence: number;
  /** The token just before the expression ("since", "until", "for"...). */
  before?: TimeToken;
  /** The token just after the expression. */
  after?: TimeToken;
  rule: string;
}

export interface Resolution {
  type: TimexType;
  value: string;
  mod?: string;
  stated: DateParts;
  implied: DateParts;
  /** 'publication' or the id of the expression the value was computed from. */
  anchor?: string;
  range?: { start?: string; end?: string };
  /** The calendar point, when the value is one (for later chained references). */
  point?: TimePoint;
  /** Relative, but no publication date was known: left with X in its value. */
  unresolved?: boolean;
}

/** Base day for relative words: the publication date. */
export function baseDay(ctx: ResolveContext): Day | undefined {
  return ctx.dct;
}
