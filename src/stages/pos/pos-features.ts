/**
 * Feature templates of the POS tagger (greedy, left to right, after Collins 2002 and Honnibal's
 * averaged-perceptron tagger): the word, its affixes and shape, its neighbours, and the two tags
 * already chosen. Shape and capitalisation are read in the sentence's case mode only (see
 * describe-words.ts), so the tagger also works on lower-case and ALL-CAPS text.
 */
import { mix } from './hash.js';
import { CASED, type SentenceWords } from './describe-words.js';

/** Upper bound on the number of features one position yields. */
export const MAX_POS_FEATURES = 24;

const BOUNDARY = 0x5eed;

/** Writes the feature keys of position `i` into `out` and returns their count. `p1`, `p2`: previous tag ids (-1 at the start). */
export function posFeatures(s: SentenceWords, i: number, p1: number, p2: number, out: Uint32Array): number {
  const n = s.length;
  const mode = s.mode;
  const w = s.word[i]!;
  const wPrev = i > 0 ? s.word[i - 1]! : BOUNDARY;
  const wPrev2 = i > 1 ? s.word[i - 2]! : BOUNDARY;
  const wNext = i + 1 < n ? s.word[i + 1]! : BOUNDARY;
  const wNext2 = i + 2 < n ? s.word[i + 2]! : BOUNDARY;
  let k = 0;
  out[k++] = mix(1, mode);
  out[k++] = mix(2, w);
  out[k++] = mix(3, s.suf2[i]!);
  out[k++] = mix(4, s.suf3[i]!);
  out[k++] = mix(5, s.suf4[i]!);
  out[k++] = mix(6, s.pre2[i]!);
  out[k++] = mix(7, s.pre3[i]!);
  out[k++] = mix(8, mode, s.shape[i]!);
  out[k++] = mix(9, mode * 2 + (i === 0 ? 1 : 0), s.shape[i]!);
  out[k++] = mix(10, p1);
  out[k++] = mix(11, p1, p2);
  out[k++] = mix(12, p1, w);
  out[k++] = mix(13, wPrev);
  out[k++] = mix(14, i > 0 ? s.suf3[i - 1]! : BOUNDARY);
  out[k++] = mix(15, wPrev2);
  out[k++] = mix(16, wNext);
  out[k++] = mix(17, i + 1 < n ? s.suf3[i + 1]! : BOUNDARY);
  out[k++] = mix(18, wNext2);
  out[k++] = mix(19, wPrev, w);
  out[k++] = mix(20, w, wNext);
  if (mode === CASED) {
    out[k++] = mix(21, s.cap[i]!, i === 0 ? 1 : 0);
    out[k++] = mix(22, w, s.cap[i]!);
    out[k++] = mix(23, s.cap[i]!, i + 1 < n ? s.cap[i + 1]! : 9);
  }
  return k;
}
