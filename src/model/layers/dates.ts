/** Time expressions, normalised to TimeML TIMEX3 types and values, resolved against the publication date. */
import type { Annotation } from '../span.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Calendar parts of a date, each present only when known. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

export interface TimeExpression extends Annotation {
  type: TimexType;
  /** TIMEX3 value: `2022-06-13`, `2022-02`, `P1M`, `PRESENT_REF`, `2022-W24`, `XXXX-02`... */
  value: string;
  /** TIMEX3 modifier: EARLY, MID, LATE, START, END, APPROX, BEFORE, AFTER, ON_OR_AFTER... */
  mod?: string;
  /** Parts the text states ("February"), kept apart from parts implied by the anchor (the year). */
  stated: DateParts;
  implied: DateParts;
  /** What the value was resolved against: the publication date, or an earlier expression's id. */
  anchor?: 'publication' | string;
  /** For ranges ("since 2015", "in recent days"): the endpoints that are known. */
  range?: { start?: string; end?: string };
}
