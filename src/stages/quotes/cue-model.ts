/**
 * The cue model: an averaged perceptron that marks the tokens of attribution cues, trained on PolNeAR
 * by scripts/train-quotes-cues.ts (weights in src/data/models/quotes-cues.bin.gz: pairs of feature
 * index and weight). It catches the long tail of cues no lexicon lists ("is raising questions about",
 * "encouraging"), and tells a reporting verb from the same word used otherwise ("the report").
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '../../data/paths.js';
import { FEATURE_BITS, cueFeatures, featureBuffer, prepareFeatures, type CueFeatureContext } from './cue-features.js';

/** The weight table, indexed by hashed feature. */
export type CueModel = Float32Array;

export const CUE_MODEL_FILE = dataFile('models', 'quotes-cues.bin.gz');
/**
 * `NEWSLENS_QUOTES_CUE_MODEL` points the stage at other weights: a model trained without the held-out
 * train articles (scripts/train-quotes-cues.ts --holdout 6 --out ...), to tune rules on them honestly.
 */
const MODEL_PATH = process.env['NEWSLENS_QUOTES_CUE_MODEL'] ?? CUE_MODEL_FILE;
let model: CueModel | null | undefined;

/** The trained model, loaded once; `null` when the weights file is absent. */
export function cueModel(): CueModel | null {
  if (model !== undefined) return model;
  if (!existsSync(MODEL_PATH)) return (model = null);
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

/** Scores for tokens `[from, to)` (greedy left to right, each decision feeding the next). */
export function scoreCueTokens(m: CueModel, ctx: CueFeatureContext, from: number, to: number): Float64Array {
  const scores = new Float64Array(to - from);
  prepareFeatures(ctx);
  const skipped = ctx.skipped!;
  let previous = 0;
  for (let i = from; i < to; i++) {
    // Tokens inside a quotation, of a NEVER_CUE_TAGS tag or bare punctuation are never cues the stage keeps.
    if (skipped[i]) {
      scores[i - from] = -10;
      previous = 0;
      continue;
    }
    const n = cueFeatures(ctx, i, from, to, previous, buffer);
    let score = 0;
    for (let k = 0; k < n; k++) score += m[buffer[k]!]!;
    scores[i - from] = score;
    previous = score > 0 ? 1 : 0;
  }
  return scores;
}
