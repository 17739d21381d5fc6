/**
 * Binary logistic regression over hashed feature slots (feature-hash.ts), trained by AdaGrad with L2.
 * An example is its sentence's slots (shared by reference among the sentence's tokens) plus its own.
 * Stored sparse (slot, weight; model-file.ts) and expanded into a dense table of 16-bit integers
 * when loaded (`QuantisedBinaryModel`).
 */
import { HASH_BITS } from './feature-hash.js';
import { seededRandom, type TrainOptions, DEFAULT_TRAIN_OPTIONS } from './logistic.js';

export interface HashedExample {
  shared: Int32Array;
  own: Int32Array;
  label: 0 | 1;
}

/** A trained model: bias and the dense weight table. */
export interface HashedBinaryModel {
  bias: number;
  weights: Float32Array;
}

/** Trains on hashed examples. */
export function trainHashedBinary(examples: readonly HashedExample[], options: Partial<TrainOptions> = {}): HashedBinaryModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const size = 1 << HASH_BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  const update = (x: Int32Array, grad: number): void => {
    for (let k = 0; k < x.length; k++) {
      const f = x[k]!;
      const g = grad + o.l2 * w[f]!;
      g2[f]! += g * g;
      w[f]! -= (o.learningRate * g) / Math.sqrt(g2[f]!);
    }
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const e = examples[i]!;
      let z = bias;
      for (let k = 0; k < e.shared.length; k++) z += w[e.shared[k]!]!;
      for (let k = 0; k < e.own.length; k++) z += w[e.own[k]!]!;
      const grad = 1 / (1 + Math.exp(-z)) - e.label;
      update(e.shared, grad);
      update(e.own, grad);
      biasG2 += grad * grad;
      bias -= (o.learningRate * grad) / Math.sqrt(biasG2);
    }
  }
  return { bias, weights: Float32Array.from(w) };
}

/**
 * A trained model as scored at run time: the weights as 16-bit integers, `values[slot] / scale` being
 * the weight to within `0.5 / scale` (the largest weight takes 32767). Half the bytes of the Float32
 * table (2 instead of 4 MB), so more of it stays in the processor's caches between articles (the
 * other stages evict it); a token's weights sum exactly (integers) before the one scaling.
 */
export interface QuantisedBinaryModel {
  bias: number;
  values: Int16Array;
  scale: number;
}

/** The scale that maps the largest of `weights` (by magnitude) to 32767 (1 when all are 0). */
export function quantisationScale(weights: ArrayLike<number>): number {
  let top = 0;
  for (let i = 0; i < weights.length; i++) top = Math.max(top, Math.abs(weights[i]!));
  return top > 0 ? 32767 / top : 1;
}

/** The quantised form of a trained model. */
export function quantise(model: HashedBinaryModel): QuantisedBinaryModel {
  const w = model.weights;
  const scale = quantisationScale(w);
  const values = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) values[i] = Math.round(w[i]! * scale);
  return { bias: model.bias, values, scale };
}
