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
import { END as END_HASH, START as START_HASH, aheadOf, afterPhrase, leftOf, mix, prepareFeatures, sentenceLexicon, type CueFeatureContext } from './cue-features.js';
import { TEXT_CAPITAL, TEXT_COLON, TEXT_COMMA } from './cue-token-facts.js';
import {
  C_AFTER2_END, C_BEFORE2_START, C_CAPITAL, C_CLOSED1, C_CLOSED2, C_CLOSED3, C_FROM_START, C_OPENS_AFTER_MARK, C_OPENS_NEXT, C_TO_END, S_ALONE, S_END, S_START,
  TAG_END, TAG_ROWS, TAG_SLOTS, TAG_START, T_AFTER_PHRASE, T_AHEAD, T_DISTANCE, T_LEFT, T_LEFT_AFTER, T_OTHERS, WORD_SLOTS, W_AFTER2, W_AFTER_ATTITUDE,
  W_AFTER_CLASS, W_AFTER_STEM, W_AFTER_VERB, W_AHEAD_WORD, W_BEFORE2, W_CLASS_AHEAD, W_LEFT_ATTITUDE, PAIR_LEFT, PAIR_RIGHT, fillTables, orderFree, pairSlot, sumsAt, tablesFor, tagsFit, type Tables,
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
  const c = t.constants, words = t.words, tags = t.tags, afterCue = t.afterCue;
  const wordId = ctx.wordId!, tagId = ctx.tagId!, skipped = ctx.skipped!, tag = ctx.tag!;
  const cls = ctx.wordClass!, lexKind = ctx.lexKind!, textFlags = ctx.textFlags!, attitudes = ctx.attitude!;
  const { opens, closes } = ctx;
  gatherNeighbours(t, ctx, from, to);
  const neighbours = neighbourSum, before2 = before2Weight, after2 = after2Weight;
  // The nearest quotation's end before token `i` and its opening after it, in the sentence, kept as `i`
  // moves (`quotationDistance` looks up to eight tokens either side of every token).
  let lastClose = -Infinity, nextOpen = from;
  for (let i = from; i < to; i++) {
    if (i > from && closes[i - 1]) lastClose = i - 1;
    if (nextOpen <= i) {
      nextOpen = i + 1;
      while (nextOpen < to && !opens[nextOpen]) nextOpen++;
      if (nextOpen >= to) nextOpen = Infinity;
    }
    if (skipped[i]) {
      after0[i - from] = after1[i - from] = NaN;
      continue;
    }
    const w = ctx.word![i]!, p = tag[i]!, id = tagId[i]!;
    const at = wordId[i]! * WORD_SLOTS, tagAt = id * TAG_SLOTS;
    // The token alone and with its neighbours (pairs, tag trigrams: gathered), and two away.
    let score = neighbours[i - from]!;
    score += i - 2 < from ? c[C_BEFORE2_START]! : before2[i - 2 - from]!;
    score += i + 2 >= to ? c[C_AFTER2_END]! : after2[i + 2 - from]!;
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
    score += lazy(tags, tagAt + T_AFTER_PHRASE + after, m, 50, after, p, 0);
    score += lazy(words, at + W_AFTER_STEM + clause, m, 51, clause, ctx.stem![i]!, 0);
    score += tags[tagAt + T_LEFT + left]!;
    score += lazy(tags, tagAt + T_LEFT_AFTER + left * 9 + clause, m, 54, left, clause, p);
    score += lazy(words, at + W_AFTER_CLASS + clause, m, 55, clause, c7, 0);
    score += tags[tagAt + T_OTHERS + Math.min(sentenceLexicon(ctx, from, to) - (kind ? 1 : 0), 2)]!;
    const attitude = attitudes[i]!;
    if (attitude) {
      score += lazy(words, at + W_LEFT_ATTITUDE + left, m, 60, attitude, left, 0);
      score += lazy(words, at + W_AFTER_ATTITUDE + clause, m, 61, attitude, clause, 0);
    }
    if (ctx.verbEntry![i]) score += lazy(words, at + W_AFTER_VERB + clause, m, 62, ctx.verbEntry![i]!, clause, 0);
    const near = Math.min(i - lastClose, nextOpen - i);
    // `quotationDistance(ctx, i, from, to)`: 1-4, 5 (5-8), 9 (farther or none).
    score += tags[tagAt + T_DISTANCE + (near <= 4 ? near : near <= 8 ? 5 : 9)]!;
    after0[i - from] = score;
    // After a cue token: the two features of the previous label swapped, as `chainScores` does.
    after1[i - from] = score + afterCue[id]!;
  }
}

let pairLeft = new Float64Array(128), pairRight = new Float64Array(128), neighbourSum = new Float64Array(128);
let before2Weight = new Float32Array(128), after2Weight = new Float32Array(128);

/**
 * For the tokens of `[from, to)`, in rows indexed from `from`, what the scoring loop reads of memory
 * that is least likely in cache: for a scored token, its word type's sum with its tag (the token alone,
 * at a sentence's start or end: `sumsAt`), the sums its pairs of neighbours give it (a probe of the pair
 * table each) and its two tag trigram weights, added up (`neighbourSum`); for every token, the weights
 * its word gives a token two before and two after it (`before2Weight`, `after2Weight`: the first line of
 * its row in the word table). In a loop of their own, where no lookup waits for the one before, the
 * processor has several of these misses in flight at once; in the scoring loop each waited for memory
 * in turn. Pairs and trigrams gathered first took about 6% off the scorer (an earlier change); the
 * sums and the rows' first lines, read in the scoring loop, were still .45% of all ticks (the example
 * articles, cpu profile lines). The sums are exact (`orderFree`), so adding them here in another order
 * gives the same bits. A value, not a slot, is kept: the pair table may be emptied during the loop.
 */
function gatherNeighbours(t: Tables, ctx: CueFeatureContext, from: number, to: number): void {
  const n = to - from;
  if (pairLeft.length < n) {
    const size = Math.max(n, pairLeft.length * 2);
    pairLeft = new Float64Array(size);
    pairRight = new Float64Array(size);
    neighbourSum = new Float64Array(size);
    before2Weight = new Float32Array(size);
    after2Weight = new Float32Array(size);
  }
  const m = t.model, pairs = t.pairs, trigrams = t.trigrams, words = t.words, skipped = ctx.skipped!, wordId = ctx.wordId!, tagId = ctx.tagId!, tag = ctx.tag!;
  for (let i = from; i < to; i++) {
    const row = wordId[i]! * WORD_SLOTS;
    before2Weight[i - from] = words[row + W_BEFORE2]!;
    after2Weight[i - from] = words[row + W_AFTER2]!;
    // The pair `(i, i + 1)`, when either is scored.
    if (i + 1 < to && (!skipped[i] || !skipped[i + 1])) {
      const slot = 4 * pairSlot(t, ctx, i);
      pairRight[i - from] = pairs[slot + PAIR_RIGHT]!;
      pairLeft[i + 1 - from] = pairs[slot + PAIR_LEFT]!;
    }
    if (skipped[i]) continue;
    const id = tagId[i]!, p = tag[i]!;
    // Read right after `sumsAt`: a later token of the same word with another tag may move these sums.
    const sums = t.sums, sumAt = sumsAt(t, ctx, i, id, p);
    let sum = sums[sumAt + S_ALONE]!;
    sum += i > from ? pairLeft[i - from]! : sums[sumAt + S_START]!;
    sum += i + 1 < to ? pairRight[i - from]! : sums[sumAt + S_END]!;
    const tm1 = i > from ? tagId[i - 1]! : TAG_START, tm2 = i - 2 >= from ? tagId[i - 2]! : TAG_START, tp1 = i + 1 < to ? tagId[i + 1]! : TAG_END;
    sum += lazy(trigrams, 2 * ((tm1 * TAG_ROWS + id) * TAG_ROWS + tp1), m, 14, i > from ? tag[i - 1]! : START_HASH, p, i + 1 < to ? tag[i + 1]! : END_HASH)
      + lazy(trigrams, 2 * ((tm2 * TAG_ROWS + tm1) * TAG_ROWS + id) + 1, m, 39, i - 2 >= from ? tag[i - 2]! : START_HASH, i > from ? tag[i - 1]! : START_HASH, p);
    neighbourSum[i - from] = sum;
  }
}

/** The weight `m[mix(template, a, b, c)]` kept at `table[at]`, read from the model the first time (NaN until then). */
function lazy(table: Float32Array, at: number, m: Float32Array, template: number, a: number, b: number, c: number): number {
  const weight = table[at]!;
  if (weight === weight) return weight;
  return (table[at] = m[mix(template, a, b, c)]!);
}
