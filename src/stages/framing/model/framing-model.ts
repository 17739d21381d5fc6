/**
 * The framing model: a span-identification model (which tokens are part of a propaganda technique)
 * and a technique classifier (which of the 14 PTC techniques a span uses), both sparse logistic
 * regressions over the features in si-features.ts and tc-features.ts. Trained by
 * scripts/train-framing.ts from ../shared/data/ptc; the weights live in src/data/models/framing.bin.gz (model-file.ts).
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../data/paths.js';
import type { MultinomialModel } from './logistic.js';
import type { ArticleContext } from './article-context.js';
import type { QuantisedBinaryModel } from './hashed-logistic.js';
import { decodeModel } from './model-file.js';
import { scoreSentence, sentenceSlots } from './si-features.js';
import { hashTokens } from './si-token-hashes.js';
import { SlotList } from './feature-hash.js';
import { scratchF64 } from './scratch.js';
import { addTechniqueFeatures, spanTextCounts } from './tc-features.js';
import { techniqueScorer } from './technique-scorer.js';

/** How spans are read off token probabilities. */
export interface SpanDecoding {
  /** A token is part of a span when its probability reaches this. */
  threshold: number;
  /** Runs of selected tokens separated by at most this many tokens (in one sentence) are joined. */
  gap: number;
  /** A span is kept only when one of its tokens reaches this probability (at least `threshold`). */
  peak: number;
}

export interface FramingModel {
  version: string;
  /** How and on what the model was trained; `articles` lists the training article ids. */
  trainedOn: { data: string; articles: string[]; note: string };
  si: QuantisedBinaryModel & SpanDecoding;
  tc: MultinomialModel;
}

/** Where the committed model lives. */
export const FRAMING_MODEL_FILE = dataFile('models', 'framing.bin.gz');

let cached: FramingModel | undefined;

/** The committed model, loaded once. */
export function defaultFramingModel(): FramingModel {
  cached ??= decodeModel(readFileSync(FRAMING_MODEL_FILE));
  return cached;
}

/** A predicted propaganda span: token range, offsets, and the mean token probability. */
export interface PredictedSpan {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  probability: number;
}

/**
 * Per-token probabilities of being inside a propaganda span. With `reuse`, the array is scratch
 * (scratch.ts), valid until the next call with `reuse`.
 */
export function tokenProbabilities(model: QuantisedBinaryModel, ctx: ArticleContext, reuse = false, below?: { logits: Float64Array; floor: number }): Float64Array {
  const p = reuse ? zeroOutsideSentences(ctx, scratchF64.takeForWriting('p', ctx.tokens.length)) : new Float64Array(ctx.tokens.length);
  const hashes = hashTokens(ctx, true);
  const { values, scale } = model;
  const unit = 1 / scale;
  const slots = scratch;
  for (let s = 0; s < ctx.sentences.length; s++) {
    slots.length = 0;
    sentenceSlots(ctx, hashes, s, slots);
    scoreSentence(ctx, hashes, s, values, slots.sum(values, 0), model.bias, unit, p, below?.logits, below?.floor);
  }
  return p;
}

const scratch = new SlotList();

/**
 * `p` with 0 at the tokens no sentence holds (usually none), as a new array has them: the sentences'
 * tokens are all written by `scoreSentence`, so the scratch array is not zeroed whole (a C++ builtin
 * call per article).
 */
function zeroOutsideSentences(ctx: ArticleContext, p: Float64Array): Float64Array {
  let next = 0;
  for (const sentence of ctx.sentences) {
    for (let i = next; i < sentence.tokenStart; i++) p[i] = 0;
    if (sentence.tokenEnd > next) next = sentence.tokenEnd;
  }
  for (let i = next; i < p.length; i++) p[i] = 0;
  return p;
}

/**
 * Spans of tokens whose probability reaches the threshold, within one sentence, joined across gaps of
 * at most `gap` tokens, never across a quotation mark, trimmed of punctuation at their edges, and kept
 * only when their most probable
 * token reaches `peak` (a run of middling scores is rarely a technique).
 */
export function decodeSpans(ctx: ArticleContext, p: Float64Array, { threshold, gap, peak }: SpanDecoding, logits?: Float64Array): PredictedSpan[] {
  const spans: PredictedSpan[] = [];
  for (const sentence of ctx.sentences) {
    let runStart = -1;
    let lastOn = -1;
    const close = (): void => {
      if (runStart < 0) return;
      let a = runStart;
      let b = lastOn + 1;
      while (a < b && !ctx.isWord[a]) a++;
      while (b > a && !ctx.isWord[b - 1]) b--;
      // Tokens left at -1 (`predictSpans`: far below the threshold) get their probability now.
      if (logits) for (let i = a; i < b; i++) if (p[i]! < 0) p[i] = 1 / (1 + Math.exp(-logits[i]!));
      let top = 0;
      for (let i = a; i < b; i++) top = Math.max(top, p[i]!);
      if (b > a && top >= peak) {
        let sum = 0;
        for (let i = a; i < b; i++) sum += p[i]!;
        spans.push({ start: ctx.tokens[a]!.start, end: ctx.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, probability: sum / (b - a) });
      }
      runStart = -1;
    };
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      // A span never straddles a quotation mark: the words on either side are in different voices.
      if (runStart >= 0 && ctx.quoted[i] !== ctx.quoted[runStart]) close();
      if (p[i]! < threshold) continue;
      if (runStart >= 0 && i - lastOn - 1 > gap) close();
      if (runStart < 0) runStart = i;
      lastOn = i;
    }
    close();
  }
  return spans;
}

/** Predicts propaganda spans from the article alone. */
export function predictSpans(model: FramingModel, ctx: ArticleContext): PredictedSpan[] {
  // Most tokens score far below the threshold: they need no exponential unless a span takes them in.
  // The margin below the threshold's logit is many orders above the sigmoid's rounding, so a token
  // left out is one whose probability is below the threshold.
  // Logits are read only where `scoreSentence` wrote them (tokens it left at -1): not zeroed.
  const logits = scratchF64.takeForWriting('logits', ctx.tokens.length);
  return decodeSpans(ctx, tokenProbabilities(model.si, ctx, true, { logits, floor: logitFloor(model.si.threshold) }), model.si, logits);
}

let floorThreshold = NaN;
let floorValue = -Infinity;

/** The logit below which a token is left out (`predictSpans`), for the last threshold asked: one model, one logarithm. */
function logitFloor(t: number): number {
  if (t !== floorThreshold) {
    floorThreshold = t;
    floorValue = t > 0 && t < 1 ? Math.log(t / (1 - t)) - 1e-6 : -Infinity;
  }
  return floorValue;
}

/** A ranked technique guess for one span. */
export interface TechniqueGuess {
  technique: string;
  probability: number;
}

/**
 * Ranks the techniques for each span. Spans listed more than once (the same offsets with several
 * techniques) are told so through a feature; the caller gives the k-th copy the k-th guess. With
 * `top`, only the first `top` guesses of each ranking are returned (the same as the full ranking's).
 */
export function classifySpans(model: FramingModel, ctx: ArticleContext, spans: ReadonlyArray<{ start: number; end: number }>, top = Infinity): TechniqueGuess[][] {
  if (spans.length === 0) return [];
  const lowerText = ctx.text.toLowerCase();
  const keys: string[] = [];
  const counts = spanTextCounts(ctx, spans, keys);
  const offsets = spans.map((s) => `${s.start}:${s.end}`);
  const copies = new Map<string, number>();
  for (const o of offsets) copies.set(o, (copies.get(o) ?? 0) + 1);
  const scorer = techniqueScorer(model.tc);
  return spans.map((s, k) => {
    scorer.begin();
    addTechniqueFeatures(ctx, lowerText, s.start, s.end, counts, copies.get(offsets[k]!)!, scorer, keys[k]!);
    const p = scorer.probabilities();
    if (top < p.length) return topGuesses(model.tc.labels, p, top);
    return model.tc.labels.map((technique, i) => ({ technique, probability: p[i]! })).sort((a, b) => b.probability - a.probability);
  });
}

/**
 * The `top` most probable labels, as the stable descending sort ranks them (on a tie, the earlier
 * label first), without building and sorting a guess per label: the stage reads two of fourteen.
 */
function topGuesses(labels: readonly string[], p: readonly number[], top: number): TechniqueGuess[] {
  const out: TechniqueGuess[] = [];
  const taken = new Uint8Array(p.length);
  for (let k = 0; k < top; k++) {
    let best = -1;
    for (let i = 0; i < p.length; i++) if (!taken[i] && (best < 0 || p[i]! > p[best]!)) best = i;
    taken[best] = 1;
    out.push({ technique: labels[best]!, probability: p[best]! });
  }
  return out;
}
