/**
 * Scores the technique classifier without building feature strings. A feature comes as its parts
 * (tc-features.ts); the scorer hashes them as one string, with the taggers' FNV-1a (pos/hash.ts) and a
 * second, independent 32-bit hash, and finds the model's row by the first and checks it by the second,
 * so a feature the model lacks is taken for one it has only when both hashes collide (about 1 in 2^64).
 * Each feature counts once per span, as in `scoreMultinomial`, and rows are added in the order the
 * features come, so the probabilities are the same numbers.
 */
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
  /**
   * FNV-1a of a feature name → its row, in open addressing with what a lookup needs beside the key:
   * slot s holds [FNV-1a, row, check hash, span the row was last added for] at 4s, so a feature costs
   * one cache line before its weights (the scorer runs cold: other stages evict it between articles).
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly fnvOf: Int32Array;
  /** Rows whose FNV-1a is 0 or shared with an earlier row, by check hash (rare). */
  private readonly overflow = new Map<number, number>();
  /** The span each overflow row was last added for: a feature counts once per span. */
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
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    this.fnvOf = new Int32Array(names.length);
    this.addedFor = new Int32Array(names.length);
    names.forEach((name, row) => {
      this.weights.set(model.weights[name]!, row * L);
      const h1 = hashString(name) | 0;
      const h2 = checkHash(name, CHECK_SEED);
      this.fnvOf[row] = h1;
      if (h1 !== 0 && this.slotOf(h1) < 0) {
        let s = h1 & this.mask;
        while (this.slots[s * 4] !== 0) s = (s + 1) & this.mask;
        this.slots[s * 4] = h1;
        this.slots[s * 4 + 1] = row;
        this.slots[s * 4 + 2] = h2;
      } else if (!this.overflow.has(h2)) this.overflow.set(h2, row);
    });
  }

  /** The slot holding FNV-1a `h1` (non-zero), or -1. */
  private slotOf(h1: number): number {
    const slots = this.slots;
    for (let s = h1 & this.mask; ; s = (s + 1) & this.mask) {
      const found = slots[s * 4]!;
      if (found === h1) return s;
      if (found === 0) return -1;
    }
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
    const h1 = this.h1;
    const h2 = this.h2;
    let row = -1;
    if (h1 !== 0) {
      const s = this.slotOf(h1);
      if (s >= 0 && this.slots[s * 4 + 2] === h2) {
        if (this.slots[s * 4 + 3] === this.span) return;
        this.slots[s * 4 + 3] = this.span;
        row = this.slots[s * 4 + 1]!;
      }
    }
    if (row < 0) {
      row = this.overflowRow(h1, h2);
      if (row < 0 || this.addedFor[row] === this.span) return;
      this.addedFor[row] = this.span;
    }
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

  /** The row of a feature the slots do not hold: FNV-1a 0 or shared with another feature (rare). */
  private overflowRow(h1: number, h2: number): number {
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
