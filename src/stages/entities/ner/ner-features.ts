/**
 * Observation features of the NER tagger at one token: the words around it, affixes, shapes and
 * capitalisation (read only in the sentence's case mode, so caseless text leans on the words), POS
 * tags from the pos stage, and gazetteer lists. Transition weights are separate (see decode-ner.ts).
 *
 * As in the POS tagger, features that read one word from one relative position (`nerWordKeys`) or
 * one POS tag (`nerTagKeys`) are summed once per word type or tag and cached; the shape
 * pattern, capitalisation in context and gazetteer lists have few values and are read from small dense
 * tables; `nerPairKeys` (word pairs) has the rest.
 */
import { mix32 } from '../../pos/hash.js';
import { CASED, type SentenceWords } from '../../pos/describe-words.js';
import { NEXT, NEXT2, PREV, PREV2, SELF } from '../../pos/pos-features.js';

/** The word itself at the start of a sentence (capitalisation there says less). */
export const NER_SELF_FIRST = 5;
/**
 * The previous word with the token's capitalisation `cap` (0-4) is role NER_PREV_CAP + cap, the next
 * word with it NER_NEXT_CAP + cap: cased text only. Those pair features have five values per word,
 * so the tagger reads them from the word-type cache instead of probing the weight table per token.
 */
export const NER_PREV_CAP = 6;
export const NER_NEXT_CAP = 11;
export const NER_ROLES = 16;

export const MAX_NER_FEATURES = 96;
const EDGE = 0x5eed;

/** What one sentence offers the NER features besides its words. */
export interface NerContext {
  s: SentenceWords;
  /** Hash of each token's POS tag string. */
  pos: Uint32Array;
  gaz: { unit: Uint16Array; begin: Uint16Array; inside: Uint16Array };
}

/** Keys of the features word `j` yields in `role` (SELF, PREV, NEXT, PREV2, NEXT2; j outside: the boundary). */
export function nerWordKeys(s: SentenceWords, j: number, role: number, out: Uint32Array, k = 0): number {
  const inside = j >= 0 && j < s.length;
  const w = inside ? s.word[j]! : EDGE;
  const shape = inside ? s.shape[j]! : EDGE;
  switch (role) {
    case SELF:
    case NER_SELF_FIRST:
      if (s.mode === CASED) out[k++] = mix32(130, s.cap[j]!, role === NER_SELF_FIRST ? 1 : 0);
      out[k++] = mix32(101, s.mode);
      out[k++] = mix32(102, w);
      out[k++] = mix32(109, s.suf2[j]!);
      out[k++] = mix32(110, s.suf3[j]!);
      out[k++] = mix32(111, s.suf4[j]!);
      out[k++] = mix32(112, s.pre2[j]!);
      out[k++] = mix32(113, s.pre3[j]!);
      out[k++] = mix32(114, s.mode, shape);
      if (s.mode === CASED) out[k++] = mix32(132, w, s.cap[j]!);
      break;
    case PREV:
      out[k++] = mix32(103, w);
      out[k++] = mix32(115, s.mode, shape);
      break;
    case NEXT:
      out[k++] = mix32(104, w);
      out[k++] = mix32(116, s.mode, shape);
      break;
    case PREV2:
      out[k++] = mix32(105, w);
      break;
    case NEXT2:
      out[k++] = mix32(106, w);
      break;
    default:
      if (s.mode !== CASED) break;
      if (role >= NER_NEXT_CAP) out[k++] = mix32(134, role - NER_NEXT_CAP, w);
      else if (role >= NER_PREV_CAP) out[k++] = mix32(133, w, role - NER_PREV_CAP);
  }
  return k;
}

/**
 * Keys of the features that read the POS tags of the token (`tag`) and its neighbours (`prev`,
 * `next`; EDGE outside the sentence): one tag each, and the two pairs. They depend on the three tags
 * and the case mode only, so the tagger sums them once per tag triple.
 */
export function nerTagKeys(prev: number, tag: number, next: number, mode: number, out: Uint32Array, k = 0): number {
  out[k++] = mix32(118, tag);
  out[k++] = mix32(123, mode, tag);
  out[k++] = mix32(119, prev);
  out[k++] = mix32(120, next);
  out[k++] = mix32(121, tag, next);
  out[k++] = mix32(122, prev, tag);
  return k;
}

/** The shape pattern around token `i` (a feature with few distinct values: its rows are cached dense). */
export function nerShapeKey(s: SentenceWords, i: number): number {
  const n = s.length;
  // Read signed (`| 0`: the same bits for mix32), so values of 2^31 and more are never boxed on the way.
  const sp = i > 0 ? s.shape[i - 1]! | 0 : EDGE;
  const sn = i + 1 < n ? s.shape[i + 1]! | 0 : EDGE;
  return mix32(117, mix32(s.mode, sp, s.shape[i]! | 0), sn);
}

/** Capitalisation of the token with its neighbours' (cased text only; 9 outside the sentence). */
export function nerCapKey(prev: number, cap: number, next: number): number {
  return mix32(131, prev * 16 + cap, next);
}

/** Gazetteer templates: the token is a one-word entry, begins an entry, is inside one; the previous token ends one; the next begins one. */
export const GAZ_TEMPLATES = [140, 141, 142, 143, 144] as const;

/** The gazetteer masks token `i` shows through each of GAZ_TEMPLATES. */
export function gazetteerMasks(ctx: NerContext, i: number, out: Uint16Array): void {
  const { gaz } = ctx;
  const n = ctx.s.length;
  out[0] = gaz.unit[i]!;
  out[1] = gaz.begin[i]!;
  out[2] = gaz.inside[i]!;
  out[3] = i > 0 ? gaz.unit[i - 1]! | gaz.inside[i - 1]! : 0;
  out[4] = i + 1 < n ? gaz.unit[i + 1]! | gaz.begin[i + 1]! : 0;
}

/** The key of one gazetteer list seen through one template. */
export function gazetteerKey(template: number, bit: number): number {
  return mix32(template, bit);
}

/**
 * Keys of the features of token `i` that read a word with its neighbour or its tag (the tagger
 * probes the weight table for these; the neighbours with capitalisation come from the word cache).
 */
export function nerWordPairKeys(ctx: NerContext, i: number, out: Uint32Array, k = 0): number {
  const { s, pos } = ctx;
  const n = s.length;
  const w = s.word[i]! | 0;
  const wp = i > 0 ? s.word[i - 1]! | 0 : EDGE;
  out[k++] = mix32(107, wp, w);
  out[k++] = mix32(108, w, i + 1 < n ? s.word[i + 1]! | 0 : EDGE);
  out[k++] = mix32(124, wp, pos[i]! | 0);
  return k;
}

/** Keys of the features of token `i` that read a word with its neighbour, its tag or capitalisation. */
export function nerPairKeys(ctx: NerContext, i: number, out: Uint32Array, k = 0): number {
  const { s } = ctx;
  const n = s.length;
  k = nerWordPairKeys(ctx, i, out, k);
  if (s.mode === CASED) {
    out[k++] = mix32(133, i > 0 ? s.word[i - 1]! : EDGE, s.cap[i]!);
    out[k++] = mix32(134, s.cap[i]!, i + 1 < n ? s.word[i + 1]! : EDGE);
  }
  return k;
}

const masks = new Uint16Array(GAZ_TEMPLATES.length);

/** All feature keys of token `i` (for training). */
export function nerFeatures(ctx: NerContext, i: number, out: Uint32Array): number {
  const { s, pos } = ctx;
  const n = s.length;
  let k = nerWordKeys(s, i, i === 0 ? NER_SELF_FIRST : SELF, out, 0);
  k = nerWordKeys(s, i - 1, PREV, out, k);
  k = nerWordKeys(s, i + 1, NEXT, out, k);
  k = nerWordKeys(s, i - 2, PREV2, out, k);
  k = nerWordKeys(s, i + 2, NEXT2, out, k);
  k = nerTagKeys(i > 0 ? pos[i - 1]! : EDGE, pos[i]!, i + 1 < n ? pos[i + 1]! : EDGE, s.mode, out, k);
  out[k++] = nerShapeKey(s, i);
  if (s.mode === CASED) out[k++] = nerCapKey(i > 0 ? s.cap[i - 1]! : 9, s.cap[i]!, i + 1 < n ? s.cap[i + 1]! : 9);
  gazetteerMasks(ctx, i, masks);
  for (let t = 0; t < GAZ_TEMPLATES.length; t++) {
    for (let bit = 0, mask = masks[t]!; mask !== 0; bit++, mask >>>= 1) if (mask & 1) out[k++] = gazetteerKey(GAZ_TEMPLATES[t]!, bit);
  }
  return nerPairKeys(ctx, i, out, k);
}

/** The tag hash used outside the sentence. */
export const TAG_EDGE = EDGE;
