/**
 * "but stopped short of blaming Kyiv": a phrase saying the source did not go as far as a claim
 * (lexicon `withheld-claim-cues`). After a reported clause it starts the source's next verb phrase,
 * so the clause ends before it.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Token } from '../../model/layers/structure.js';
import { lowerWord } from './word-classes.js';

let byFirst: Map<string, string[][]> | undefined;

function phrases(): Map<string, string[][]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const entry of loadLexicon('withheld-claim-cues').entries) {
    for (const term of entry.terms) {
      const words = term.toLowerCase().replace(/(\w)(n't)\b/g, '$1 $2').split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push(words);
      byFirst.set(words[0]!, list);
    }
  }
  return byFirst;
}

/** Whether a withheld-claim phrase starts at token `k` and ends before `limit`. */
export function withheldPhraseAt(tokens: readonly Token[], k: number, limit: number): boolean {
  return withheldPhraseLength(tokens, k, limit) > 0;
}

/** The length in tokens of the withheld-claim phrase that starts at token `k` and ends before `limit`; 0 if none. */
export function withheldPhraseLength(tokens: readonly Token[], k: number, limit: number): number {
  if (k >= limit) return 0;
  const candidates = phrases().get(lowerWord(tokens[k]!));
  if (!candidates) return 0;
  const found = candidates.find((words) => k + words.length <= limit && words.every((w, i) => lowerWord(tokens[k + i]!) === w));
  return found ? found.length : 0;
}
