/**
 * The weights of a linear model over hashed features, as the taggers use them at run time: an
 * open-addressing table from feature key to a sparse row of (class, weight) pairs. Pruned models keep
 * only a few classes per feature, so sparse rows load faster and score faster than dense ones.
 *
 * Scoring is bound by memory latency, so the layout keeps each lookup to two cache lines: a slot
 * holds the key beside its row's start and length, and a row's pairs are packed one per 32-bit
 * integer (quantised weight << 8 | class). Weights stay in quantised units: every score of a model
 * shares the one scale, so argmax and Viterbi need no multiplication. Lookup allocates nothing.
 */

import { buildKeyFilter, FILTER_MULTIPLIER } from './key-filter.js';

export class WeightTable {
  readonly classCount: number;
  /** Multiply a score by this to get the trained model's units. */
  readonly scale: number;
  /** Pairs [key, start << 8 | count] in open addressing; key 0 marks an empty slot. */
  private readonly slots: Int32Array;
  /** Packed pairs: quantised weight << 8 | class. */
  private readonly entries: Int32Array;
  private readonly mask: number;
  /**
   * One bit per hash of each key (8 to 16 bits per key): most features probed at run time (word
   * pairs) were never kept, and this small array, unlike the slots, stays in cache, so such a probe
   * usually costs no trip to memory. No false negatives; a false positive just probes the slots.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  /** `keys[r]` (non-zero, distinct) has `counts[r]` pairs, stored in order in `classes` and `values`. */
  constructor(classCount: number, scale: number, keys: Uint32Array, counts: Uint8Array, classes: Uint8Array, values: Int16Array) {
    this.classCount = classCount;
    this.scale = scale;
    // Locals, not fields, in these once-per-load loops: they run before the JIT has warmed up.
    const entries = new Int32Array(values.length);
    for (let e = 0; e < entries.length; e++) entries[e] = (values[e]! << 8) | classes[e]!;
    this.entries = entries;
    let size = 16;
    while (size < keys.length * 1.5) size *= 2; // load at most 2/3: probes stay short, the table small
    const mask = size - 1;
    const slots = new Int32Array(size * 2);
    let start = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      let s = key & mask;
      while (slots[s * 2] !== 0) s = (s + 1) & mask;
      slots[s * 2] = key;
      slots[s * 2 + 1] = (start << 8) | counts[r]!;
      start += counts[r]!;
    }
    this.mask = mask;
    this.slots = slots;
    const { filter, shift } = buildKeyFilter(keys);
    this.filter = filter;
    this.filterShift = shift;
    if (start !== values.length) throw new Error(`expected ${start} weights, found ${values.length}`);
  }

  /** The packed row of a feature (start << 8 | count), or -1 when the model never kept it. */
  find(key: number): number {
    const k = key | 0;
    const h = Math.imul(k, FILTER_MULTIPLIER);
    if ((this.filter[h >>> this.filterShift]! & (1 << (h & 31))) === 0) return -1;
    let s = k & this.mask;
    for (;;) {
      const found = this.slots[s * 2]!;
      if (found === k) return this.slots[s * 2 + 1]!;
      if (found === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the feature's weights to `scores[offset + class]`. */
  addAt(key: number, scores: Float32Array, offset: number): void {
    const row = this.find(key);
    if (row < 0) return;
    const entries = this.entries;
    const end = (row >>> 8) + (row & 255);
    for (let e = row >>> 8; e < end; e++) {
      const v = entries[e]!;
      scores[offset + (v & 255)]! += v >> 8;
    }
  }

  /**
   * Adds the weights of a row found by `find` (not -1) to `scores[offset + class]`. Taggers find the
   * rows of a whole sentence first, in one tight loop whose probes the processor can overlap, then
   * add them: most of a probe's cost is waiting for memory.
   */
  addRow(row: number, scores: Float32Array, offset: number): void {
    const entries = this.entries;
    const end = (row >>> 8) + (row & 255);
    for (let e = row >>> 8; e < end; e++) {
      const v = entries[e]!;
      scores[offset + (v & 255)]! += v >> 8;
    }
  }

  /** Adds the feature's weights to `scores` (one entry per class). */
  add(key: number, scores: Float32Array): void {
    this.addAt(key, scores, 0);
  }

  /** The weight of one feature for one class, in quantised units (0 when absent). */
  weight(key: number, cls: number): number {
    const row = this.find(key);
    if (row < 0) return 0;
    const end = (row >>> 8) + (row & 255);
    for (let e = row >>> 8; e < end; e++) if ((this.entries[e]! & 255) === cls) return this.entries[e]! >> 8;
    return 0;
  }
}
