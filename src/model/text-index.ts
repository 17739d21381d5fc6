/**
 * Fast lookups from character offsets to tokens and sentences, for stages that work on spans.
 * Built once per document by whoever needs it; binary search, no allocation per lookup.
 */
import type { Sentence, Token } from './layers/structure.js';

/** Index of the first item whose `end` is greater than `offset` (items sorted, disjoint). */
export function firstEndingAfter(items: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token index covering `offset`, or -1 when the offset falls in whitespace or outside the text. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = firstEndingAfter(tokens, offset);
  return i < tokens.length && tokens[i]!.start <= offset ? i : -1;
}

/** Token indices `[from, to)` of the tokens lying inside `[start, end)`. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): [number, number] {
  const from = firstEndingAfter(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return [from, to];
}

/** The sentence containing `offset`, or the next one when the offset falls between sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[firstEndingAfter(sentences, offset)];
}
