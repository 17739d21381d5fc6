/**
 * Numbers in digits or words, with their qualifiers kept ("almost 40", "at least 12", "dozens").
 * To find the figure that counts a noun ("five civilians", "almost 40 injured"), use `numberBefore(doc,
 * nounStart)` from `src/stages/numbers`; `numbersIn(doc, start, end)` lists the figures of a clause.
 */
import type { Annotation, Span } from '../span.js';

export type NumberQualifier =
  | 'exact'
  | 'approximately' // about, around, some, roughly, nearly-as-estimate
  | 'almost' // almost, nearly, just under: below the figure
  | 'at-least' // at least, no fewer than
  | 'more-than' // more than, over, upwards of
  | 'at-most' // at most, up to, no more than
  | 'less-than' // fewer than, under
  | 'vague'; // dozens, scores, hundreds

export interface NumberExpression extends Annotation {
  /**
   * The figure as stated (40 for "almost 40"); for vague quantities ("dozens") the unit (12); for a
   * range written "10-12" the lower figure, with `low` and `high`.
   */
  value: number;
  qualifier: NumberQualifier;
  /** The qualifier words, when there are any. */
  qualifierSpan?: Span;
  /** Bounds implied by the qualifier: "almost 40" → high 39; "at least 12" → low 12; "dozens" → low 24. */
  low?: number;
  high?: number;
  approximate: boolean;
  /** Set when the figure is not a count of things: a percentage or a sum of money. */
  unit?: 'percent' | 'money';
}
