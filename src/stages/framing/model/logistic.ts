/**
 * Sparse multinomial logistic regression over string features, trained by AdaGrad with L2
 * regularisation (the technique classifier), and the training options and seeded shuffling shared with
 * the hashed binary model. Training maps features to indices through a vocabulary that keeps those
 * seen at least `minCount` times; a trained model maps each feature to its weights per label.
 */

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  minCount: number;
  /** Seed of the shuffling generator, so a training run is reproducible. */
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, learningRate: 0.2, l2: 1e-6, minCount: 2, seed: 1 };

/** A multinomial model: per label, a bias and weights per feature. */
export interface MultinomialModel {
  labels: string[];
  bias: number[];
  /** Feature → one weight per label (same order as `labels`). */
  weights: Record<string, number[]>;
}

/** Example for training: feature strings and the target. */
export interface Example<L> {
  features: readonly string[];
  label: L;
  /** Loss weight (default 1). */
  weight?: number;
}

/** A small deterministic generator (mulberry32) for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

function vocabulary(examples: ReadonlyArray<Example<unknown>>, minCount: number): { names: string[]; encoded: Int32Array[] } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const names: string[] = [];
  for (const [f, c] of counts) if (c >= minCount) { index.set(f, names.length); names.push(f); }
  const encoded = examples.map((e) => Int32Array.from(new Set(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))));
  return { names, encoded };
}

/** Trains a multinomial (softmax) logistic regression over `labels`. */
export function trainMultinomial(examples: ReadonlyArray<Example<string>>, labels: readonly string[], options: Partial<TrainOptions> = {}): MultinomialModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const { names, encoded } = vocabulary(examples, o.minCount);
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const w = new Float64Array(names.length * L);
  const g2 = new Float64Array(names.length * L).fill(1e-8);
  const bias = new Float64Array(L);
  const biasG2 = new Float64Array(L).fill(1e-8);
  const z = new Float64Array(L);
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = encoded[i]!;
      const target = labelIndex.get(examples[i]!.label);
      if (target === undefined) continue;
      for (let c = 0; c < L; c++) {
        let s = bias[c]!;
        for (let k = 0; k < x.length; k++) s += w[x[k]! * L + c]!;
        z[c] = s;
      }
      softmaxInPlace(z);
      const weight = examples[i]!.weight ?? 1;
      for (let c = 0; c < L; c++) {
        const grad = (z[c]! - (c === target ? 1 : 0)) * weight;
        for (let k = 0; k < x.length; k++) {
          const f = x[k]! * L + c;
          const g = grad + o.l2 * w[f]!;
          g2[f]! += g * g;
          w[f]! -= (o.learningRate * g) / Math.sqrt(g2[f]!);
        }
        biasG2[c]! += grad * grad;
        bias[c]! -= (o.learningRate * grad) / Math.sqrt(biasG2[c]!);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const row = Array.from(w.subarray(i * L, i * L + L), round);
    if (row.some((v) => Math.abs(v) >= 1e-3)) weights[name] = row;
  });
  return { labels: [...labels], bias: Array.from(bias, round), weights };
}

/** Turns scores into probabilities, in place. */
export function softmaxInPlace(z: Float64Array | number[]): void {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]!);
  let sum = 0;
  for (let c = 0; c < z.length; c++) { z[c] = Math.exp(z[c]! - max); sum += z[c]!; }
  for (let c = 0; c < z.length; c++) z[c] = z[c]! / sum;
}

/** Label probabilities for a set of features, in the order of `model.labels`. */
export function scoreMultinomial(model: MultinomialModel, features: Iterable<string>): number[] {
  const z = [...model.bias];
  const rows = rowsOf(model);
  for (const f of new Set(features)) {
    const row = rows.get(f);
    if (row) for (let c = 0; c < z.length; c++) z[c]! += row[c]!;
  }
  softmaxInPlace(z);
  return z;
}

const ROWS = new WeakMap<MultinomialModel, Map<string, number[]>>();

/** The weights as a Map, built once per model: faster than a 10^4-key object for lookups. */
function rowsOf(model: MultinomialModel): Map<string, number[]> {
  let rows = ROWS.get(model);
  if (!rows) ROWS.set(model, (rows = new Map(Object.entries(model.weights))));
  return rows;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
