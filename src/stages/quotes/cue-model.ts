/**
 * The cue model: an averaged perceptron that marks the tokens of attribution cues, trained on PolNeAR
 * by scripts/train-quotes-cues.ts (weights in src/data/models/quotes-cues.bin.gz: pairs of feature
 * index and weight). It catches the long tail of cues no lexicon lists ("is raising questions about",
 * "encouraging"), and tells a reporting verb from the same word used otherwise ("the report").
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '../../data/paths.js';
import { FEATURE_BITS, PREVIOUS_SLOTS, cueFeatures, featureBuffer, prepareFeatures, previousFeatures, type CueFeatureContext } from './cue-features.js';
import { frozenChainScores, orderFree, tagsFit } from './cue-scorer.js';

/** The weight table, indexed by hashed feature. */
export type CueModel = Float32Array;

export const CUE_MODEL_FILE = dataFile('models', 'quotes-cues.bin.gz');
/**
 * `NEWSLENS_QUOTES_CUE_MODEL` points the stage at other weights: a model trained without the held-out
 * train articles (scripts/train-quotes-cues.ts --holdout 6 --out ...), to tune rules on them honestly.
 */
const MODEL_PATH = process.env['NEWSLENS_QUOTES_CUE_MODEL'] ?? CUE_MODEL_FILE;
let model: CueModel | undefined;

/**
 * The trained model, loaded once. A missing weights file is an error, not a silent fallback to the
 * lexicon cues: without the model the stage loses about a tenth of cue F1 without a word said (a
 * mistyped NEWSLENS_QUOTES_CUE_MODEL did exactly that).
 */
export function cueModel(): CueModel {
  if (model) return model;
  if (!existsSync(MODEL_PATH)) {
    throw new Error(`quotes: the cue model ${MODEL_PATH} is missing${process.env['NEWSLENS_QUOTES_CUE_MODEL'] ? ' (set by NEWSLENS_QUOTES_CUE_MODEL)' : ''}; retrain it with scripts/train-quotes-cues.ts or point NEWSLENS_QUOTES_CUE_MODEL at a model.`);
  }
  model = decodeWeights(gunzipSync(readFileSync(MODEL_PATH)));
  return model;
}

/** Serialises the nonzero weights: a count, then (uint32 index, float32 weight) pairs. */
export function encodeWeights(weights: Float32Array): Buffer {
  const nonzero: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) nonzero.push(i);
  const buffer = Buffer.alloc(4 + nonzero.length * 8);
  buffer.writeUInt32LE(nonzero.length, 0);
  nonzero.forEach((index, k) => {
    buffer.writeUInt32LE(index, 4 + k * 8);
    buffer.writeFloatLE(weights[index]!, 8 + k * 8);
  });
  return buffer;
}

function decodeWeights(buffer: Buffer): Float32Array {
  const weights = new Float32Array(1 << FEATURE_BITS);
  const count = buffer.readUInt32LE(0);
  for (let k = 0; k < count; k++) weights[buffer.readUInt32LE(4 + k * 8)] = buffer.readFloatLE(8 + k * 8);
  return weights;
}

const buffer = featureBuffer();
/** A token the model never scores: inside a quotation, a tag of NEVER_CUE_TAGS, bare punctuation (SKIP_PUNCTUATION; both in cue-features.ts). */
export function skippedToken(ctx: CueFeatureContext, i: number): boolean {
  prepareFeatures(ctx);
  return ctx.skipped![i] === 1;
}

/**
 * Each token's score as a cue after a token that is not one (`after0`) and after a cue token
 * (`after1`), from one pass of its features; NaN for a token the model never scores (skippedToken).
 */
export function chainScores(m: ArrayLike<number>, ctx: CueFeatureContext, from: number, to: number, after0: Float64Array, after1: Float64Array): void {
  prepareFeatures(ctx);
  const skipped = ctx.skipped!;
  const [slot0, slot1] = PREVIOUS_SLOTS;
  for (let i = from; i < to; i++) {
    if (skipped[i]) {
      after0[i - from] = after1[i - from] = NaN;
      continue;
    }
    const n = cueFeatures(ctx, i, from, to, 0, buffer);
    let score = 0;
    for (let k = 0; k < n; k++) score += m[buffer[k]!]!;
    const [p0, p1] = previousFeatures(ctx, i, 1);
    after0[i - from] = score;
    after1[i - from] = score - m[buffer[slot0]!]! - m[buffer[slot1]!]! + m[p0]! + m[p1]!;
  }
}

/**
 * The best labelling of a sentence's tokens (1 cue, 0 not) under the chain model: a token labelled 1
 * scores `after0`/`after1` by its predecessor's label, a token labelled 0 scores 0, a NaN token is 0.
 * Written into `out`; used by the training script (structured perceptron).
 */
export function bestPath(after0: Float64Array, after1: Float64Array, n: number, out: Uint8Array): void {
  const back = new Uint8Array(n * 2);
  let a0 = 0, a1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const next0 = Math.max(a0, a1);
    back[i * 2] = a0 >= a1 ? 0 : 1;
    let next1 = -Infinity;
    if (!Number.isNaN(after0[i]!)) {
      const x = a0 + after0[i]!, y = a1 + after1[i]!;
      next1 = x >= y ? x : y;
      back[i * 2 + 1] = x >= y ? 0 : 1;
    }
    a0 = next0;
    a1 = next1;
  }
  let y = a1 > a0 ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * 2 + y]!;
  }
}

let after0 = new Float64Array(128), after1 = new Float64Array(128), forward0 = new Float64Array(128), forward1 = new Float64Array(128), stageScores = new Float64Array(128);

/**
 * Scores for tokens `[from, to)`: for each token, the best labelling of the whole sentence with the
 * token a cue minus the best with it not one (max-marginals of a two-state chain, by Viterbi forwards
 * and backwards), -10 for a skipped token. The model is trained for this decoder (a structured
 * perceptron, scripts/train-quotes-cues.ts): a token's score weighs the words before and after it as
 * cue or not, where the greedy left-to-right decisions before it only saw the ones before. The stage's
 * thresholds (find-model-cues.ts) stay as chosen for the greedy scores: held-out train, cue overlap F1
 * with accept above 0 0.802, -2 0.801, -4 (extend above -8) 0.801.
 */
export function scoreCueTokens(m: CueModel, ctx: CueFeatureContext, from: number, to: number): Float64Array {
  workingRows(to - from);
  chainScores(m, ctx, from, to, after0, after1);
  return maxMarginals(to - from, new Float64Array(to - from));
}

/**
 * `scoreCueTokens(cueModel(), ctx, from, to)`, the stage's scores: the same numbers, from sums and weights
 * kept per word type, tag and pair of neighbours (cue-scorer.ts), which the loaded model allows since its
 * weights never change, where its sums are exact (the committed model's are; another falls back). The
 * scores are in a working row (at least `to - from` long), valid until the next call: a new array per
 * sentence took memory of its own outside the heap (see `workingRows`).
 */
export function stageCueScores(ctx: CueFeatureContext, from: number, to: number): Float64Array {
  workingRows(to - from);
  const m = cueModel();
  if (orderFree(m) && tagsFit()) frozenChainScores(m, ctx, from, to, after0, after1);
  else chainScores(m, ctx, from, to, after0, after1);
  return maxMarginals(to - from, stageScores);
}

/**
 * The working rows are kept from sentence to sentence, longer than a sentence may need (each is written
 * up to `n` before it is read): only the returned scores are a new array.
 */
function workingRows(n: number): void {
  if (after0.length < n) {
    const size = Math.max(n, after0.length * 2);
    after0 = new Float64Array(size);
    after1 = new Float64Array(size);
    forward0 = new Float64Array(size);
    forward1 = new Float64Array(size);
    stageScores = new Float64Array(size);
  }
}

/** The max-marginal scores of the `n` tokens whose chain scores are in `after0`/`after1` (see `scoreCueTokens`), written into `scores`. */
function maxMarginals(n: number, scores: Float64Array): Float64Array {
  // forward[y]: best prefix ending at the token with label y; backward[y]: best suffix after it given y.
  let a0 = 0, a1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const next0 = Math.max(a0, a1);
    const next1 = Number.isNaN(after0[i]!) ? -Infinity : Math.max(a0 + after0[i]!, a1 + after1[i]!);
    forward0[i] = a0 = next0;
    forward1[i] = a1 = next1;
  }
  let b0 = 0, b1 = 0;
  for (let i = n - 1; i >= 0; i--) {
    scores[i] = Number.isNaN(after0[i]!) ? -10 : forward1[i]! + b1 - (forward0[i]! + b0);
    const skip = Number.isNaN(after0[i]!);
    const previous0 = Math.max(b0, skip ? -Infinity : after0[i]! + b1);
    const previous1 = Math.max(b0, skip ? -Infinity : after1[i]! + b1);
    b0 = previous0;
    b1 = previous1;
  }
  return scores;
}
