/**
 * Features of a token for the cue model: the word, its shape and tag, its neighbours, what the cue
 * lexicons say about it, and where it stands relative to quotation marks. Features are hashed to
 * indices of a fixed-size weight table (no strings built per token), and shared by the training
 * script and the stage so both see exactly the same features.
 */
import type { Token } from '../../model/layers/structure.js';
import { cueLexicon } from './cue-lexicon.js';
import { lowerWord } from './word-classes.js';

/** log2 of the weight table size. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** Per-token facts computed once per document. */
export interface CueFeatureContext {
  tokens: readonly Token[];
  /** Index of the quoted span covering each token, or -1. */
  insideQuote: Int32Array;
  /** Token opens a quotation. */
  opens: Uint8Array;
  /** Token closes a quotation. */
  closes: Uint8Array;
  /** Filled in by `prepareFeatures`. */
  word?: Int32Array;
  tag?: Int32Array;
  suffix?: Int32Array;
  /** Lexicon: 0 none, else 1 + kind index; stance likewise. */
  lexKind?: Uint8Array;
  lexStance?: Uint8Array;
  phraseStart?: Uint8Array;
}

const KINDS = ['speech', 'cognition', 'intention', 'decree', 'evidence'];
const STANCES = ['neutral', 'endorsing', 'distancing', 'denial', 'questioning'];
const START = 0x51ed270b;
const THAT = hashString('that');
const TO = hashString('to');
const END = 0x2c1b3c6d;

/** FNV-1a over a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** `hashString(s.slice(start))` without the slice. */
function hashFrom(s: string, start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Tag hashes, computed once per tag (there are a few dozen tags). */
const tagHashes = new Map<string, number>();
function tagHash(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) tagHashes.set(tag, (h = hashString(tag)));
  return h;
}

function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ c;
  h ^= h >>> 16;
  return h & MASK;
}

/** Computes the per-token hashes once per document. */
export function prepareFeatures(ctx: CueFeatureContext): void {
  if (ctx.word) return;
  const n = ctx.tokens.length;
  const { verbs, phrases } = cueLexicon();
  ctx.word = new Int32Array(n);
  ctx.tag = new Int32Array(n);
  ctx.suffix = new Int32Array(n);
  ctx.lexKind = new Uint8Array(n);
  ctx.lexStance = new Uint8Array(n);
  ctx.phraseStart = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = lowerWord(ctx.tokens[i]!);
    ctx.word[i] = hashString(w);
    ctx.tag[i] = tagHash(ctx.tokens[i]!.pos ?? '?');
    ctx.suffix[i] = hashFrom(w, w.length > 3 ? w.length - 3 : 0);
    const verb = verbs.get(w);
    if (verb) {
      ctx.lexKind[i] = 1 + KINDS.indexOf(verb.kind);
      ctx.lexStance[i] = 1 + STANCES.indexOf(verb.stance);
    }
    if (phrases.has(w)) ctx.phraseStart[i] = 1;
  }
}

/** Writes the feature indices of token `i` of the sentence `[from, to)` into `out`; returns their count. */
export function cueFeatures(ctx: CueFeatureContext, i: number, from: number, to: number, previous: number, out: Int32Array): number {
  prepareFeatures(ctx);
  const word = ctx.word!, tag = ctx.tag!;
  // Neighbours read once (no closures per token): words and tags two either side, START/END outside.
  const wm2 = i - 2 < from ? START : word[i - 2]!, wm1 = i - 1 < from ? START : word[i - 1]!;
  const wp1 = i + 1 >= to ? END : word[i + 1]!, wp2 = i + 2 >= to ? END : word[i + 2]!;
  const tm2 = i - 2 < from ? START : tag[i - 2]!, tm1 = i - 1 < from ? START : tag[i - 1]!;
  const tp1 = i + 1 >= to ? END : tag[i + 1]!;
  const w = word[i]!, p = tag[i]!;
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w);
  out[n++] = mix(3, p);
  out[n++] = mix(4, ctx.suffix![i]!);
  out[n++] = mix(5, w, p);
  out[n++] = mix(6, previous);
  out[n++] = mix(7, previous, p);
  out[n++] = mix(8, wm1);
  out[n++] = mix(9, wp1);
  out[n++] = mix(10, wm2);
  out[n++] = mix(11, wp2);
  out[n++] = mix(12, tm1);
  out[n++] = mix(13, tp1);
  out[n++] = mix(14, tm1, p, tp1);
  out[n++] = mix(15, wp1, p);
  out[n++] = mix(16, wm1, p);
  const kind = ctx.lexKind![i]!;
  if (kind) {
    out[n++] = mix(17, kind);
    out[n++] = mix(18, ctx.lexStance![i]!);
    out[n++] = mix(19, kind, p);
    out[n++] = mix(20, kind, wp1);
  }
  if (ctx.phraseStart![i]) out[n++] = mix(21, 1);
  if (i > from && ctx.lexKind![i - 1]) out[n++] = mix(22, 1);
  if (i + 1 < to && ctx.lexKind![i + 1]) out[n++] = mix(23, 1);
  out[n++] = mix(24, ctx.insideQuote[i]! >= 0 ? 1 : 0);
  if (i + 1 < to && ctx.opens[i + 1]) out[n++] = mix(25, 1);
  if (i + 2 < to && ctx.opens[i + 2] && (ctx.tokens[i + 1]!.text === ',' || ctx.tokens[i + 1]!.text === ':')) out[n++] = mix(26, 1);
  if (i > from && ctx.closes[i - 1]) out[n++] = mix(27, 1);
  if (i > from + 1 && ctx.closes[i - 2]) out[n++] = mix(28, 1);
  if (i > from + 2 && ctx.closes[i - 3]) out[n++] = mix(29, 1);
  const c = ctx.tokens[i]!.text.charCodeAt(0);
  if (c >= 65 && c <= 90) out[n++] = mix(30, i === from ? 1 : 2);
  out[n++] = mix(31, Math.min(i - from, 4));
  out[n++] = mix(32, Math.min(to - 1 - i, 4));
  out[n++] = mix(33, wm1, w);
  out[n++] = mix(34, w, wp1);
  out[n++] = mix(35, ctx.suffix![i]!, tp1);
  // A complementiser or a quotation soon after: the token may introduce content.
  let ahead = 0;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) {
    if (word[k] === THAT) ahead |= 1;
    if (ctx.opens[k]) ahead |= 2;
    if (word[k] === TO) ahead |= 4;
  }
  out[n++] = mix(36, ahead, p);
  out[n++] = mix(37, ahead, w);
  const prevKind = i > from ? ctx.lexKind![i - 1]! : 0;
  out[n++] = mix(38, prevKind, kind, p);
  out[n++] = mix(39, tm2, tm1, p);
  return n;
}

/** Room for the features of one token. */
export function featureBuffer(): Int32Array {
  return new Int32Array(48);
}
