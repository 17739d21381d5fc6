/**
 * Features of the span-identification model, as hashed slots (feature-hash.ts, which also says how
 * word and word-pair features are grouped in blocks). A token is scored from
 * its own features (the word, its neighbours and word pairs, part-of-speech tags, suffix, shape,
 * position, quotation, repetition in the article, lexicon cues and valence band around it) plus the
 * features of its sentence (its words, length, punctuation, cue count, title), which every token of
 * the sentence shares and which are therefore scored once per sentence.
 */
import { keyMarks, keyMarksFor, KEY_MARKS, LISTED_IN, type ArticleContext } from './article-context.js';
import { TRAIT_EXCLAMATION, TRAIT_QUESTION } from './word-types.js';
import { hashRange, hashString, slot, wordBlock, type SlotList } from './feature-hash.js';
import type { TokenHashes } from './si-token-hashes.js';

// Template ids: one per kind of feature. Changing one changes the model: retrain.
export const T = {
  sentenceLength: 1, exclamation: 2, question: 3, sentenceCues: 5, sentenceQuoted: 6, title: 7,
  tag: 10, prevTag: 11, nextTag: 12,
  suffix: 20, punct: 21, caps: 22, cap: 23, position: 24, quoted: 25, repeated: 26, cue: 27, prevCue: 28, nextCue: 29,
} as const;
// Roles in a word's block: the word itself, as the previous / next word, as the word two before / two
// after, and as a word of the sentence.
const AS_WORD = 0;
const AS_PREV = 1;
const AS_NEXT = 2;
const AS_PREV2 = 3;
const AS_NEXT2 = 4;
const AS_SENTENCE_WORD = 5;
// Roles in a pair's block: the pair (previous word, word) seen from its second word, (word, next word) from its first.
const AS_PAIR_END = 0;
const AS_PAIR_START = 1;
export const BOUNDARY = hashString('<s>');
export const END = hashString('</s>');
const BOUNDARY_BLOCK = wordBlock(BOUNDARY);
const END_BLOCK = wordBlock(END);
// Slots of the features with few values, mixed once here rather than for every token (scoreSentence).
const PREV_TAG_BOUNDARY = slot(T.prevTag, BOUNDARY);
const NEXT_TAG_END = slot(T.nextTag, END);
const PUNCT = slot(T.punct, 1);
const CAPS = slot(T.caps, 1);
const CAP = slot(T.cap, 1);
const QUOTED = slot(T.quoted, 1);
const POSITION = Int32Array.from([0, 1, 2, 3, 4], (v) => slot(T.position, v));
const REPEATED = Int32Array.from([0, 1, 2, 3, 4], (v) => slot(T.repeated, v));

/** Length bucket: 1, 2, 3-4, 5-8, 9-16, 17-32, 33+. */
export function bucket(n: number): number {
  return n <= 2 ? n : Math.min(6, Math.ceil(Math.log2(n)) + 1);
}

/** Word shapes (`TokenHashes.shape`, si-token-hashes.ts): punctuation, all capitals, capitalised. */
const SHAPE_PUNCT = 1;
const SHAPE_CAPS = 2;
const SHAPE_CAP = 3;

/** `raw.length > 1 && raw === raw.toUpperCase() && raw !== lower`, without upper-casing ASCII. */
function isAllCaps(raw: string, lower: string): boolean {
  if (raw.length <= 1 || raw === lower) return false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128) return raw === raw.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The slot of the suffix feature of a word (its match form), or -1 for none (words of at most 4 letters). */
export function suffixSlotOf(w: string): number {
  const suffix = w.length > 4 ? hashRange(w, w.length - 3, w.length) : 0;
  return suffix ? slot(T.suffix, suffix) : -1;
}

/** The shape of a word as written (`raw`; `w` its match form, `isWord` whether it has a letter or digit). */
export function shapeOf(raw: string, w: string, isWord: boolean): number {
  if (!isWord) return SHAPE_PUNCT;
  if (isAllCaps(raw, w)) return SHAPE_CAPS;
  if (raw.charCodeAt(0) !== w.charCodeAt(0)) return SHAPE_CAP;
  return 0;
}

/**
 * The serial of the sentence being listed: per form key, `keyMarks` (article-context.ts) holds the
 * sentence that last listed the word, so a word is a sentence feature once however often it occurs.
 * Keys are small integers (word-types.ts), so this is an array lookup; a serial that only grows needs
 * no clearing between sentences or articles.
 */
let sentenceSerial = 0;

/** Appends the slots shared by every token of sentence `s`. */
export function sentenceSlots(ctx: ArticleContext, h: TokenHashes, s: number, out: SlotList): void {
  const sentence = ctx.sentences[s]!;
  out.push(slot(T.sentenceLength, bucket(sentence.tokenEnd - sentence.tokenStart)));
  let cueCount = 0;
  let quoted = 0;
  const serial = ++sentenceSerial;
  const traits = ctx.traits;
  let marks = keyMarks;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const trait = traits[i]!;
    if (trait & TRAIT_EXCLAMATION) out.push(slot(T.exclamation, 1));
    else if (trait & TRAIT_QUESTION) out.push(slot(T.question, 1));
    if (ctx.cues[i]!.length > 0) cueCount++;
    quoted += ctx.quoted[i]!;
    if (!h.isWord[i]) continue;
    const key = h.formKey[i]!;
    const at = key * KEY_MARKS + LISTED_IN;
    if (at >= marks.length) marks = keyMarksFor(key + 1);
    if (marks[at] === serial) continue;
    marks[at] = serial;
    out.push(h.block[i]! + AS_SENTENCE_WORD);
  }
  out.push(slot(T.sentenceCues, Math.min(cueCount, 3)));
  if (quoted > 0) out.push(slot(T.sentenceQuoted, 1));
  if (sentence.paragraph === 0) out.push(slot(T.title, 1));
}

/** Appends the token's own slots. */
export function tokenSlots(ctx: ArticleContext, h: TokenHashes, i: number, sentenceStart: number, sentenceEnd: number, out: SlotList): void {
  const blocks = h.block;
  const tags = h.tag;
  out.push(tags[i]!);
  out.push(i > sentenceStart ? h.prevTag[i - 1]! : PREV_TAG_BOUNDARY);
  out.push(i + 1 < sentenceEnd ? h.nextTag[i + 1]! : NEXT_TAG_END);
  out.push(blocks[i]! + AS_WORD);
  out.push((i > sentenceStart ? blocks[i - 1]! : BOUNDARY_BLOCK) + AS_PREV);
  out.push((i + 1 < sentenceEnd ? blocks[i + 1]! : END_BLOCK) + AS_NEXT);
  out.push((i - 1 > sentenceStart ? blocks[i - 2]! : BOUNDARY_BLOCK) + AS_PREV2);
  out.push((i + 2 < sentenceEnd ? blocks[i + 2]! : END_BLOCK) + AS_NEXT2);
  out.push(h.pairEnd[i]! + AS_PAIR_END);
  out.push(h.pairStart[i]! + AS_PAIR_START);
  if (h.suffix[i]! >= 0) out.push(h.suffix[i]!);
  const shape = h.shape[i]!;
  if (shape === SHAPE_PUNCT) out.push(slot(T.punct, 1));
  else if (shape === SHAPE_CAPS) out.push(slot(T.caps, 1));
  else if (shape === SHAPE_CAP && i > sentenceStart) out.push(slot(T.cap, 1));
  const position = (i - sentenceStart) / Math.max(1, sentenceEnd - sentenceStart);
  out.push(slot(T.position, Math.min(4, Math.floor(position * 5))));
  if (ctx.quoted[i]) out.push(slot(T.quoted, 1));
  if (h.repeated[i]) out.push(slot(T.repeated, h.repeated[i]!));
  const cues = h.cues;
  if (cues[i]!.length > 0) for (const c of cues[i]!) out.push(slot(T.cue, c));
  if (i > sentenceStart && cues[i - 1]!.length > 0) for (const c of cues[i - 1]!) out.push(slot(T.prevCue, c));
  if (i + 1 < sentenceEnd && cues[i + 1]!.length > 0) for (const c of cues[i + 1]!) out.push(slot(T.nextCue, c));
}

/**
 * Scores every token of sentence `s` into `p`: the sigmoid of `bias` plus `unit` times the sum of
 * `shared` (the sentence's slots) and the weights of the token's own slots, all in the integer units of
 * the quantised table `w` (hashed-logistic.ts). The slots are those of `tokenSlots` (a test holds the
 * two together); adding each weight as its slot is found spares the slot list and the features with
 * few values their mixing. With `logits`, a token whose logit is below `floor` gets -1 in `p` and its
 * logit in `logits` instead of its probability (`decodeSpans` works out those it needs).
 */
export function scoreSentence(ctx: ArticleContext, h: TokenHashes, s: number, w: Int16Array, shared: number, bias: number, unit: number, p: Float64Array, logits?: Float64Array, floor = -Infinity): void {
  const sentence = ctx.sentences[s]!;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const blocks = h.block;
  const tags = h.tag;
  const prevTags = h.prevTag;
  const nextTags = h.nextTag;
  const cues = h.cues;
  const quoted = ctx.quoted;
  const length = Math.max(1, to - from);
  // The word-pair and suffix slots are all but unique to each token, so each costs a cache miss (the
  // table is 2 MB and cold). Read first in a loop that does nothing else, the misses overlap; in the
  // loop below, among a token's other work, they came one after another. The sums are integers, so
  // adding in another order gives the same numbers.
  const own = pending.length < to - from ? (pending = new Float64Array(2 * (to - from))) : pending;
  const pairEnd = h.pairEnd;
  const pairStart = h.pairStart;
  const suffixes = h.suffix;
  for (let i = from; i < to; i++) {
    const suffix = suffixes[i]!;
    own[i - from] = w[pairEnd[i]! + AS_PAIR_END]! + w[pairStart[i]! + AS_PAIR_START]! + (suffix >= 0 ? w[suffix]! : 0);
  }
  for (let i = from; i < to; i++) {
    let z = shared + own[i - from]!;
    z += w[tags[i]!]!;
    z += w[i > from ? prevTags[i - 1]! : PREV_TAG_BOUNDARY]!;
    z += w[i + 1 < to ? nextTags[i + 1]! : NEXT_TAG_END]!;
    z += w[blocks[i]! + AS_WORD]!;
    z += w[(i > from ? blocks[i - 1]! : BOUNDARY_BLOCK) + AS_PREV]!;
    z += w[(i + 1 < to ? blocks[i + 1]! : END_BLOCK) + AS_NEXT]!;
    z += w[(i - 1 > from ? blocks[i - 2]! : BOUNDARY_BLOCK) + AS_PREV2]!;
    z += w[(i + 2 < to ? blocks[i + 2]! : END_BLOCK) + AS_NEXT2]!;
    const shape = h.shape[i]!;
    if (shape === SHAPE_PUNCT) z += w[PUNCT]!;
    else if (shape === SHAPE_CAPS) z += w[CAPS]!;
    else if (shape === SHAPE_CAP && i > from) z += w[CAP]!;
    z += w[POSITION[Math.min(4, Math.floor(((i - from) / length) * 5))]!]!;
    if (quoted[i]) z += w[QUOTED]!;
    const repeated = h.repeated[i]!;
    if (repeated) z += w[REPEATED[repeated]!]!;
    let c = cues[i]!;
    for (let k = 0; k < c.length; k++) z += w[slot(T.cue, c[k]!)]!;
    if (i > from && (c = cues[i - 1]!).length > 0) for (let k = 0; k < c.length; k++) z += w[slot(T.prevCue, c[k]!)]!;
    if (i + 1 < to && (c = cues[i + 1]!).length > 0) for (let k = 0; k < c.length; k++) z += w[slot(T.nextCue, c[k]!)]!;
    const x = bias + z * unit;
    if (x < floor) {
      p[i] = -1;
      logits![i] = x;
    } else p[i] = 1 / (1 + Math.exp(-x));
  }
}

/** Per token of the sentence being scored: the weights of its pair and suffix slots (scoreSentence). */
let pending = new Float64Array(256);

