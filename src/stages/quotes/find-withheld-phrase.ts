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
  if (k >= limit) return false;
  const candidates = phrases().get(lowerWord(tokens[k]!));
  if (!candidates) return false;
  return candidates.some((words) => k + words.length <= limit && words.every((w, i) => lowerWord(tokens[k + i]!) === w));
}
