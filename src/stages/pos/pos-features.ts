/**
 * Feature templates of the POS tagger (greedy, left to right, after Collins 2002 and Honnibal's
 * averaged-perceptron tagger): the word, its affixes and shape, its neighbours, and the two tags
 * already chosen. Shape and capitalisation are read in the sentence's case mode only (see
 * describe-words.ts), so the tagger also works on lower-case and ALL-CAPS text.
 *
 * The templates are split by what they read: `posWordKeys` reads one word only, seen from one
 * position relative to the token tagged (itself, one or two before, one or two after), so its
 * weights can be summed once per word type and cached (see word-vector-cache.ts); `posContextKeys`
 * reads pairs of words and the previous tags.
 */
import { mix32 } from './hash.js';
import { CASED, type SentenceWords } from './describe-words.js';

/** Upper bound on the number of features one position yields. */
export const MAX_POS_FEATURES = 24;

/** Positions relative to the token tagged, from which a word's own features are read. */
export const SELF = 0;
export const PREV = 1;
export const NEXT = 2;
export const PREV2 = 3;
export const NEXT2 = 4;
export const ROLES = 5;
/** The word itself at the start of a sentence (POS only; NER's word roles stop at NEXT2). */
export const SELF_FIRST = 3;
/** The POS tagger reads the word (in or at the start of a sentence) and its neighbours ±1 (±2 cost more than they gave). */
export const POS_ROLES = 4;

const BOUNDARY = 0x5eed;

/** Keys of the features word `j` yields in `role` (j outside the sentence: the boundary's). */
export function posWordKeys(s: SentenceWords, j: number, role: number, out: Uint32Array, k = 0): number {
  const inside = j >= 0 && j < s.length;
  const w = inside ? s.word[j]! : BOUNDARY;
  switch (role) {
    case SELF:
    case SELF_FIRST: {
      // Shape and capitalisation at the sentence start are the word's own features too.
      const first = role === SELF_FIRST ? 1 : 0;
      out[k++] = mix32(9, s.mode * 2 + first, s.shape[j]!);
      if (s.mode === CASED) out[k++] = mix32(21, s.cap[j]!, first);
      out[k++] = mix32(1, s.mode);
      out[k++] = mix32(2, w);
      out[k++] = mix32(3, s.suf2[j]!);
      out[k++] = mix32(4, s.suf3[j]!);
      out[k++] = mix32(5, s.suf4[j]!);
      out[k++] = mix32(6, s.pre2[j]!);
      out[k++] = mix32(7, s.pre3[j]!);
      out[k++] = mix32(8, s.mode, s.shape[j]!);
      if (s.mode === CASED) out[k++] = mix32(22, w, s.cap[j]!);
      break;
    }
    case PREV:
      out[k++] = mix32(13, w);
      out[k++] = mix32(14, inside ? s.suf3[j]! : BOUNDARY);
      break;
    case PREV2:
      out[k++] = mix32(15, w);
      break;
    case NEXT:
      out[k++] = mix32(16, w);
      out[k++] = mix32(17, inside ? s.suf3[j]! : BOUNDARY);
      break;
    case NEXT2:
      out[k++] = mix32(18, w);
      break;
  }
  return k;
}

/** Keys of the tag-history features (previous tags `p1`, `p2`: -1, -2 at the start); the tagger reads them from a dense table. */
export function posHistoryKeys(p1: number, p2: number, out: Uint32Array, k = 0): number {
  out[k++] = mix32(10, p1);
  out[k++] = mix32(11, p1, p2);
  return k;
}

/** Capitalisation of a word with the next one's (cased text only; `next` 9 at the end). */
export function posCapKey(cap: number, next: number): number {
  return mix32(23, cap, next);
}

/** Key of the feature of position `i` that reads its word with the previous tag `p1`. */
export function posTagWordKey(s: SentenceWords, i: number, p1: number): number {
  // Read signed (`| 0`: the same bits for mix32), so values of 2^31 and more are never boxed on the way.
  return mix32(12, p1, s.word[i]! | 0);
}

/** Keys of the features of position `i` that read its word with a neighbour (they do not depend on tags). */
export function posWordPairKeys(s: SentenceWords, i: number, out: Uint32Array, k = 0): number {
  const n = s.length;
  const w = s.word[i]! | 0;
  out[k++] = mix32(19, i > 0 ? s.word[i - 1]! | 0 : BOUNDARY, w);
  out[k++] = mix32(20, w, i + 1 < n ? s.word[i + 1]! | 0 : BOUNDARY);
  return k;
}

/** Keys of the features of position `i` that read a word with its neighbour or with the previous tag. */
export function posPairKeys(s: SentenceWords, i: number, p1: number, out: Uint32Array, k = 0): number {
  out[k++] = posTagWordKey(s, i, p1);
  return posWordPairKeys(s, i, out, k);
}

/** All feature keys of position `i` (for training). */
export function posFeatures(s: SentenceWords, i: number, p1: number, p2: number, out: Uint32Array): number {
  let k = posWordKeys(s, i, i === 0 ? SELF_FIRST : SELF, out, 0);
  k = posWordKeys(s, i - 1, PREV, out, k);
  k = posWordKeys(s, i + 1, NEXT, out, k);
  k = posHistoryKeys(p1, p2, out, k);
  if (s.mode === CASED) out[k++] = posCapKey(s.cap[i]!, i + 1 < s.length ? s.cap[i + 1]! : 9);
  return posPairKeys(s, i, p1, out, k);
}
