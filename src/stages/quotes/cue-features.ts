/**
 * Features of a token for the cue model: the word, its shape and tag, its neighbours, what the cue
 * lexicons say about it, and where it stands relative to quotation marks; its distributional word class
 * (cue-word-classes.ts) and its neighbours'; what follows its object phrase in the clause ("told
 * reporters that", "urged lawmakers to") and what stands left of it (a pronoun, a name, a noun); its
 * stem; the attitude lexicon's entry. Held-out train (140 articles, model and word classes built without
 * them; the whole change: features, margin training, scale), cue overlap F1 0.789 -> 0.797, content
 * 0.836 -> 0.843, source 0.784 -> 0.782, attribution 0.752 -> 0.747. Features are hashed to
 * indices of a fixed-size weight table (no strings built per token), and shared by the training
 * script and the stage so both see exactly the same features. The per-token facts the templates read
 * (hashes, lexicon entries, tag and text flags) are computed in cue-token-facts.ts.
 */
import { classPrefix } from './cue-word-classes.js';
import { TEXT_CAPITAL, TEXT_COLON, TEXT_COMMA, TEXT_END, WORD_COMP, prepareFeatures, type CueFeatureContext } from './cue-token-facts.js';
import { TAG_IN, TAG_LEFT, TAG_NP, TAG_RP_IN, TAG_SUBJECT_SKIP, TAG_VERB } from './cue-tag-facts.js';
import { hashString } from './cue-hash.js';

export { SKIP_PUNCTUATION, prepareFeatures, type CueFeatureContext } from './cue-token-facts.js';
export { NEVER_CUE_TAGS } from './cue-tag-facts.js';
export { hashString } from './cue-hash.js';

/** log2 of the weight table size. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** The word and tag hashes that stand for "before the sentence's first token" and "after its last". */
export const START = 0x51ed270b;
const THAT = hashString('that');
const TO = hashString('to');
export const END = 0x2c1b3c6d;

/** The index of a feature: a template number and up to three values, hashed. */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ c;
  h ^= h >>> 16;
  return h & MASK;
}

/**
 * What follows the token's object phrase in its clause: past determiners, adjectives, nouns, names,
 * pronouns ("told reporters that", "urged lawmakers to", "called on Congress to"). 0 nothing of note,
 * 1 complementiser, 2 quotation, 3 colon, 4 "to", 5 "of"/"about"/"on"/"for", 6 a verb, 7 comma,
 * 8 sentence end; times 16, plus how many tokens were skipped (capped at 7).
 */
export function afterPhrase(ctx: CueFeatureContext, i: number, to: number): number {
  const word = ctx.word!, tagFlags = ctx.tagFlags!, textFlags = ctx.textFlags!, opens = ctx.opens;
  let k = i + 1;
  // Particles and prepositions glued to the cue ("called on", "pointed out", "referred to").
  if (k < to && tagFlags[k]! & TAG_RP_IN && !(textFlags[k]! & WORD_COMP)) k++;
  let skipped = 0;
  while (k < to && skipped < 8 && tagFlags[k]! & TAG_NP && !opens[k]) { k++; skipped++; }
  if (k >= to) return 8 * 16 + Math.min(skipped, 7);
  const text = textFlags[k]!, tag = tagFlags[k]!;
  let type = 0;
  if (opens[k]) type = 2;
  else if (text & WORD_COMP) type = 1;
  else if (text & TEXT_COLON) type = 3;
  else if (word[k] === TO) type = 4;
  else if (text & TEXT_COMMA) type = k + 1 < to && opens[k + 1] ? 2 : 7;
  else if (tag & TAG_IN) type = 5;
  else if (tag & TAG_VERB) type = 6;
  else if (text & TEXT_END) type = 8;
  return type * 16 + Math.min(skipped, 7);
}

/** What stands left of the token past adverbs and auxiliaries: 1 pronoun, 2 name, 3 noun, 4 wh-word/that, 5 comma, 6 sentence start, 7 quotation end, 0 other. */
export function leftOf(ctx: CueFeatureContext, i: number, from: number): number {
  const tagFlags = ctx.tagFlags!;
  let k = i - 1;
  while (k >= from && k > i - 4 && tagFlags[k]! & TAG_SUBJECT_SKIP) k--;
  if (k < from) return 6;
  if (ctx.closes[k]) return 7;
  const left = tagFlags[k]! & TAG_LEFT;
  if (left) return left;
  if (ctx.textFlags![k]! & TEXT_COMMA) return 5;
  return 0;
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
  if (i + 2 < to && ctx.opens[i + 2] && ctx.textFlags![i + 1]! & (TEXT_COMMA | TEXT_COLON)) out[n++] = mix(26, 1);
  if (i > from && ctx.closes[i - 1]) out[n++] = mix(27, 1);
  if (i > from + 1 && ctx.closes[i - 2]) out[n++] = mix(28, 1);
  if (i > from + 2 && ctx.closes[i - 3]) out[n++] = mix(29, 1);
  if (ctx.textFlags![i]! & TEXT_CAPITAL) out[n++] = mix(30, i === from ? 1 : 2);
  out[n++] = mix(31, Math.min(i - from, 4));
  out[n++] = mix(32, Math.min(to - 1 - i, 4));
  out[n++] = mix(33, wm1, w);
  out[n++] = mix(34, w, wp1);
  out[n++] = mix(35, ctx.suffix![i]!, tp1);
  const ahead = aheadOf(ctx, i, to);
  out[n++] = mix(36, ahead, p);
  out[n++] = mix(37, ahead, w);
  const prevKind = i > from ? ctx.lexKind![i - 1]! : 0;
  out[n++] = mix(38, prevKind, kind, p);
  out[n++] = mix(39, tm2, tm1, p);
  // Distributional word classes (cue-word-classes.ts) of the token and its neighbours, at three depths.
  const cls = ctx.wordClass!;
  const wc = cls[i]!;
  const cm1 = i - 1 < from ? START : cls[i - 1]!, cp1 = i + 1 >= to ? END : cls[i + 1]!;
  const c7 = classPrefix(wc, 7);
  if (wc) {
    out[n++] = mix(40, classPrefix(wc, 4));
    out[n++] = mix(41, c7);
    out[n++] = mix(42, classPrefix(wc, 10));
    out[n++] = mix(43, wc);
    out[n++] = mix(44, c7, p);
    out[n++] = mix(45, classPrefix(wc, 10), ahead);
  }
  out[n++] = mix(46, classPrefix(cm1, 5), c7);
  out[n++] = mix(47, c7, classPrefix(cp1, 5));
  // The clause around the token: what follows its object phrase, what stands left of it, its stem.
  const after = afterPhrase(ctx, i, to);
  const left = leftOf(ctx, i, from);
  const stem = ctx.stem![i]!;
  out[n++] = mix(50, after, p);
  out[n++] = mix(51, after >> 4, stem);
  out[n++] = mix(52, stem);
  out[n++] = mix(53, left, p);
  out[n++] = mix(54, left, after >> 4, p);
  out[n++] = mix(55, after >> 4, c7);
  // How many other reporting verbs the sentence holds.
  out[n++] = mix(56, Math.min(sentenceLexicon(ctx, from, to) - (kind ? 1 : 0), 2), p);
  // The attitude lexicon's entry ("opposes", "backing", "concerned") and the reporting verb's entry.
  const attitude = ctx.attitude![i]!;
  if (attitude) {
    out[n++] = mix(58, attitude);
    out[n++] = mix(59, attitude, p);
    out[n++] = mix(60, attitude, left);
    out[n++] = mix(61, attitude, after >> 4);
  }
  if (ctx.verbEntry![i]) out[n++] = mix(62, ctx.verbEntry![i]!, after >> 4);
  if (i > from && ctx.attitude![i - 1]) out[n++] = mix(63, ctx.attitude![i - 1]!, p);
  out[n++] = mix(57, quotationDistance(ctx, i, from, to), p);
  return n;
}

/** A complementiser (bit 1), a quotation (2) or "to" (4) in the three tokens after `i`: the token may introduce content. */
export function aheadOf(ctx: CueFeatureContext, i: number, to: number): number {
  const word = ctx.word!;
  let ahead = 0;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) {
    if (word[k] === THAT) ahead |= 1;
    if (ctx.opens[k]) ahead |= 2;
    if (word[k] === TO) ahead |= 4;
  }
  return ahead;
}

/** How many tokens of the sentence `[from, to)` a reporting verb of the lexicon is (cached per sentence). */
export function sentenceLexicon(ctx: CueFeatureContext, from: number, to: number): number {
  if (ctx.sentenceFrom !== from) {
    ctx.sentenceFrom = from;
    let count = 0;
    for (let k = from; k < to; k++) if (ctx.lexKind![k]) count++;
    ctx.sentenceLexicon = count;
  }
  return ctx.sentenceLexicon!;
}

/** Distance to the nearest quotation in the sentence, either side: 1-4, 5 (5-8), 9 (farther or none). */
export function quotationDistance(ctx: CueFeatureContext, i: number, from: number, to: number): number {
  let distance = 9;
  for (let k = 1; k <= 8 && distance === 9; k++) if ((i - k >= from && ctx.closes[i - k]) || (i + k < to && ctx.opens[i + k])) distance = k;
  return distance > 4 ? (distance === 9 ? 9 : 5) : distance;
}

/**
 * Positions in `cueFeatures`' output of the two features that read the previous token's label, and
 * those features for a given label: the chain decoder (cue-model.ts) computes a token's features once
 * and swaps these two to score it after a cue token and after a token that is not one.
 */
export const PREVIOUS_SLOTS = [5, 6] as const;
export function previousFeatures(ctx: CueFeatureContext, i: number, previous: number): [number, number] {
  prepareFeatures(ctx);
  return [mix(6, previous), mix(7, previous, ctx.tag![i]!)];
}

/** Room for the features of one token. */
export function featureBuffer(): Int32Array {
  return new Int32Array(80);
}
