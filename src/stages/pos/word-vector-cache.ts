/**
 * Summed weights per word type, cached. Most features of a tagger read one word only (the word
 * itself, or a neighbour seen from the token being tagged); for a given word and case mode their
 * weights always add up to the same vector per relative position. Summing them once per word type
 * instead of once per token turns some twenty table lookups per token into a few vector additions,
 * and words recur (Zipf), so most tokens hit the cache. The cache is cleared when full.
 */
import type { WeightTable } from './weight-table.js';
import { U32Map } from './u32-map.js';

/** Writes the keys of the features word `j` of sentence `s` yields in `role`, from `out[0]`; returns their count. */
export type WordKeys<S> = (s: S, j: number, role: number, out: Uint32Array) => number;

export class WordVectorCache<S> {
  /** Vectors: slot s, role r, class c at (s * roles + r) * classes + c. */
  pool: Float32Array;
  private readonly maps = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  /** The same by word-type id (`SentenceWords.id`), per case mode: integer keys, no string hashing. */
  private readonly idMaps = [new U32Map(1024), new U32Map(1024), new U32Map(1024)];
  private used = 0;
  /** Floats per word type (roles × classes): a word type's slot is its offset / stride. */
  readonly stride: number;
  /** How many times the cache was emptied: slots (and what callers keep per slot) change meaning then. */
  clears = 0;

  /** Vectors of the sentence boundary (a word before the first or after the last), per case mode. */
  readonly edges: Float32Array;
  private readonly edgeDone = [false, false, false];
  private readonly poolEdgeDone = [false, false, false];

  constructor(
    readonly table: WeightTable,
    readonly roles: number,
    private readonly keys: WordKeys<S>,
    private readonly capacity = 16384,
  ) {
    this.stride = roles * table.classCount;
    // Three slots past `capacity` hold the boundary's vectors per case mode (see `edgeOffset`).
    this.pool = new Float32Array((capacity + 3) * this.stride);
    this.edges = new Float32Array(3 * this.stride);
  }

  /** Makes room for `n` new words, so offsets taken for one sentence stay valid through it. */
  reserve(n: number): void {
    if (this.used + n <= this.capacity) return;
    for (const m of this.maps) m.clear();
    for (const m of this.idMaps) m.clear();
    this.used = 0;
    this.clears++;
  }

  /** The pool offset of the vectors of word `j` of `s`, as written (`word`), in case `mode`. */
  offset(word: string, mode: number, s: S, j: number): number {
    const map = this.maps[mode]!;
    const hit = map.get(word);
    if (hit !== undefined) return hit;
    const at = this.used++ * this.stride;
    this.fill(this.pool, at, s, j);
    map.set(word, at);
    return at;
  }

  /** The pool offset of the vectors of word `j` of `s`, by its word-type id `id` (non-zero), in case `mode`. */
  offsetOf(id: number, mode: number, s: S, j: number): number {
    const map = this.idMaps[mode]!;
    const hit = map.get(id);
    if (hit >= 0) return hit;
    const at = this.used++ * this.stride;
    this.fill(this.pool, at, s, j);
    map.set(id, at);
    return at;
  }

  /**
   * The pool offset of the boundary's vectors in case `mode` (`s` only supplies the mode): with the
   * words' vectors in one array, a tagger sums a token's neighbours in one pass.
   */
  edgeOffset(mode: number, s: S): number {
    const at = (this.capacity + mode) * this.stride;
    if (!this.poolEdgeDone[mode]) {
      this.fill(this.pool, at, s, -3);
      this.poolEdgeDone[mode] = true;
    }
    return at;
  }

  /** The offset in `edges` of the boundary's vectors in case `mode` (`s` only supplies the mode). */
  edge(mode: number, s: S): number {
    if (!this.edgeDone[mode]) {
      this.fill(this.edges, mode * this.stride, s, -3);
      this.edgeDone[mode] = true;
    }
    return mode * this.stride;
  }

  private fill(pool: Float32Array, at: number, s: S, j: number): void {
    const C = this.table.classCount;
    pool.fill(0, at, at + this.stride);
    for (let r = 0; r < this.roles; r++) {
      if (j < 0 && r === 0) continue; // the boundary is never the token itself
      const n = this.keys(s, j, r, scratch);
      for (let f = 0; f < n; f++) this.table.addAt(scratch[f]!, pool, at + r * C);
    }
  }
}

const scratch = new Uint32Array(64);

/**
 * Dense copies of the weight rows of features with few distinct keys (tag pairs, shape patterns,
 * capitalisation in context, gazetteer lists): a small map that stays in cache, instead of probing
 * the large table. Cleared when full.
 */
export class RowCache {
  /** Feature key → offset of its dense row in `pool`, or ABSENT. */
  private readonly index = new U32Map(4096);
  private pool: Float32Array;
  private used = 0;

  constructor(
    readonly table: WeightTable,
    private readonly capacity = 32768,
  ) {
    this.pool = new Float32Array(1024 * table.classCount);
  }

  /** Adds the weights of feature `key` to `scores[at + class]`. */
  addAt(key: number, scores: Float32Array, at: number): void {
    let row = this.index.get(key);
    if (row === -1) row = this.load(key);
    if (row === ABSENT) return;
    const pool = this.pool;
    const C = this.table.classCount;
    for (let c = 0; c < C; c++) scores[at + c]! += pool[row + c]!;
  }

  private load(key: number): number {
    const C = this.table.classCount;
    if (this.index.size >= this.capacity) {
      this.index.clear();
      this.used = 0;
    }
    if (this.table.find(key) < 0) {
      this.index.set(key, ABSENT);
      return ABSENT;
    }
    if ((this.used + 1) * C > this.pool.length) {
      const grown = new Float32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    const row = this.used++ * C;
    this.pool.fill(0, row, row + C);
    this.table.addAt(key, this.pool, row);
    this.index.set(key, row);
    return row;
  }
}

const ABSENT = 0x3fffffff;
