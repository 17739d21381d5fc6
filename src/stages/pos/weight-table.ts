/**
 * The weights of a linear model over hashed features, as the taggers use them at run time: an
 * open-addressing table from feature key to a sparse row of (class, weight) pairs. Pruned models keep
 * only a few classes per feature, so sparse rows load faster and score faster than dense ones.
 *
 * Scoring is bound by memory latency (between articles the other stages push the tables out of the
 * processor's caches), so a lookup should touch one cache line: a slot of 16 bytes holds the key with
 * the row's first three pairs, which is all of most rows (the models keep fewer than three classes per
 * feature on average); a longer row keeps its first two there and the rest in a separate array. A pair
 * is packed in a 32-bit integer (quantised weight << 8 | class). Weights stay in quantised units: every
 * score of a model shares the one scale, so argmax and Viterbi need no multiplication. Lookup
 * allocates nothing.
 */

import { buildKeyFilter, FILTER_MULTIPLIER } from './key-filter.js';

/** The class byte of a slot's third pair that says the row goes on in `extra`. */
const MORE = 255;

export class WeightTable {
  readonly classCount: number;
  /** Multiply a score by this to get the trained model's units. */
  readonly scale: number;
  /**
   * Per slot: key (0 marks an empty slot), then three pairs. A row of fewer pairs leaves the rest 0,
   * which adds 0 to class 0 (an exact no-op); a row of more has (start in `extra` << 8 | MORE) third.
   */
  private readonly slots: Int32Array;
  /** Rows past their second pair: the number of pairs left, then the pairs. */
  private readonly extra: Int32Array;
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
    if (classCount >= MORE) throw new Error(`a weight table holds at most ${MORE - 1} classes, not ${classCount}`);
    this.classCount = classCount;
    this.scale = scale;
    // Locals, not fields, in these once-per-load loops: they run before the JIT has warmed up.
    let size = 16;
    while (size < keys.length * 1.5) size *= 2; // load at most 2/3: probes stay short
    const mask = size - 1;
    const slots = new Int32Array(size * 4);
    let extraLength = 0;
    for (let r = 0; r < keys.length; r++) if (counts[r]! > 3) extraLength += counts[r]! - 1;
    const extra = new Int32Array(extraLength);
    let at = 0;
    let extraAt = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      const count = counts[r]!;
      let s = key & mask;
      while (slots[s * 4] !== 0) s = (s + 1) & mask;
      slots[s * 4] = key;
      if (count <= 3) {
        for (let p = 0; p < count; p++, at++) slots[s * 4 + 1 + p] = (values[at]! << 8) | classes[at]!;
      } else {
        slots[s * 4 + 3] = (extraAt << 8) | MORE;
        extra[extraAt++] = count - 2;
        for (let p = 0; p < count; p++, at++) {
          const pair = (values[at]! << 8) | classes[at]!;
          if (p < 2) slots[s * 4 + 1 + p] = pair;
          else extra[extraAt++] = pair;
        }
      }
    }
    this.mask = mask;
    this.slots = slots;
    this.extra = extra;
    const { filter, shift } = buildKeyFilter(keys);
    this.filter = filter;
    this.filterShift = shift;
    if (at !== values.length) throw new Error(`expected ${at} weights, found ${values.length}`);
  }

  /** The row of a feature (the index of its slot's first pair), or -1 when the model never kept it. */
  find(key: number): number {
    const k = key | 0;
    const h = Math.imul(k, FILTER_MULTIPLIER);
    if ((this.filter[h >>> this.filterShift]! & (1 << (h & 31))) === 0) return -1;
    const slots = this.slots;
    let s = k & this.mask;
    for (;;) {
      const found = slots[s * 4]!;
      if (found === k) return s * 4 + 1;
      if (found === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * `rows[k] = find(keys[k])` for every `k < n`, in passes: first every key's filter bit, then a read
   * of the home slot of each key that passed, then the probes. In `find` the processor must guess the
   * branch on each filter bit before the bit comes from memory, and a wrong guess (the bit is as good as
   * random) throws away the work started past it, the next keys' loads with it, so a sentence's probes
   * of a cold filter waited for memory one after another (the filter test was the pos tagger's most
   * costly line: .70% of all ticks, the example articles, cpu profile lines). Here no load waits for
   * a branch on another load, so they are in flight together, and the probes then find their lines in
   * cache. The same rows as `find`, in the same order.
   */
  findAll(keys: Uint32Array, n: number, rows: Int32Array): void {
    const filter = this.filter;
    const shift = this.filterShift;
    for (let k = 0; k < n; k++) {
      const h = Math.imul(keys[k]! | 0, FILTER_MULTIPLIER);
      rows[k] = filter[h >>> shift]! & (1 << (h & 31));
    }
    const slots = this.slots;
    const mask = this.mask;
    let read = 0;
    for (let k = 0; k < n; k++) if (rows[k] !== 0) read |= slots[(keys[k]! & mask) * 4]!;
    this.homeSlotsRead = read; // kept, so the reads above are not dropped as unused
    for (let k = 0; k < n; k++) {
      if (rows[k] === 0) {
        rows[k] = -1;
        continue;
      }
      const key = keys[k]! | 0;
      let s = key & mask;
      for (;;) {
        const found = slots[s * 4]!;
        if (found === key) { rows[k] = s * 4 + 1; break; }
        if (found === 0) { rows[k] = -1; break; }
        s = (s + 1) & mask;
      }
    }
  }

  /** The home slots' keys `findAll` read, or-ed (see there). */
  private homeSlotsRead = 0;

  /** Adds the feature's weights to `scores[offset + class]`. */
  addAt(key: number, scores: Float32Array, offset: number): void {
    const row = this.find(key);
    if (row >= 0) this.addRow(row, scores, offset);
  }

  /**
   * Adds the weights of a row found by `find` (not -1) to `scores[offset + class]`. Taggers find the
   * rows of a whole sentence first, in one tight loop whose probes the processor can overlap, then
   * add them: most of a probe's cost is waiting for memory.
   */
  addRow(row: number, scores: Float32Array, offset: number): void {
    const slots = this.slots;
    let v = slots[row]!;
    scores[offset + (v & 255)]! += v >> 8;
    v = slots[row + 1]!;
    scores[offset + (v & 255)]! += v >> 8;
    v = slots[row + 2]!;
    if ((v & 255) !== MORE) {
      scores[offset + (v & 255)]! += v >> 8;
      return;
    }
    const extra = this.extra;
    const start = (v >>> 8) + 1;
    for (let e = start, end = start + extra[v >>> 8]!; e < end; e++) {
      v = extra[e]!;
      scores[offset + (v & 255)]! += v >> 8;
    }
  }

  /**
   * Writes the packed pairs a row found by `find` adds (in `addRow`'s order, with its zero pairs) to
   * `out` from `at`; returns their count. Lets a caller keep a copy of rows it reads again and again.
   */
  copyRow(row: number, out: Int32Array, at: number): number {
    const slots = this.slots;
    out[at] = slots[row]!;
    out[at + 1] = slots[row + 1]!;
    const v = slots[row + 2]!;
    if ((v & 255) !== MORE) {
      out[at + 2] = v;
      return 3;
    }
    const extra = this.extra;
    const start = (v >>> 8) + 1;
    const count = extra[v >>> 8]!;
    for (let e = 0; e < count; e++) out[at + 2 + e] = extra[start + e]!;
    return 2 + count;
  }

  /** Adds the feature's weights to `scores` (one entry per class). */
  add(key: number, scores: Float32Array): void {
    this.addAt(key, scores, 0);
  }

  /** The weight of one feature for one class, in quantised units (0 when absent). */
  weight(key: number, cls: number): number {
    const row = this.find(key);
    if (row < 0) return 0;
    const scores = new Float32Array(this.classCount);
    this.addRow(row, scores, 0);
    return scores[cls]!;
  }
}
