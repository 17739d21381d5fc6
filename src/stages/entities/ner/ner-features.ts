/**
 * Observation features of the NER tagger at one token: the words around it, affixes, shapes and
 * capitalisation (read only in the sentence's case mode, so caseless text leans on the words), POS
 * tags from the pos stage, and gazetteer lists. Transition weights are separate (see decode-ner.ts).
 */
import { mix } from '../../pos/hash.js';
import { CASED, type SentenceWords } from '../../pos/describe-words.js';

export const MAX_NER_FEATURES = 96;
const EDGE = 0x5eed;

/** What one sentence offers the NER features besides its words. */
export interface NerContext {
  s: SentenceWords;
  /** Hash of each token's POS tag string. */
  pos: Uint32Array;
  gaz: { unit: Uint16Array; begin: Uint16Array; inside: Uint16Array };
}

/** Writes the feature keys of token `i` into `out` and returns their count. */
export function nerFeatures(ctx: NerContext, i: number, out: Uint32Array): number {
  const { s, pos, gaz } = ctx;
  const n = s.length;
  const mode = s.mode;
  const w = s.word[i]!;
  const wp = i > 0 ? s.word[i - 1]! : EDGE;
  const wn = i + 1 < n ? s.word[i + 1]! : EDGE;
  const sp = i > 0 ? s.shape[i - 1]! : EDGE;
  const sn = i + 1 < n ? s.shape[i + 1]! : EDGE;
  const pp = i > 0 ? pos[i - 1]! : EDGE;
  const pn = i + 1 < n ? pos[i + 1]! : EDGE;
  let k = 0;
  out[k++] = mix(101, mode);
  out[k++] = mix(102, w);
  out[k++] = mix(103, wp);
  out[k++] = mix(104, wn);
  out[k++] = mix(105, i > 1 ? s.word[i - 2]! : EDGE);
  out[k++] = mix(106, i + 2 < n ? s.word[i + 2]! : EDGE);
  out[k++] = mix(107, wp, w);
  out[k++] = mix(108, w, wn);
  out[k++] = mix(109, s.suf2[i]!);
  out[k++] = mix(110, s.suf3[i]!);
  out[k++] = mix(111, s.suf4[i]!);
  out[k++] = mix(112, s.pre2[i]!);
  out[k++] = mix(113, s.pre3[i]!);
  out[k++] = mix(114, mode, s.shape[i]!);
  out[k++] = mix(115, mode, sp);
  out[k++] = mix(116, mode, sn);
  out[k++] = mix(117, mix(mode, sp, s.shape[i]!), sn);
  out[k++] = mix(118, pos[i]!);
  out[k++] = mix(119, pp);
  out[k++] = mix(120, pn);
  out[k++] = mix(121, pos[i]!, pn);
  out[k++] = mix(122, pp, pos[i]!);
  out[k++] = mix(123, mode, pos[i]!);
  out[k++] = mix(124, wp, pos[i]!);
  if (mode === CASED) {
    const cp = i > 0 ? s.cap[i - 1]! : 9;
    const cn = i + 1 < n ? s.cap[i + 1]! : 9;
    out[k++] = mix(130, s.cap[i]!, i === 0 ? 1 : 0);
    out[k++] = mix(131, cp * 16 + s.cap[i]!, cn);
    out[k++] = mix(132, w, s.cap[i]!);
    out[k++] = mix(133, wp, s.cap[i]!);
    out[k++] = mix(134, s.cap[i]!, wn);
  }
  k = gazetteerFeatures(gaz.unit[i]!, 140, k, out);
  k = gazetteerFeatures(gaz.begin[i]!, 141, k, out);
  k = gazetteerFeatures(gaz.inside[i]!, 142, k, out);
  if (i > 0) k = gazetteerFeatures(gaz.unit[i - 1]! | gaz.inside[i - 1]!, 143, k, out);
  if (i + 1 < n) k = gazetteerFeatures(gaz.unit[i + 1]! | gaz.begin[i + 1]!, 144, k, out);
  return k;
}

function gazetteerFeatures(mask: number, template: number, k: number, out: Uint32Array): number {
  for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) out[k++] = mix(template, bit);
  return k;
}
