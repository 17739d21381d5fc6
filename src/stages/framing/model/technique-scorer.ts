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
import { WORD_TEMPLATES, type FeatureSink } from './tc-features.js';
import type { ArticleContext } from './article-context.js';

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
   * Open addressing over the FNV-1a of the feature names: slot s holds the key at `2s` (0: empty) and
   * its row at `2s + 1`. The scorer runs cold (other stages evict it between articles) and most
   * features of a span are in the model, so the row beside its key saves each of them a cache miss
   * (a table of keys alone, with the rows apart, took two).
   */
  private readonly keys: Int32Array;
  private readonly mask: number;
  /**
   * Per row, what a hit needs beside the key, together: [check hash, span the row was last added
   * for] at `row * infoStride`, and the row's weight for label c at `row * weightStride + weightOffset + c`.
   * With single-precision weights (a model read from its file: every weight is exactly a float32)
   * both are views of one buffer, a row's check, mark and 14 weights in 64 bytes; otherwise the
   * weights are doubles apart.
   */
  private readonly info: Int32Array;
  private readonly infoStride: number;
  private readonly weights: Float64Array | Float32Array;
  private readonly weightStride: number;
  private readonly weightOffset: number;
  private readonly fnvOf: Int32Array;
  /** Rows whose FNV-1a is 0 or shared with an earlier row, by check hash (rare). */
  private readonly overflow = new Map<number, number>();
  /** The span each overflow row was last added for: a feature counts once per span. */
  private readonly addedFor: Int32Array;
  private span = 0;
  private readonly z: Float64Array;
  /** Per template of two-part features, the reference (`refOf`) of each value met. */
  private readonly pairRefs = new Map<string, Map<string, number>>();
  /**
   * Per template of `WORD_TEMPLATES`, the reference (`refOf`) + 2 of the feature of each word type, by
   * its row in the table of word types (0: not looked up), for the table's generation `wordGeneration`.
   * The features of a span's words came through `pairRefs`, a string-keyed map probe per word (0.23% of
   * all ticks, the examples article by article, mostly waiting for memory): this is one array read.
   */
  private readonly wordRefs: Int32Array[] = WORD_TEMPLATES.map(() => new Int32Array(1024));
  private wordGeneration = -1;

  constructor(model: MultinomialModel) {
    const names = Object.keys(model.weights);
    const L = (this.labels = model.labels.length);
    this.bias = Float64Array.from(model.bias);
    this.z = new Float64Array(L);
    const single = names.every((name) => model.weights[name]!.every((v) => Math.fround(v) === v));
    if (single) {
      // Rows of a whole number of 64-byte lines: check, mark, then the weights.
      const stride = Math.ceil((L + 2) / 16) * 16;
      const buffer = new ArrayBuffer(names.length * stride * 4);
      this.info = new Int32Array(buffer);
      this.weights = new Float32Array(buffer);
      this.infoStride = this.weightStride = stride;
      this.weightOffset = 2;
    } else {
      this.info = new Int32Array(names.length * 2);
      this.infoStride = 2;
      this.weights = new Float64Array(names.length * L);
      this.weightStride = L;
      this.weightOffset = 0;
    }
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(2 * size);
    this.fnvOf = new Int32Array(names.length);
    this.addedFor = new Int32Array(names.length);
    names.forEach((name, row) => {
      this.weights.set(model.weights[name]!, row * this.weightStride + this.weightOffset);
      const h1 = hashString(name) | 0;
      const h2 = checkHash(name, CHECK_SEED);
      this.fnvOf[row] = h1;
      this.info[row * this.infoStride] = h2;
      if (h1 !== 0 && this.slotOf(h1) < 0) {
        let s = h1 & this.mask;
        while (this.keys[2 * s] !== 0) s = (s + 1) & this.mask;
        this.keys[2 * s] = h1;
        this.keys[2 * s + 1] = row;
      } else if (!this.overflow.has(h2)) this.overflow.set(h2, row);
    });
  }

  /** The slot holding FNV-1a `h1` (non-zero), or -1. */
  private slotOf(h1: number): number {
    const keys = this.keys;
    for (let s = h1 & this.mask; ; s = (s + 1) & this.mask) {
      const found = keys[2 * s]!;
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
    let ref: number;
    if (b !== undefined && c === undefined) {
      // A template and one value ("w=", a word): the same features recur in span after span, so
      // their rows are kept by value, and a hit hashes nothing.
      let refs = this.pairRefs.get(a);
      if (refs === undefined) this.pairRefs.set(a, (refs = new Map<string, number>()));
      const known = refs.get(b);
      if (known !== undefined) ref = known;
      else {
        ref = this.refOf(a, b);
        if (refs.size >= MAX_PAIR_REFS) refs.clear();
        refs.set(b, ref);
      }
    } else ref = this.refOf(a, b, c, d);
    this.addRef(ref);
  }

  addWord(template: number, ctx: ArticleContext, i: number): void {
    if (ctx.typeGeneration !== this.wordGeneration) {
      for (const refs of this.wordRefs) refs.fill(0);
      this.wordGeneration = ctx.typeGeneration;
    }
    const row = ctx.typeRow[i]!;
    let refs = this.wordRefs[template]!;
    if (row >= refs.length) {
      const grown = new Int32Array(Math.max(2 * refs.length, row + 1));
      grown.set(refs);
      this.wordRefs[template] = refs = grown;
    }
    let ref = refs[row]! - 2;
    if (ref === -2) {
      ref = this.refOf(WORD_TEMPLATES[template]!, ctx.words[i]!);
      refs[row] = ref + 2;
    }
    this.addRef(ref);
  }

  /** Adds the row of reference `ref` (`refOf`; -1: none) to the scores, once per span. */
  private addRef(ref: number): void {
    if (ref < 0) return;
    const row = ref >> 1;
    if ((ref & 1) === 0) {
      const at = row * this.infoStride + 1;
      if (this.info[at] === this.span) return;
      this.info[at] = this.span;
    } else {
      if (this.addedFor[row] === this.span) return;
      this.addedFor[row] = this.span;
    }
    const L = this.labels;
    const z = this.z;
    const w = this.weights;
    for (let k = 0, at = row * this.weightStride + this.weightOffset; k < L; k++, at++) z[k]! += w[at]!;
  }

  /**
   * The row of a feature given as parts, as a reference: row * 2 when its slot holds it (marked per
   * span beside its check), row * 2 + 1 when the overflow does (marked in `addedFor`), -1 when absent.
   */
  private refOf(a: string, b?: string, c?: string, d?: string): number {
    // Both hashes in locals, part after part (as over the joined string): kept in fields between
    // parts, they were stored as boxed numbers (most int32 values are no small integers), a heap
    // number per character.
    let h1 = FNV_BASIS;
    let h2 = CHECK_SEED;
    for (let part = 0; part < 4; part++) {
      const s = part === 0 ? a : part === 1 ? b : part === 2 ? c : d;
      if (s === undefined) continue;
      for (let i = 0; i < s.length; i++) {
        const ch = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, FNV_PRIME);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
        h2 ^= h2 >>> 13;
      }
    }
    if (h1 !== 0) {
      const s = this.slotOf(h1);
      if (s >= 0) {
        const r = this.keys[2 * s + 1]!;
        if (this.info[r * this.infoStride] === h2) return r * 2;
      }
    }
    const row = this.overflowRow(h1, h2);
    return row < 0 ? -1 : row * 2 + 1;
  }

  /** Label probabilities of the span, in the order of the model's labels. */
  probabilities(): number[] {
    // A copy by loop: Array.from walks the typed array through its iterator.
    const z = this.z;
    const p = new Array<number>(z.length);
    for (let k = 0; k < z.length; k++) p[k] = z[k]!;
    softmaxInPlace(p);
    return p;
  }

  /** The row of a feature the slots do not hold: FNV-1a 0 or shared with another feature (rare). */
  private overflowRow(h1: number, h2: number): number {
    if (this.overflow.size === 0) return -1;
    const row = this.overflow.get(h2);
    return row !== undefined && this.fnvOf[row] === h1 ? row : -1;
  }
}

/** Values kept per template before its map is emptied. */
const MAX_PAIR_REFS = 1 << 16;

const scorers = new WeakMap<MultinomialModel, TechniqueScorer>();

/** The scorer of a model, built once per model. */
export function techniqueScorer(model: MultinomialModel): TechniqueScorer {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new TechniqueScorer(model)));
  return scorer;
}
