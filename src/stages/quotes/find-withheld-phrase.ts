/**
 * "but stopped short of blaming Kyiv": a phrase saying the source did not go as far as a claim
 * (lexicon `withheld-claim-cues`). After a reported clause it starts the source's next verb phrase,
 * so the clause ends before it. The one matcher for the lexicon: the claims stage reads it too (the
 * fragment after the phrase is a withheld claim).
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { Token } from '../../model/layers/structure.js';
import { lowerAt } from './word-classes.js';

interface Phrase {
  words: string[];
  entry: LexiconEntry;
}

let byFirst: Map<string, Phrase[]> | undefined;

/** The lexicon's phrases by first word, longest first; words split as the tokenizer splits ("did n't"). */
function phrases(): Map<string, Phrase[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const entry of loadLexicon('withheld-claim-cues').entries) {
    for (const term of entry.terms) {
      const words = term.toLowerCase().replace(/’/g, "'").replace(/(\w)(n't)\b/g, '$1 $2').split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, entry });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** The withheld-claim phrase that starts at token `k` and ends before `limit`: its length in tokens and its entry. */
export function withheldPhraseMatch(tokens: readonly Token[], k: number, limit: number): { length: number; entry: LexiconEntry } | undefined {
  if (k >= limit) return undefined;
  const candidates = phrases().get(lowerAt(tokens, k));
  if (!candidates) return undefined;
  const found = candidates.find(({ words }) => k + words.length <= limit && words.every((w, i) => lowerAt(tokens, k + i) === w));
  return found ? { length: found.words.length, entry: found.entry } : undefined;
}

/** Whether a withheld-claim phrase starts at token `k` and ends before `limit`. */
export function withheldPhraseAt(tokens: readonly Token[], k: number, limit: number): boolean {
  return withheldPhraseLength(tokens, k, limit) > 0;
}

/** The length in tokens of the withheld-claim phrase that starts at token `k` and ends before `limit`; 0 if none. */
export function withheldPhraseLength(tokens: readonly Token[], k: number, limit: number): number {
  return withheldPhraseMatch(tokens, k, limit)?.length ?? 0;
}
