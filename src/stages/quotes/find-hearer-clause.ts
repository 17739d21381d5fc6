/**
 * "told reporters he thought Fields had “made up the story.”": after the hearer of a telling verb, a
 * bare clause opening with a subject pronoun and a finite verb is what was said. PolNeAR train gold
 * takes the whole clause ("he thought ... “made up the story.”") as the content, not only the quotation
 * at its end, and neither the hearer nor the pronoun is the source of the inner verb.
 */
import type { QuoteScene } from './quote-scene.js';
import { isFiniteTag, lowerAt } from './word-classes.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** `j` when a clause opens there with a subject pronoun, after a hearer `[k, j)` (empty when the cue took the hearer: "told reporters"), else -1. */
export function hearerClauseAt(scene: QuoteScene, k: number, j: number, sentenceEnd: number): number {
  const { tokens } = scene;
  if (j < k || !SUBJECT_PRONOUNS.has(lowerAt(tokens, j)) || tokens[j]!.pos !== 'PRP') return -1;
  // The hearer before it is a noun phrase without punctuation or a verb ("reporters", "the crowd").
  for (let t = k; t < j; t++) if (!/^(DT|JJ|NNP?S?|PRP|CD|POS)$/.test(tokens[t]!.pos ?? '')) return -1;
  let v = j + 1;
  while (v < sentenceEnd && tokens[v]!.pos === 'RB') v++;
  return v < sentenceEnd && isFiniteTag(tokens[v]!.pos) ? j : -1;
}
