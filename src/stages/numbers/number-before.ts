/**
 * Looking numbers up from a noun: the events stage finds "civilians", "injured", "dead" and asks which
 * figure counts them. "five civilians dead and almost 40 injured": `numberBefore(doc, "civilians")`
 * is 5, `numberBefore(doc, "injured")` is "almost 40" (value 40, high 39, approximate).
 */
import type { Document } from '../../model/document.js';
import type { NumberExpression } from '../../model/layers/numbers.js';
import { firstEndingAfter } from '../../model/text-index.js';

/** Characters allowed between a number and its noun: letters, digits, spaces, hyphens, apostrophes. */
const GAP = /^[\p{L}\p{N}\s'’-]*$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The number nearest before `offset` (the start of a noun) with at most `maxWords` words between it and
 * the noun, and no punctuation, so "five Ukrainian soldiers" and "almost 40 injured" are found, but a
 * figure in an earlier clause is not. Counts only: percentages and sums of money are passed over.
 */
export function numberBefore(doc: Pick<Document, 'text' | 'layers'>, offset: number, maxWords = 2): NumberExpression | undefined {
  const numbers = doc.layers.numbers ?? [];
  // firstEndingAfter finds the first number ending after offset; the one before it ends at or before it.
  const n = numbers[firstEndingAfter(numbers, offset) - 1];
  if (!n) return undefined;
  const gap = doc.text.slice(n.end, offset);
  if (!GAP.test(gap) || (gap.match(WORD)?.length ?? 0) > maxWords) return undefined;
  return n.unit === undefined ? n : undefined;
}

/** The numbers lying inside `[start, end)`, in text order (a clause, a sentence, a quote). */
export function numbersIn(doc: Pick<Document, 'layers'>, start: number, end: number): NumberExpression[] {
  const numbers = doc.layers.numbers ?? [];
  const out: NumberExpression[] = [];
  for (let i = firstEndingAfter(numbers, start); i < numbers.length && numbers[i]!.start < end; i++) {
    if (numbers[i]!.start >= start && numbers[i]!.end <= end) out.push(numbers[i]!);
  }
  return out;
}
