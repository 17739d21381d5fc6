/**
 * Claims a source came near without making: "Peskov condemned the strike but stopped short of blaming
 * Kyiv". The fragment after such a phrase is neither the outlet's claim nor one the source made: it
 * goes to the source of the attribution it continues, negated (lexicon `withheld-claim-cues`, matched by
 * the quotes stage's matcher, which ends a reported clause before the same phrase).
 */
import type { Quote } from '../../model/layers/quotes.js';
import type { Sentence, Token } from '../../model/layers/structure.js';
import { firstEndingAfter } from '../../model/text-index.js';
import type { ClaimUnit } from './find-claims.js';
import { withheldPhraseMatch } from '../quotes/find-withheld-phrase.js';
import type { TermHit } from './match-cue-terms.js';

/** A claim unit carried by a withheld-claim phrase, and the phrase's tokens. */
export interface WithheldUnit extends ClaimUnit {
  phrase: TermHit;
}

const LEAD = new Set(['but', 'and', ',', 'yet', 'But', 'And', 'Yet']);

/**
 * For an outlet-voice unit that opens (after "but", "and") with a withheld-claim phrase right after an
 * attribution in the same sentence: the rest of the unit, given to that attribution's quote.
 */
export function resolveWithheld(unit: ClaimUnit, from: number, to: number, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[]): WithheldUnit | undefined {
  let k = from;
  while (k < to && LEAD.has(tokens[k]!.text)) k++;
  if (k >= to) return undefined;
  const match = withheldPhraseMatch(tokens, k, to);
  if (!match || k + match.length >= to) return undefined;
  const hit: TermHit = { from: k, to: k + match.length, entry: match.entry };
  const sentence = sentences[Math.min(firstEndingAfter(sentences, unit.start), sentences.length - 1)];
  if (!sentence) return undefined;
  // The nearest earlier attribution of the sentence, not nested in another.
  const previous = quotes.findLast((q) => !q.parent && q.content.length > 0 && q.cue !== undefined && q.cue.start >= sentence.start && q.content.at(-1)!.end <= unit.start);
  if (!previous) return undefined;
  return { start: tokens[hit.to]!.start, end: unit.end, quote: previous, phrase: hit };
}

/** Whether a quote's cue is itself a withheld-claim phrase ("stopped short of" found as a cue). */
export function cueWithholds(q: Quote, tokens: readonly Token[]): boolean {
  if (!q.cue) return false;
  const from = firstEndingAfter(tokens, q.cue.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= q.cue.end) to++;
  // The phrase may run past a cue the model cut short ("stopped short" + "of").
  return withheldPhraseMatch(tokens, from, Math.min(tokens.length, Math.max(to, from + 3))) !== undefined;
}
