/**
 * The cue model's chain scores for the stage, whose weights never change: the same numbers as
 * `chainScores` (cue-model.ts) over `cueFeatures` (cue-features.ts), added in the same order, but a
 * feature that depends only on the token's word, only on its tag, or on nothing of the token (a flag,
 * a position) reads its weight from a small table filled once per word type, tag or model, not from
 * the model's 4 MB weight table. Most of the model's time went to those lookups (each a cache miss on
 * a table that size) and to hashing their indices; about two thirds of a token's features are such.
 * The rest (pairs of words, the clause around the token) are hashed and looked up as before.
 * The training script changes its weights as it goes, so it keeps `chainScores`; a test checks that
 * both give bit-identical scores on every token of the example articles.
 */
import { classPrefix } from './cue-word-classes.js';
import { END, START, aheadOf, afterPhrase, leftOf, mix, prepareFeatures, quotationDistance, sentenceLexicon, type CueFeatureContext } from './cue-features.js';
import { TEXT_CAPITAL, TEXT_COLON, TEXT_COMMA, tagCount } from './cue-token-facts.js';

/** Weights of the features of a word type, as the token itself or as a neighbour: slots of WORD_SLOTS per word id. */
const W_WORD = 0, W_SUFFIX = 1, W_BEFORE = 2, W_AFTER = 3, W_BEFORE2 = 4, W_AFTER2 = 5, W_KIND = 6, W_STANCE = 7;
const W_CLASS4 = 8, W_CLASS7 = 9, W_CLASS10 = 10, W_CLASS = 11, W_STEM = 12, W_ATTITUDE = 13;
const WORD_SLOTS = 16;
/** Weights of the features of a tag, alone or with a small number (ahead, left, count, distance): slots of TAG_SLOTS per tag id. */
const T_TAG = 0, T_PREVIOUS0 = 1, T_PREVIOUS1 = 2, T_BEFORE = 3, T_AFTER = 4, T_AHEAD = 8, T_LEFT = 16, T_OTHERS = 24, T_DISTANCE = 30;
const TAG_SLOTS = 40;
/** Weights of the features that name no word or tag. */
const C_BIAS = 0, C_PREVIOUS0 = 1, C_PREVIOUS1 = 2, C_BEFORE_START = 3, C_AFTER_END = 4, C_BEFORE2_START = 5, C_AFTER2_END = 6;
const C_TAG_BEFORE_START = 7, C_TAG_AFTER_END = 8, C_PHRASE = 9, C_LEXICON_BEFORE = 10, C_LEXICON_AFTER = 11, C_INSIDE = 12; // 12, 13
const C_OPENS_NEXT = 14, C_OPENS_AFTER_MARK = 15, C_CLOSED1 = 16, C_CLOSED2 = 17, C_CLOSED3 = 18, C_CAPITAL = 19; // 19 (1), 20 (2)
const C_FROM_START = 21, C_TO_END = 26; // 5 each
const CONST_SLOTS = 31;

/** The tables of one model; the word tables are for one generation of word ids (cue-token-facts.ts). */
interface Tables {
  model: Float32Array;
  constants: Float32Array;
  generation: number;
  words: Float32Array;
  wordsFilled: Uint8Array;
  tags: Float32Array;
  tagsFilled: Uint8Array;
}

let tables: Tables | undefined;

function tablesFor(m: Float32Array, generation: number): Tables {
  if (tables?.model !== m) {
    const c = new Float32Array(CONST_SLOTS);
    c[C_BIAS] = m[mix(1, 0)]!;
    c[C_PREVIOUS0] = m[mix(6, 0)]!;
    c[C_PREVIOUS1] = m[mix(6, 1)]!;
    c[C_BEFORE_START] = m[mix(8, START)]!;
    c[C_AFTER_END] = m[mix(9, END)]!;
    c[C_BEFORE2_START] = m[mix(10, START)]!;
    c[C_AFTER2_END] = m[mix(11, END)]!;
    c[C_TAG_BEFORE_START] = m[mix(12, START)]!;
    c[C_TAG_AFTER_END] = m[mix(13, END)]!;
    c[C_PHRASE] = m[mix(21, 1)]!;
    c[C_LEXICON_BEFORE] = m[mix(22, 1)]!;
    c[C_LEXICON_AFTER] = m[mix(23, 1)]!;
    c[C_INSIDE] = m[mix(24, 0)]!;
    c[C_INSIDE + 1] = m[mix(24, 1)]!;
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
    tables = { model: m, constants: c, generation, words: new Float32Array(1024 * WORD_SLOTS), wordsFilled: new Uint8Array(1024), tags: new Float32Array(64 * TAG_SLOTS), tagsFilled: new Uint8Array(64) };
  }
  if (tables.generation !== generation) {
    tables.generation = generation;
    tables.wordsFilled.fill(0);
  }
  return tables;
}

/** Fills the word and tag tables for the tokens of `[from, to)` that are not in them yet. */
function fillTables(t: Tables, ctx: CueFeatureContext, from: number, to: number): void {
  const m = t.model, wordId = ctx.wordId!, tagId = ctx.tagId!;
  for (let i = from; i < to; i++) {
    const id = wordId[i]!;
    if (id >= t.wordsFilled.length) growWords(t, id);
    if (!t.wordsFilled[id]) fillWord(m, t.words, id * WORD_SLOTS, ctx, i);
    t.wordsFilled[id] = 1;
    const tag = tagId[i]!;
    if (tag >= t.tagsFilled.length) growTags(t, tagCount());
    if (!t.tagsFilled[tag]) fillTag(m, t.tags, tag * TAG_SLOTS, ctx.tag![i]!);
    t.tagsFilled[tag] = 1;
  }
}

function growWords(t: Tables, id: number): void {
  const size = Math.max(id + 1, t.wordsFilled.length * 2);
  const words = new Float32Array(size * WORD_SLOTS), filled = new Uint8Array(size);
  words.set(t.words);
  filled.set(t.wordsFilled);
  t.words = words;
  t.wordsFilled = filled;
}

function growTags(t: Tables, count: number): void {
  const size = Math.max(count, t.tagsFilled.length * 2);
  const tags = new Float32Array(size * TAG_SLOTS), filled = new Uint8Array(size);
  tags.set(t.tags);
  filled.set(t.tagsFilled);
  t.tags = tags;
  t.tagsFilled = filled;
}

/** The weights of token `i`'s word type (all its tokens share these facts: cue-token-facts.ts). */
function fillWord(m: Float32Array, words: Float32Array, at: number, ctx: CueFeatureContext, i: number): void {
  const w = ctx.word![i]!, wc = ctx.wordClass![i]!;
  words[at + W_WORD] = m[mix(2, w)]!;
  words[at + W_SUFFIX] = m[mix(4, ctx.suffix![i]!)]!;
  words[at + W_BEFORE] = m[mix(8, w)]!;
  words[at + W_AFTER] = m[mix(9, w)]!;
  words[at + W_BEFORE2] = m[mix(10, w)]!;
  words[at + W_AFTER2] = m[mix(11, w)]!;
  words[at + W_KIND] = m[mix(17, ctx.lexKind![i]!)]!;
  words[at + W_STANCE] = m[mix(18, ctx.lexStance![i]!)]!;
  words[at + W_CLASS4] = m[mix(40, classPrefix(wc, 4))]!;
  words[at + W_CLASS7] = m[mix(41, classPrefix(wc, 7))]!;
  words[at + W_CLASS10] = m[mix(42, classPrefix(wc, 10))]!;
  words[at + W_CLASS] = m[mix(43, wc)]!;
  words[at + W_STEM] = m[mix(52, ctx.stem![i]!)]!;
  words[at + W_ATTITUDE] = m[mix(58, ctx.attitude![i]!)]!;
}

/** The weights of the tag whose hash is `p`. */
function fillTag(m: Float32Array, tags: Float32Array, at: number, p: number): void {
  tags[at + T_TAG] = m[mix(3, p)]!;
  tags[at + T_PREVIOUS0] = m[mix(7, 0, p)]!;
  tags[at + T_PREVIOUS1] = m[mix(7, 1, p)]!;
  tags[at + T_BEFORE] = m[mix(12, p)]!;
  tags[at + T_AFTER] = m[mix(13, p)]!;
  for (let k = 0; k < 8; k++) {
    tags[at + T_AHEAD + k] = m[mix(36, k, p)]!;
    tags[at + T_LEFT + k] = m[mix(53, k, p)]!;
  }
  for (let k = 0; k <= 2; k++) tags[at + T_OTHERS + k] = m[mix(56, k, p)]!;
  for (let k = 0; k <= 9; k++) tags[at + T_DISTANCE + k] = m[mix(57, k, p)]!;
}

/**
 * `chainScores(m, ctx, from, to, after0, after1)` for weights `m` that never change (the loaded model):
 * each line below adds the weight of the feature `cueFeatures` writes at the same place.
 */
export function frozenChainScores(m: Float32Array, ctx: CueFeatureContext, from: number, to: number, after0: Float64Array, after1: Float64Array): void {
  prepareFeatures(ctx);
  const t = tablesFor(m, ctx.wordGeneration!);
  fillTables(t, ctx, from, to);
  const c = t.constants, words = t.words, tags = t.tags;
  const wordId = ctx.wordId!, tagId = ctx.tagId!, skipped = ctx.skipped!;
  const word = ctx.word!, tag = ctx.tag!, cls = ctx.wordClass!, lexKind = ctx.lexKind!, textFlags = ctx.textFlags!, attitudes = ctx.attitude!;
  const { opens, closes } = ctx;
  for (let i = from; i < to; i++) {
    if (skipped[i]) {
      after0[i - from] = after1[i - from] = NaN;
      continue;
    }
    const wm2 = i - 2 < from ? START : word[i - 2]!, wm1 = i - 1 < from ? START : word[i - 1]!;
    const wp1 = i + 1 >= to ? END : word[i + 1]!;
    const tm2 = i - 2 < from ? START : tag[i - 2]!, tm1 = i - 1 < from ? START : tag[i - 1]!;
    const tp1 = i + 1 >= to ? END : tag[i + 1]!;
    const w = word[i]!, p = tag[i]!;
    const at = wordId[i]! * WORD_SLOTS, tagAt = tagId[i]! * TAG_SLOTS;
    let score = 0;
    score += c[C_BIAS]!;
    score += words[at + W_WORD]!;
    score += tags[tagAt + T_TAG]!;
    score += words[at + W_SUFFIX]!;
    score += m[mix(5, w, p)]!;
    score += c[C_PREVIOUS0]!;
    score += tags[tagAt + T_PREVIOUS0]!;
    score += i - 1 < from ? c[C_BEFORE_START]! : words[wordId[i - 1]! * WORD_SLOTS + W_BEFORE]!;
    score += i + 1 >= to ? c[C_AFTER_END]! : words[wordId[i + 1]! * WORD_SLOTS + W_AFTER]!;
    score += i - 2 < from ? c[C_BEFORE2_START]! : words[wordId[i - 2]! * WORD_SLOTS + W_BEFORE2]!;
    score += i + 2 >= to ? c[C_AFTER2_END]! : words[wordId[i + 2]! * WORD_SLOTS + W_AFTER2]!;
    score += i - 1 < from ? c[C_TAG_BEFORE_START]! : tags[tagId[i - 1]! * TAG_SLOTS + T_BEFORE]!;
    score += i + 1 >= to ? c[C_TAG_AFTER_END]! : tags[tagId[i + 1]! * TAG_SLOTS + T_AFTER]!;
    score += m[mix(14, tm1, p, tp1)]!;
    score += m[mix(15, wp1, p)]!;
    score += m[mix(16, wm1, p)]!;
    const kind = lexKind[i]!;
    if (kind) {
      score += words[at + W_KIND]!;
      score += words[at + W_STANCE]!;
      score += m[mix(19, kind, p)]!;
      score += m[mix(20, kind, wp1)]!;
    }
    if (ctx.phraseStart![i]) score += c[C_PHRASE]!;
    if (i > from && lexKind[i - 1]) score += c[C_LEXICON_BEFORE]!;
    if (i + 1 < to && lexKind[i + 1]) score += c[C_LEXICON_AFTER]!;
    score += c[C_INSIDE + (ctx.insideQuote[i]! >= 0 ? 1 : 0)]!;
    if (i + 1 < to && opens[i + 1]) score += c[C_OPENS_NEXT]!;
    if (i + 2 < to && opens[i + 2] && textFlags[i + 1]! & (TEXT_COMMA | TEXT_COLON)) score += c[C_OPENS_AFTER_MARK]!;
    if (i > from && closes[i - 1]) score += c[C_CLOSED1]!;
    if (i > from + 1 && closes[i - 2]) score += c[C_CLOSED2]!;
    if (i > from + 2 && closes[i - 3]) score += c[C_CLOSED3]!;
    if (textFlags[i]! & TEXT_CAPITAL) score += c[C_CAPITAL + (i === from ? 0 : 1)]!;
    score += c[C_FROM_START + Math.min(i - from, 4)]!;
    score += c[C_TO_END + Math.min(to - 1 - i, 4)]!;
    score += m[mix(33, wm1, w)]!;
    score += m[mix(34, w, wp1)]!;
    score += m[mix(35, ctx.suffix![i]!, tp1)]!;
    const ahead = aheadOf(ctx, i, to);
    score += tags[tagAt + T_AHEAD + ahead]!;
    score += m[mix(37, ahead, w)]!;
    score += m[mix(38, i > from ? lexKind[i - 1]! : 0, kind, p)]!;
    score += m[mix(39, tm2, tm1, p)]!;
    const wc = cls[i]!;
    const cm1 = i - 1 < from ? START : cls[i - 1]!, cp1 = i + 1 >= to ? END : cls[i + 1]!;
    const c7 = classPrefix(wc, 7);
    if (wc) {
      score += words[at + W_CLASS4]!;
      score += words[at + W_CLASS7]!;
      score += words[at + W_CLASS10]!;
      score += words[at + W_CLASS]!;
      score += m[mix(44, c7, p)]!;
      score += m[mix(45, classPrefix(wc, 10), ahead)]!;
    }
    score += m[mix(46, classPrefix(cm1, 5), c7)]!;
    score += m[mix(47, c7, classPrefix(cp1, 5))]!;
    const after = afterPhrase(ctx, i, to);
    const left = leftOf(ctx, i, from);
    score += m[mix(50, after, p)]!;
    score += m[mix(51, after >> 4, ctx.stem![i]!)]!;
    score += words[at + W_STEM]!;
    score += tags[tagAt + T_LEFT + left]!;
    score += m[mix(54, left, after >> 4, p)]!;
    score += m[mix(55, after >> 4, c7)]!;
    score += tags[tagAt + T_OTHERS + Math.min(sentenceLexicon(ctx, from, to) - (kind ? 1 : 0), 2)]!;
    const attitude = attitudes[i]!;
    if (attitude) {
      score += words[at + W_ATTITUDE]!;
      score += m[mix(59, attitude, p)]!;
      score += m[mix(60, attitude, left)]!;
      score += m[mix(61, attitude, after >> 4)]!;
    }
    if (ctx.verbEntry![i]) score += m[mix(62, ctx.verbEntry![i]!, after >> 4)]!;
    if (i > from && attitudes[i - 1]) score += m[mix(63, attitudes[i - 1]!, p)]!;
    score += tags[tagAt + T_DISTANCE + quotationDistance(ctx, i, from, to)]!;
    after0[i - from] = score;
    // After a cue token: the two features of the previous label swapped, as `chainScores` does.
    after1[i - from] = score - c[C_PREVIOUS0]! - tags[tagAt + T_PREVIOUS0]! + c[C_PREVIOUS1]! + tags[tagAt + T_PREVIOUS1]!;
  }
}
