/**
 * Hashed features for the span model: a feature is a template id mixed with one or two value hashes,
 * folded into a fixed table. Value hashes (of words, tags, cues) are computed once per token, so
 * scoring a token allocates no strings: each feature is a few integer multiplications and one array
 * read. String hashing is the taggers' FNV-1a (pos/hash.ts), re-exported here.
 */
export { hashString, hashRange } from '../../pos/hash.js';

/** Size of the weight table: 2^20 slots; collisions among the ~10^5 live features are rare. */
export const HASH_BITS = 20;
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** Mixes a template id with one value hash into a table slot. */
export function slot(template: number, a: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 13;
  return h & HASH_MASK;
}

/** Mixes a template id with two value hashes (word pairs, tag pairs). */
export function slot2(template: number, a: number, b: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return h & HASH_MASK;
}

/**
 * A reusable list of slots in a typed array: scoring fills and reads one per token without the
 * garbage (and the shrinking on `length = 0`) of a JavaScript array.
 */
export class SlotList {
  data = new Int32Array(64);
  length = 0;

  push(slot: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = slot;
  }

  /** The sum of `weights` at the listed slots, added to `z` in list order. */
  sum(weights: Float32Array, z: number): number {
    const data = this.data;
    for (let k = 0; k < this.length; k++) z += weights[data[k]!]!;
    return z;
  }

  /** A copy of the listed slots (training examples keep them). */
  copy(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
