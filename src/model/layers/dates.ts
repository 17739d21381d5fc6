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
  /**
   * Modifier: a vague part of the period ("late February" → LATE, "early" → EARLY, "mid-2014" → MID,
   * "the end of 1990" → END, "earlier this month" → START), or a TIMEX3 qualifier of a duration
   * ("about" → APPROX, "more than" → MORE_THAN, "less than" → LESS_THAN, "at least" → EQUAL_OR_MORE,
   * "up to" → EQUAL_OR_LESS).
   */
  mod?: string;
  /** Parts the text states ("February"), kept apart from parts implied by the anchor (the year). */
  stated: DateParts;
  implied: DateParts;
  /**
   * What the value was resolved against: `publication`, or the id of the expression a chained reference
   * counts from ("the previous day" → the id of "Tuesday"). Absent when the text states the whole value.
   */
  anchor?: 'publication' | string;
  /** For ranges ("since 2015" → start 2015, end publication; "until 2025"; "in recent days" → end publication): the endpoints that are known. */
  range?: { start?: string; end?: string };
}
