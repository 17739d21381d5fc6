/**
 * The small tables the stage's cue scorer (cue-scorer.ts) reads instead of the model's 4 MB weight
 * table, whose lookups (each a cache miss on a table that size, after hashing its index) were most of
 * the scorer's time. Per word type and its tag: the sum of the weights of the features of the token
 * alone (the word, its tag, suffix, stem, class, lexicon entries, and the bias), and of the token at a
 * sentence's start or end. Per pair of neighbouring tokens (word and tag each): the sums of the
 * features the pair gives the second token (what stands left of it) and the first (what stands right).
 * Per three tags in a row: the tag trigram weights. Per word or tag and a small number read from the
 * clause (what stands ahead, after its object, left: at most 144 values): that feature's weight, NaN
 * until a token first needs it (no weight is NaN). Sums are taken in another order than `chainScores`
 * takes them, which gives the same bits only for a model whose sums are exact (`orderFree`).
 */
import { classPrefix } from './cue-word-classes.js';
import { END, START, mix, type CueFeatureContext } from './cue-features.js';
import { tagCount } from './cue-tag-facts.js';

/**
 * Whether every sum of up to 128 of the model's weights is exact in double precision, in any order:
 * every weight a multiple of 2^-40 and below 64 in size, so any such sum is an integer number of
 * 2^-40 below 2^53 of them. The committed model's weights are multiples of 2^-33 below 22.
 */
export function orderFree(m: Float32Array): boolean {
  if (orderFreeModel === m) return true;
  for (let i = 0; i < m.length; i++) {
    const w = m[i]!;
    if (!(Math.abs(w) < 64) || !Number.isInteger(w * 2 ** 40)) return false;
  }
  orderFreeModel = m;
  return true;
}
let orderFreeModel: Float32Array | undefined;

/** Tag ids below this have rows in the tables (the tagger's tag set has fewer than 50); START and END take the last two. */
export const TAG_ROWS = 64;
export const TAG_START = TAG_ROWS - 2, TAG_END = TAG_ROWS - 1;

/** Per word type: fixed weights (filled when the word is first seen), then lazy ones (NaN until needed). */
export const W_BEFORE2 = 0, W_AFTER2 = 1;
/** With `ahead` (0-7; templates 37, 45), `after >> 4` (0-8; 51, 55, 61, 62) and `left` (0-7; 60). */
export const W_AHEAD_WORD = 2, W_CLASS_AHEAD = 10, W_AFTER_STEM = 18, W_AFTER_CLASS = 27, W_AFTER_ATTITUDE = 36, W_AFTER_VERB = 45, W_LEFT_ATTITUDE = 54;
export const WORD_SLOTS = 62;
/**
 * Per word type, sums for the tag whose id is in S_TAG (NaN before the first): the token alone, at a
 * sentence's start, at its end; then the same for a second tag (a word read two ways: "said" VBD, VBN).
 */
export const S_TAG = 0, S_ALONE = 1, S_START = 2, S_END = 3, S_SECOND = 4;
export const SUM_SLOTS = 8;
/** Per tag: fixed weights of the tag with a small number (ahead, left, count, distance). */
export const T_AHEAD = 0, T_LEFT = 8, T_OTHERS = 16, T_DISTANCE = 19;
/** Lazy: with `after` (0-143; template 50), and `left` and `after >> 4` (8 × 9; 54). */
export const T_AFTER_PHRASE = 29, T_LEFT_AFTER = 173;
export const TAG_SLOTS = 245;
/** Weights of the features that name no word or tag and depend on the token's place. */
export const C_OPENS_NEXT = 0, C_OPENS_AFTER_MARK = 1, C_CLOSED1 = 2, C_CLOSED2 = 3, C_CLOSED3 = 4, C_CAPITAL = 5; // 5 (first token), 6 (other)
export const C_FROM_START = 7, C_TO_END = 12; // 5 each
export const C_BEFORE2_START = 17, C_AFTER2_END = 18;
const CONST_SLOTS = 19;

/** The tables of one model; the word and pair tables are for one generation of word ids (cue-token-facts.ts). */
export interface Tables {
  model: Float32Array;
  constants: Float64Array;
  generation: number;
  words: Float32Array;
  sums: Float64Array;
  wordsFilled: Uint8Array;
  /** Per tag: single weights of the model (exact in single precision, half the bytes of doubles). */
  tags: Float32Array;
  /** Per tag: the change of score after a cue token (T_AFTER_CUE: a sum of four weights, so a double). */
  afterCue: Float64Array;
  tagsFilled: Uint8Array;
  /** Tag trigram weights: templates 14 and 39 for the tags `(a, b, c)` at `2 * ((a * TAG_ROWS + b) * TAG_ROWS + c)`. */
  trigrams: Float32Array;
  /**
   * Open addressing by pair of keys (word id × TAG_ROWS + tag id, first and second token; stored + 1, so
   * 0 is an empty slot), four numbers a slot: the two keys, the sum the pair gives its second token (at
   * PAIR_LEFT), the sum it gives its first (PAIR_RIGHT). Keys and sums side by side: a probe, which
   * misses the cache on a table this size, reads one line instead of one in each of two tables.
   */
  pairs: Float64Array;
  pairCount: number;
}

let tables: Tables | undefined;

export function tablesFor(m: Float32Array, generation: number): Tables {
  if (tables?.model !== m) {
    const c = new Float64Array(CONST_SLOTS);
    c[C_OPENS_NEXT] = m[mix(25, 1)]!;
    c[C_OPENS_AFTER_MARK] = m[mix(26, 1)]!;
    c[C_CLOSED1] = m[mix(27, 1)]!;
    c[C_CLOSED2] = m[mix(28, 1)]!;
    c[C_CLOSED3] = m[mix(29, 1)]!;
    c[C_CAPITAL] = m[mix(30, 1)]!;
    c[C_CAPITAL + 1] = m[mix(30, 2)]!;
    for (let k = 0; k <= 4; k++) {
      c[C_FROM_START + k] = m[mix(31, k)]!;
      c[C_TO_END + k] = m[mix(32, k)]!;
    }
    c[C_BEFORE2_START] = m[mix(10, START)]!;
    c[C_AFTER2_END] = m[mix(11, END)]!;
    tables = {
      model: m, constants: c, generation, words: new Float32Array(1024 * WORD_SLOTS), sums: new Float64Array(1024 * SUM_SLOTS), wordsFilled: new Uint8Array(1024),
      tags: new Float32Array(TAG_ROWS * TAG_SLOTS), afterCue: new Float64Array(TAG_ROWS), tagsFilled: new Uint8Array(TAG_ROWS), trigrams: new Float32Array(2 * TAG_ROWS ** 3).fill(NaN),
      pairs: new Float64Array(4 * PAIR_SLOTS), pairCount: 0,
    };
  }
  if (tables.generation !== generation) {
    tables.generation = generation;
    tables.wordsFilled.fill(0);
    clearPairs(tables);
  }
  return tables;
}

/** Slots of the pair table; emptied when half full (a cache: nothing is lost but time). */
const PAIR_SLOTS = 1 << 16;
/** Offsets of a pair's sums in its slot (`4 * slot + ...`). */
export const PAIR_LEFT = 2, PAIR_RIGHT = 3;

export function clearPairs(t: Tables): void {
  t.pairs.fill(0);
  t.pairCount = 0;
}

/** Whether the tables can hold the tags seen so far; if not, the caller scores without them. */
export function tagsFit(): boolean {
  return tagCount() <= TAG_START;
}

/** Fills the word and tag tables for the tokens of `[from, to)` that are not in them yet. */
export function fillTables(t: Tables, ctx: CueFeatureContext, from: number, to: number): void {
  const m = t.model, wordId = ctx.wordId!, tagId = ctx.tagId!;
  for (let i = from; i < to; i++) {
    const id = wordId[i]!;
    if (id >= t.wordsFilled.length) growWords(t, id);
    if (!t.wordsFilled[id]) fillWord(m, t, id, ctx, i);
    t.wordsFilled[id] = 1;
    const tag = tagId[i]!;
    if (!t.tagsFilled[tag]) fillTag(m, t, tag, ctx.tag![i]!);
    t.tagsFilled[tag] = 1;
  }
}

function growWords(t: Tables, id: number): void {
  const size = Math.max(id + 1, t.wordsFilled.length * 2);
  const words = new Float32Array(size * WORD_SLOTS), sums = new Float64Array(size * SUM_SLOTS), filled = new Uint8Array(size);
  words.set(t.words);
  sums.set(t.sums);
  filled.set(t.wordsFilled);
  t.words = words;
  t.sums = sums;
  t.wordsFilled = filled;
}

/** The fixed weights of token `i`'s word type (all its tokens share these facts: cue-token-facts.ts); the lazy ones and the sums unset. */
function fillWord(m: Float32Array, t: Tables, id: number, ctx: CueFeatureContext, i: number): void {
  const w = ctx.word![i]!, at = id * WORD_SLOTS;
  t.words[at + W_BEFORE2] = m[mix(10, w)]!;
  t.words[at + W_AFTER2] = m[mix(11, w)]!;
  t.words.fill(NaN, at + W_AHEAD_WORD, at + WORD_SLOTS);
  t.sums.fill(NaN, id * SUM_SLOTS, (id + 1) * SUM_SLOTS);
}

/** The fixed weights of the tag whose id is `tag` and hash `p`; the lazy ones unset. */
function fillTag(m: Float32Array, t: Tables, tag: number, p: number): void {
  const tags = t.tags, at = tag * TAG_SLOTS;
  for (let k = 0; k < 8; k++) {
    tags[at + T_AHEAD + k] = m[mix(36, k, p)]!;
    tags[at + T_LEFT + k] = m[mix(53, k, p)]!;
  }
  for (let k = 0; k <= 2; k++) tags[at + T_OTHERS + k] = m[mix(56, k, p)]!;
  for (let k = 0; k <= 9; k++) tags[at + T_DISTANCE + k] = m[mix(57, k, p)]!;
  // `chainScores`' after-a-cue score: the two features of the previous label swapped.
  t.afterCue[tag] = m[mix(6, 1)]! + m[mix(7, 1, p)]! - (m[mix(6, 0)]! + m[mix(7, 0, p)]!);
  tags.fill(NaN, at + T_AFTER_PHRASE, at + TAG_SLOTS);
}

/**
 * The offset in `t.sums` of the sums of token `i`'s word type with its tag `p` (id `tag`), filled if
 * neither of the word's two entries holds that tag (the first then moves to the second).
 */
export function sumsAt(t: Tables, ctx: CueFeatureContext, i: number, tag: number, p: number): number {
  const sums = t.sums, at = ctx.wordId![i]! * SUM_SLOTS;
  if (sums[at + S_TAG] === tag) return at;
  if (sums[at + S_SECOND + S_TAG] === tag) return at + S_SECOND;
  sums.copyWithin(at + S_SECOND, at, at + S_SECOND);
  fillSums(t, ctx, i, tag, p, at);
  return at;
}

/** The sums of token `i`'s word type with its tag `p` (id `tag`) at `at`: the token alone, at a sentence's start and at its end. */
function fillSums(t: Tables, ctx: CueFeatureContext, i: number, tag: number, p: number, at: number): void {
  const m = t.model;
  const w = ctx.word![i]!, kind = ctx.lexKind![i]!, wc = ctx.wordClass![i]!, attitude = ctx.attitude![i]!, c7 = classPrefix(wc, 7);
  let alone = m[mix(1, 0)]! + m[mix(2, w)]! + m[mix(3, p)]! + m[mix(4, ctx.suffix![i]!)]! + m[mix(5, w, p)]! + m[mix(6, 0)]! + m[mix(7, 0, p)]!;
  if (kind) alone += m[mix(17, kind)]! + m[mix(18, ctx.lexStance![i]!)]! + m[mix(19, kind, p)]!;
  if (ctx.phraseStart![i]) alone += m[mix(21, 1)]!;
  // A token the model scores is never inside a quotation (cue-token-facts.ts: skipped).
  alone += m[mix(24, 0)]!;
  if (wc) alone += m[mix(40, classPrefix(wc, 4))]! + m[mix(41, c7)]! + m[mix(42, classPrefix(wc, 10))]! + m[mix(43, wc)]! + m[mix(44, c7, p)]!;
  alone += m[mix(52, ctx.stem![i]!)]!;
  if (attitude) alone += m[mix(58, attitude)]! + m[mix(59, attitude, p)]!;
  t.sums[at + S_TAG] = tag;
  t.sums[at + S_ALONE] = alone;
  t.sums[at + S_START] = m[mix(8, START)]! + m[mix(12, START)]! + m[mix(16, START, p)]! + m[mix(33, START, w)]! + m[mix(46, classPrefix(START, 5), c7)]! + m[mix(38, 0, kind, p)]!;
  let end = m[mix(9, END)]! + m[mix(13, END)]! + m[mix(15, END, p)]! + m[mix(34, w, END)]! + m[mix(35, ctx.suffix![i]!, END)]! + m[mix(47, c7, classPrefix(END, 5))]!;
  if (kind) end += m[mix(20, kind, END)]!;
  t.sums[at + S_END] = end;
}

/**
 * The slot in the pair table of the neighbours `x` and `x + 1`, filled if it was not: at `4 * slot +
 * PAIR_LEFT` the sum of the features they give `x + 1` (its left), at `4 * slot + PAIR_RIGHT` those they
 * give `x` (its right).
 */
export function pairSlot(t: Tables, ctx: CueFeatureContext, x: number): number {
  const wordId = ctx.wordId!, tagId = ctx.tagId!, y = x + 1;
  const a = wordId[x]! * TAG_ROWS + tagId[x]! + 1, b = wordId[y]! * TAG_ROWS + tagId[y]! + 1;
  const pairs = t.pairs, mask = PAIR_SLOTS - 1;
  let slot = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 16 & mask;
  for (;;) {
    const k = pairs[4 * slot]!;
    if (k === a && pairs[4 * slot + 1] === b) return slot;
    if (k === 0) break;
    slot = (slot + 1) & mask;
  }
  if (t.pairCount >= PAIR_SLOTS / 2) {
    clearPairs(t);
    return pairSlot(t, ctx, x);
  }
  pairs[4 * slot] = a;
  pairs[4 * slot + 1] = b;
  t.pairCount++;
  fillPair(t, ctx, x, slot);
  return slot;
}

function fillPair(t: Tables, ctx: CueFeatureContext, x: number, slot: number): void {
  const m = t.model, y = x + 1, word = ctx.word!, tag = ctx.tag!, cls = ctx.wordClass!, lexKind = ctx.lexKind!;
  const wx = word[x]!, wy = word[y]!, px = tag[x]!, py = tag[y]!;
  // What stands left of `y`.
  let left = m[mix(8, wx)]! + m[mix(12, px)]! + m[mix(16, wx, py)]! + m[mix(33, wx, wy)]! + m[mix(46, classPrefix(cls[x]!, 5), classPrefix(cls[y]!, 7))]!;
  if (lexKind[x]) left += m[mix(22, 1)]!;
  left += m[mix(38, lexKind[x]!, lexKind[y]!, py)]!;
  if (ctx.attitude![x]) left += m[mix(63, ctx.attitude![x]!, py)]!;
  // What stands right of `x`.
  let right = m[mix(9, wy)]! + m[mix(13, py)]! + m[mix(15, wy, px)]! + m[mix(34, wx, wy)]! + m[mix(35, ctx.suffix![x]!, py)]! + m[mix(47, classPrefix(cls[x]!, 7), classPrefix(cls[y]!, 5))]!;
  if (lexKind[x]) right += m[mix(20, lexKind[x]!, wy)]!;
  if (lexKind[y]) right += m[mix(23, 1)]!;
  t.pairs[4 * slot + PAIR_LEFT] = left;
  t.pairs[4 * slot + PAIR_RIGHT] = right;
}
