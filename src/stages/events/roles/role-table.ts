/**
 * The role model's weights laid out for the tagger's lookups (pos/weight-table.ts holds the same
 * numbers). Between documents the other stages push the model out of the processor's caches, so a
 * lookup costs a trip to memory per cache line it touches. There a row is found by its slot and then
 * read from a separate array: two lines. Here a slot of 16 bytes holds the key and the row's first
 * two (weight, class) pairs, which is all of most rows (the model keeps two classes per feature on
 * average), so most lookups touch one line. Weights stay the quantised integers, so the scores are
 * the same numbers in any order of addition.
 */
import { gunzipSync } from 'node:zlib';

import { buildKeyFilter, FILTER_MULTIPLIER } from '../../pos/key-filter.js';

/** The rows of a model file (pos/model-file.ts layout): keys, pair counts, and the pairs in order. */
export interface ModelRows {
  keys: Uint32Array;
  counts: Uint8Array;
  classes: Uint8Array;
  values: Int16Array;
}

/** Reads the rows of a gzipped model file written by pos/model-file.ts `encodeModel`. */
export function readModelRows(file: Uint8Array): ModelRows {
  const buf = gunzipSync(file);
  if (buf.toString('latin1', 0, 4) !== 'NLM1') throw new Error(`expected a model file starting with NLM1, found ${JSON.stringify(buf.toString('latin1', 0, 4))}`);
  const jsonLength = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as { features: number; entries: number };
  const keysAt = Math.ceil((8 + jsonLength) / 4) * 4;
  const countsAt = keysAt + header.features * 4;
  const classesAt = countsAt + header.features;
  const valuesAt = Math.ceil((classesAt + header.entries) / 2) * 2;
  const copy = (from: number, to: number): ArrayBuffer => buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + to);
  return {
    keys: new Uint32Array(copy(keysAt, countsAt)),
    counts: new Uint8Array(copy(countsAt, classesAt)),
    classes: new Uint8Array(copy(classesAt, classesAt + header.entries)),
    values: new Int16Array(copy(valuesAt, valuesAt + header.entries * 2)),
  };
}

export class RoleTable {
  /** Per slot: key (0 = empty), first pair, second pair, start of the rest in `extra` << 8 | pair count. */
  private readonly slots: Int32Array;
  /** Pairs past a row's second: quantised weight << 8 | class. */
  private readonly extra: Int32Array;
  private readonly mask: number;
  /** One bit per hash of each key: most absent features are turned away here, as in WeightTable. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor({ keys, counts, classes, values }: ModelRows) {
    let size = 16;
    while (size < keys.length * 1.5) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size * 4);
    let extraLength = 0;
    for (let r = 0; r < keys.length; r++) extraLength += Math.max(0, counts[r]! - 2);
    const extra = new Int32Array(extraLength);
    let at = 0;
    let extraAt = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      const count = counts[r]!;
      let s = key & mask;
      while (slots[s * 4] !== 0) s = (s + 1) & mask;
      slots[s * 4] = key;
      for (let p = 0; p < count; p++, at++) {
        const pair = (values[at]! << 8) | classes[at]!;
        if (p < 2) slots[s * 4 + 1 + p] = pair;
        else extra[extraAt + p - 2] = pair;
      }
      slots[s * 4 + 3] = (extraAt << 8) | count;
      extraAt += Math.max(0, count - 2);
    }
    this.slots = slots;
    this.extra = extra;
    this.mask = mask;
    const { filter, shift } = buildKeyFilter(keys);
    this.filter = filter;
    this.filterShift = shift;
  }

  /** Adds the feature's weights to `scores` (one entry per class). */
  add(key: number, scores: Float32Array): void {
    const k = key | 0;
    const h = Math.imul(k, FILTER_MULTIPLIER);
    if ((this.filter[h >>> this.filterShift]! & (1 << (h & 31))) === 0) return;
    const slots = this.slots;
    let s = k & this.mask;
    for (;;) {
      const found = slots[s * 4]!;
      if (found === k) break;
      if (found === 0) return;
      s = (s + 1) & this.mask;
    }
    const rest = slots[s * 4 + 3]!;
    const count = rest & 255;
    if (count === 0) return;
    const a = slots[s * 4 + 1]!;
    scores[a & 255]! += a >> 8;
    if (count === 1) return;
    const b = slots[s * 4 + 2]!;
    scores[b & 255]! += b >> 8;
    const extra = this.extra;
    for (let e = rest >>> 8, end = e + count - 2; e < end; e++) {
      const v = extra[e]!;
      scores[v & 255]! += v >> 8;
    }
  }
}
