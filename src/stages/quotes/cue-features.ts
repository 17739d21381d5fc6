/**
 * Features of a token for the cue model: the word, its shape and tag, its neighbours, what the cue
 * lexicons say about it, and where it stands relative to quotation marks; its distributional word class
 * (cue-word-classes.ts) and its neighbours'; what follows its object phrase in the clause ("told
 * reporters that", "urged lawmakers to") and what stands left of it (a pronoun, a name, a noun); its
 * stem; the attitude lexicon's entry. Held-out train (140 articles, model and word classes built without
 * them; the whole change: features, margin training, scale), cue overlap F1 0.789 -> 0.797, content
 * 0.836 -> 0.843, source 0.784 -> 0.782, attribution 0.752 -> 0.747. Features are hashed to
 * indices of a fixed-size weight table (no strings built per token), and shared by the training
 * script and the stage so both see exactly the same features.
 */
import type { Token } from '../../model/layers/structure.js';
import { cueLexicon } from './cue-lexicon.js';
import { lowerWord } from './word-classes.js';
import { classPrefix, wordClasses } from './cue-word-classes.js';

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
  /** Word class code (see cue-word-classes.ts), 0 for a word the table lacks. */
  wordClass?: Int32Array;
  /** Stem hash (the word without -s/-ed/-ing...), so "said", "says", "saying" share features. */
  stem?: Int32Array;
  /** Sentence-level facts, cached for the sentence starting at `sentenceFrom`. */
  sentenceFrom?: number;
  sentenceLexicon?: number;
  /** Hash of the attitude lexicon entry (attitude-cues.json), 0 none; and of the reporting verb entry. */
  attitude?: Int32Array;
  verbEntry?: Int32Array;
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
  const { verbs, phrases, attitudes } = cueLexicon();
  ctx.attitude = new Int32Array(n);
  ctx.verbEntry = new Int32Array(n);
  ctx.word = new Int32Array(n);
  ctx.tag = new Int32Array(n);
  ctx.suffix = new Int32Array(n);
  ctx.lexKind = new Uint8Array(n);
  ctx.lexStance = new Uint8Array(n);
  ctx.phraseStart = new Uint8Array(n);
  ctx.wordClass = new Int32Array(n);
  ctx.stem = new Int32Array(n);
  const classes = wordClasses();
  for (let i = 0; i < n; i++) {
    const w = lowerWord(ctx.tokens[i]!);
    ctx.wordClass[i] = classes.get(w) ?? 0;
    ctx.stem[i] = hashString(stemOf(w));
    ctx.word[i] = hashString(w);
    ctx.tag[i] = tagHash(ctx.tokens[i]!.pos ?? '?');
    ctx.suffix[i] = hashFrom(w, w.length > 3 ? w.length - 3 : 0);
    const verb = verbs.get(w);
    const attitude = attitudes.get(w);
    if (attitude) ctx.attitude[i] = hashString(attitude.id) | 1;
    if (verb) {
      ctx.verbEntry[i] = hashString(verb.id) | 1;
      ctx.lexKind[i] = 1 + KINDS.indexOf(verb.kind);
      ctx.lexStance[i] = 1 + STANCES.indexOf(verb.stance);
    }
    if (phrases.has(w)) ctx.phraseStart[i] = 1;
  }
}

/** A crude stem: enough to join the inflections of a verb or noun. */
function stemOf(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3).replace(/e$/, '');
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2).replace(/e$/, '');
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2).replace(/e$/, '');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  if (w === 'said') return 'say';
  return w.replace(/e$/, '');
}

const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what']);
const COMP_HASHES = new Set([...COMPLEMENTISERS].map(hashString));
const NP_TAGS = new Set(['DT', 'PDT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'PRP$', 'CD', 'POS', 'RB']);
const SUBJECT_SKIP = new Set(['RB', 'MD', 'VBZ', 'VBD', 'VBP', 'VB', 'VBN', 'VBG', 'TO']);

/**
 * What follows the token's object phrase in its clause: past determiners, adjectives, nouns, names,
 * pronouns ("told reporters that", "urged lawmakers to", "called on Congress to"). 0 nothing of note,
 * 1 complementiser, 2 quotation, 3 colon, 4 "to", 5 "of"/"about"/"on"/"for", 6 a verb, 7 comma,
 * 8 sentence end; times 16, plus how many tokens were skipped (capped at 7).
 */
function afterPhrase(ctx: CueFeatureContext, i: number, to: number): number {
  const word = ctx.word!;
  let k = i + 1;
  // Particles and prepositions glued to the cue ("called on", "pointed out", "referred to").
  if (k < to && (ctx.tokens[k]!.pos === 'RP' || ctx.tokens[k]!.pos === 'IN') && !COMP_HASHES.has(word[k]!)) k++;
  let skipped = 0;
  while (k < to && skipped < 8 && NP_TAGS.has(ctx.tokens[k]!.pos ?? '') && !ctx.opens[k]) { k++; skipped++; }
  if (k >= to) return 8 * 16 + Math.min(skipped, 7);
  const text = ctx.tokens[k]!.text, tag = ctx.tokens[k]!.pos ?? '';
  let type = 0;
  if (ctx.opens[k]) type = 2;
  else if (COMP_HASHES.has(word[k]!)) type = 1;
  else if (text === ':') type = 3;
  else if (word[k] === TO) type = 4;
  else if (text === ',') type = k + 1 < to && ctx.opens[k + 1] ? 2 : 7;
  else if (tag === 'IN') type = 5;
  else if (tag.startsWith('VB')) type = 6;
  else if (text === '.' || text === '!' || text === '?') type = 8;
  return type * 16 + Math.min(skipped, 7);
}

/** What stands left of the token past adverbs and auxiliaries: 1 pronoun, 2 name, 3 noun, 4 wh-word/that, 5 comma, 6 sentence start, 7 quotation end, 0 other. */
function leftOf(ctx: CueFeatureContext, i: number, from: number): number {
  let k = i - 1;
  while (k >= from && k > i - 4 && SUBJECT_SKIP.has(ctx.tokens[k]!.pos ?? '')) k--;
  if (k < from) return 6;
  if (ctx.closes[k]) return 7;
  const tag = ctx.tokens[k]!.pos ?? '';
  if (tag === 'PRP') return 1;
  if (tag === 'NNP' || tag === 'NNPS') return 2;
  if (tag === 'NN' || tag === 'NNS') return 3;
  if (tag === 'WDT' || tag === 'WP' || tag === 'IN') return 4;
  if (ctx.tokens[k]!.text === ',') return 5;
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
  // How many other reporting verbs the sentence holds (cached per sentence).
  if (ctx.sentenceFrom !== from) {
    ctx.sentenceFrom = from;
    let count = 0;
    for (let k = from; k < to; k++) if (ctx.lexKind![k]) count++;
    ctx.sentenceLexicon = count;
  }
  out[n++] = mix(56, Math.min(ctx.sentenceLexicon! - (kind ? 1 : 0), 2), p);
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
  // Distance to the nearest quotation in the sentence, either side (1-4, 5-8, farther).
  let distance = 9;
  for (let k = 1; k <= 8 && distance === 9; k++) if ((i - k >= from && ctx.closes[i - k]) || (i + k < to && ctx.opens[i + k])) distance = k;
  out[n++] = mix(57, distance > 4 ? (distance === 9 ? 9 : 5) : distance, p);
  return n;
}

/** Room for the features of one token. */
export function featureBuffer(): Int32Array {
  return new Int32Array(80);
}
