/**
 * Scores the technique classifier without building feature strings. A feature comes as its parts
 * (tc-features.ts); the scorer hashes them as one string, with the taggers' FNV-1a (pos/hash.ts) and a
 * second, independent 32-bit hash, and finds the model's row by the first and checks it by the second,
 * so a feature the model lacks is taken for one it has only when both hashes collide (about 1 in 2^64).
 * Each feature counts once per span, as in `scoreMultinomial`, and rows are added in the order the
 * features come, so the probabilities are the same numbers.
 */
import { U32Map } from '../../pos/u32-map.js';
import { hashString } from './feature-hash.js';
import { softmaxInPlace, type MultinomialModel } from './logistic.js';
import type { FeatureSink } from './tc-features.js';

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const CHECK_SEED = 0x3c6ef372;

/** The check hash: a multiply-xorshift over UTF-16 code units, unrelated to FNV-1a. */
function checkHash(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  return h;
}

export class TechniqueScorer implements FeatureSink {
  private readonly labels: number;
  private readonly bias: Float64Array;
  /**
   * Row r's weight for label c at r * labels + c. Single precision when every weight is exactly a
   * float32 (a model read from its file): half the memory to fetch per row, the same sums.
   */
  private readonly weights: Float64Array | Float32Array;
  /** FNV-1a of a feature name → its row. */
  private readonly index: U32Map;
  private readonly fnvOf: Int32Array;
  private readonly checkOf: Int32Array;
  /** Rows whose FNV-1a is 0 or shared with an earlier row, by check hash (rare). */
  private readonly overflow = new Map<number, number>();
  /** The span each row was last added for: a feature counts once per span. */
  private readonly addedFor: Int32Array;
  private span = 0;
  private readonly z: Float64Array;
  private h1 = 0;
  private h2 = 0;

  constructor(model: MultinomialModel) {
    const names = Object.keys(model.weights);
    const L = (this.labels = model.labels.length);
    this.bias = Float64Array.from(model.bias);
    this.z = new Float64Array(L);
    const single = names.every((name) => model.weights[name]!.every((v) => Math.fround(v) === v));
    this.weights = single ? new Float32Array(names.length * L) : new Float64Array(names.length * L);
    this.index = new U32Map(names.length);
    this.fnvOf = new Int32Array(names.length);
    this.checkOf = new Int32Array(names.length);
    this.addedFor = new Int32Array(names.length);
    names.forEach((name, row) => {
      this.weights.set(model.weights[name]!, row * L);
      const h1 = hashString(name) | 0;
      const h2 = checkHash(name, CHECK_SEED);
      this.fnvOf[row] = h1;
      this.checkOf[row] = h2;
      if (h1 !== 0 && this.index.get(h1) < 0) this.index.set(h1, row);
      else if (!this.overflow.has(h2)) this.overflow.set(h2, row);
    });
  }

  /** Starts a span: clears the scores to the biases. */
  begin(): void {
    this.z.set(this.bias);
    this.span++;
  }

  add(a: string, b?: string, c?: string, d?: string): void {
    this.h1 = FNV_BASIS;
    this.h2 = CHECK_SEED;
    this.feed(a);
    if (b !== undefined) this.feed(b);
    if (c !== undefined) this.feed(c);
    if (d !== undefined) this.feed(d);
    const row = this.find(this.h1, this.h2);
    if (row < 0 || this.addedFor[row] === this.span) return;
    this.addedFor[row] = this.span;
    const L = this.labels;
    const z = this.z;
    const w = this.weights;
    for (let k = 0, at = row * L; k < L; k++, at++) z[k]! += w[at]!;
  }

  /** Label probabilities of the span, in the order of the model's labels. */
  probabilities(): number[] {
    const p = Array.from(this.z);
    softmaxInPlace(p);
    return p;
  }

  private feed(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, FNV_PRIME);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  private find(h1: number, h2: number): number {
    if (h1 !== 0) {
      const row = this.index.get(h1);
      if (row >= 0 && this.checkOf[row] === h2) return row;
    }
    if (this.overflow.size === 0) return -1;
    const row = this.overflow.get(h2);
    return row !== undefined && this.fnvOf[row] === h1 ? row : -1;
  }
}

const scorers = new WeakMap<MultinomialModel, TechniqueScorer>();

/** The scorer of a model, built once per model. */
export function techniqueScorer(model: MultinomialModel): TechniqueScorer {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new TechniqueScorer(model)));
  return scorer;
}
