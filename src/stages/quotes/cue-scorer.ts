/**
 * The cue model's chain scores for the stage, whose weights never change: the same numbers as
 * `chainScores` (cue-model.ts) over `cueFeatures` (cue-features.ts), from sums and weights kept per word
 * type, tag, pair of neighbouring tokens and tag trigram (cue-scorer-tables.ts) instead of one lookup in
 * the model's 4 MB table per feature. Most of the scorer's time went to those lookups (each a cache
 * miss on a table that size) and to hashing their indices. The sums are taken in another order than
 * `chainScores` adds the features, which gives the same bits because the model's sums are exact
 * (`orderFree`); the stage scores a model that is not so with `chainScores`. The training script
 * changes its weights as it goes, so it keeps `chainScores`; a test checks that both give
 * bit-identical scores on every token of the example articles.
 */
import { classPrefix } from './cue-word-classes.js';
import { END as END_HASH, START as START_HASH, aheadOf, afterPhrase, leftOf, mix, prepareFeatures, quotationDistance, sentenceLexicon, type CueFeatureContext } from './cue-features.js';
import { TEXT_CAPITAL, TEXT_COLON, TEXT_COMMA } from './cue-token-facts.js';
import {
  C_AFTER2_END, C_BEFORE2_START, C_CAPITAL, C_CLOSED1, C_CLOSED2, C_CLOSED3, C_FROM_START, C_OPENS_AFTER_MARK, C_OPENS_NEXT, C_TO_END, S_ALONE, S_END, S_START,
  TAG_END, TAG_ROWS, TAG_SLOTS, TAG_START, T_AFTER_CUE, T_AFTER_PHRASE, T_AHEAD, T_DISTANCE, T_LEFT, T_LEFT_AFTER, T_OTHERS, WORD_SLOTS, W_AFTER2, W_AFTER_ATTITUDE,
  W_AFTER_CLASS, W_AFTER_STEM, W_AFTER_VERB, W_AHEAD_WORD, W_BEFORE2, W_CLASS_AHEAD, W_LEFT_ATTITUDE, PAIR_LEFT, PAIR_RIGHT, fillTables, orderFree, pairSlot, sumsAt, tablesFor, tagsFit,
} from './cue-scorer-tables.js';

export { orderFree, tagsFit } from './cue-scorer-tables.js';

/**
 * `chainScores(m, ctx, from, to, after0, after1)` for weights `m` that never change (the loaded model)
 * and whose sums are exact (`orderFree(m)`), while the tags fit the tables (`tagsFit()`).
 */
export function frozenChainScores(m: Float32Array, ctx: CueFeatureContext, from: number, to: number, after0: Float64Array, after1: Float64Array): void {
  if (!orderFree(m) || !tagsFit()) throw new Error('quotes: frozenChainScores needs a model whose sums are exact and at most 62 tags');
  prepareFeatures(ctx);
  const t = tablesFor(m, ctx.wordGeneration!);
  fillTables(t, ctx, from, to);
  const c = t.constants, words = t.words, tags = t.tags, trigrams = t.trigrams, pairs = t.pairs;
  const wordId = ctx.wordId!, tagId = ctx.tagId!, skipped = ctx.skipped!, tag = ctx.tag!;
  const cls = ctx.wordClass!, lexKind = ctx.lexKind!, textFlags = ctx.textFlags!, attitudes = ctx.attitude!;
  const { opens, closes } = ctx;
  // The pair slot of the tokens `(i - 1, i)` when token `i - 1` looked it up for its right (the table is
  // unchanged since): scored neighbours share their pair, and each lookup is a probe of a 1.5 MB table.
  let shared = -1, sharedAt = -1;
  for (let i = from; i < to; i++) {
    if (skipped[i]) {
      after0[i - from] = after1[i - from] = NaN;
      continue;
    }
    const w = ctx.word![i]!, p = tag[i]!, id = tagId[i]!;
    const at = wordId[i]! * WORD_SLOTS, sumAt = sumsAt(t, ctx, i, id, p), tagAt = id * TAG_SLOTS;
    // The token alone and with its neighbours (pairs, two away, tag trigrams).
    const sums = t.sums;
    let score = sums[sumAt + S_ALONE]!;
    score += i > from ? pairs[4 * (sharedAt === i ? shared : pairSlot(t, ctx, i - 1)) + PAIR_LEFT]! : sums[sumAt + S_START]!;
    if (i + 1 < to) {
      shared = pairSlot(t, ctx, i);
      sharedAt = i + 1;
      score += pairs[4 * shared + PAIR_RIGHT]!;
    } else score += sums[sumAt + S_END]!;
    score += i - 2 < from ? c[C_BEFORE2_START]! : words[wordId[i - 2]! * WORD_SLOTS + W_BEFORE2]!;
    score += i + 2 >= to ? c[C_AFTER2_END]! : words[wordId[i + 2]! * WORD_SLOTS + W_AFTER2]!;
    const tm1 = i > from ? tagId[i - 1]! : TAG_START, tm2 = i - 2 >= from ? tagId[i - 2]! : TAG_START, tp1 = i + 1 < to ? tagId[i + 1]! : TAG_END;
    score += lazy(trigrams, 2 * ((tm1 * TAG_ROWS + id) * TAG_ROWS + tp1), m, 14, i > from ? tag[i - 1]! : START_HASH, p, i + 1 < to ? tag[i + 1]! : END_HASH);
    score += lazy(trigrams, 2 * ((tm2 * TAG_ROWS + tm1) * TAG_ROWS + id) + 1, m, 39, i - 2 >= from ? tag[i - 2]! : START_HASH, i > from ? tag[i - 1]! : START_HASH, p);
    // Quotation marks and the token's place in the sentence.
    if (i + 1 < to && opens[i + 1]) score += c[C_OPENS_NEXT]!;
    if (i + 2 < to && opens[i + 2] && textFlags[i + 1]! & (TEXT_COMMA | TEXT_COLON)) score += c[C_OPENS_AFTER_MARK]!;
    if (i > from && closes[i - 1]) score += c[C_CLOSED1]!;
    if (i > from + 1 && closes[i - 2]) score += c[C_CLOSED2]!;
    if (i > from + 2 && closes[i - 3]) score += c[C_CLOSED3]!;
    if (textFlags[i]! & TEXT_CAPITAL) score += c[C_CAPITAL + (i === from ? 0 : 1)]!;
    score += c[C_FROM_START + Math.min(i - from, 4)]!;
    score += c[C_TO_END + Math.min(to - 1 - i, 4)]!;
    // The clause: what stands ahead, after the object phrase, left; other cues; the nearest quotation.
    const kind = lexKind[i]!, wc = cls[i]!, c7 = classPrefix(wc, 7);
    const ahead = aheadOf(ctx, i, to);
    score += tags[tagAt + T_AHEAD + ahead]!;
    score += lazy(words, at + W_AHEAD_WORD + ahead, m, 37, ahead, w, 0);
    if (wc) score += lazy(words, at + W_CLASS_AHEAD + ahead, m, 45, classPrefix(wc, 10), ahead, 0);
    const after = afterPhrase(ctx, i, to), clause = after >> 4;
    const left = leftOf(ctx, i, from);
    score += lazy64(tags, tagAt + T_AFTER_PHRASE + after, m, 50, after, p, 0);
    score += lazy(words, at + W_AFTER_STEM + clause, m, 51, clause, ctx.stem![i]!, 0);
    score += tags[tagAt + T_LEFT + left]!;
    score += lazy64(tags, tagAt + T_LEFT_AFTER + left * 9 + clause, m, 54, left, clause, p);
    score += lazy(words, at + W_AFTER_CLASS + clause, m, 55, clause, c7, 0);
    score += tags[tagAt + T_OTHERS + Math.min(sentenceLexicon(ctx, from, to) - (kind ? 1 : 0), 2)]!;
    const attitude = attitudes[i]!;
    if (attitude) {
      score += lazy(words, at + W_LEFT_ATTITUDE + left, m, 60, attitude, left, 0);
      score += lazy(words, at + W_AFTER_ATTITUDE + clause, m, 61, attitude, clause, 0);
    }
    if (ctx.verbEntry![i]) score += lazy(words, at + W_AFTER_VERB + clause, m, 62, ctx.verbEntry![i]!, clause, 0);
    score += tags[tagAt + T_DISTANCE + quotationDistance(ctx, i, from, to)]!;
    after0[i - from] = score;
    // After a cue token: the two features of the previous label swapped, as `chainScores` does.
    after1[i - from] = score + tags[tagAt + T_AFTER_CUE]!;
  }
}

/** The weight `m[mix(template, a, b, c)]` kept at `table[at]`, read from the model the first time (NaN until then). */
function lazy(table: Float32Array, at: number, m: Float32Array, template: number, a: number, b: number, c: number): number {
  const weight = table[at]!;
  if (weight === weight) return weight;
  return (table[at] = m[mix(template, a, b, c)]!);
}

/** `lazy` for the tag table (doubles): one array type per function keeps each call site monomorphic. */
function lazy64(table: Float64Array, at: number, m: Float32Array, template: number, a: number, b: number, c: number): number {
  const weight = table[at]!;
  if (weight === weight) return weight;
  return (table[at] = m[mix(template, a, b, c)]!);
}
