/**
 * Hashed features for the span model: a feature is a template id mixed with one or two value hashes
 * (the taggers' `mix` and FNV-1a string hashing, pos/hash.ts), folded into a fixed table. Value hashes
 * (of words, tags, cues) are computed once per token, so scoring a token allocates no strings.
 *
 * Scoring is bound by memory latency (the table is 2 MB of 16-bit weights, hashed-logistic.ts, and the
 * other stages' models push it out of cache between articles), so features that are read together sit together: the five roles a word
 * plays for the tokens around it (itself, previous, next, two before, two after) and its sentence
 * feature share one 32-byte block keyed by the word, and the two features of a word pair (as the
 * pair ending at a token, and as the pair starting at it) share a block keyed by the pair. A token
 * then touches about three cache lines instead of ten.
 */
import { mix } from '../../pos/hash.js';

export { hashString, hashRange } from '../../pos/hash.js';

/** Size of the weight table: 2^20 slots; collisions among the ~10^5 live features are rare. */
export const HASH_BITS = 20;
export const HASH_MASK = (1 << HASH_BITS) - 1;
/** How slots are laid out; a model file records it, and one of another layout must be retrained. */
export const SLOT_LAYOUT = 2;

const WORD_BLOCK = 0x5752; // template ids of the blocks, apart from the per-feature templates
const PAIR_BLOCK = 0x5052;

/** Mixes a template id with one value hash into a table slot. */
export function slot(template: number, a: number): number {
  return mix(template, a) & HASH_MASK;
}

/** First slot of a word's block of 8 (roles: see si-features.ts). */
export function wordBlock(word: number): number {
  return (mix(WORD_BLOCK, word) & HASH_MASK) & ~7;
}

/** First slot of a word pair's block of 2 (the pair ending at a token, the pair starting at it). */
export function pairBlock(first: number, second: number): number {
  return (mix(PAIR_BLOCK, first, second) & HASH_MASK) & ~1;
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
  sum(weights: Int16Array, z: number): number {
    const data = this.data;
    for (let k = 0; k < this.length; k++) z += weights[data[k]!]!;
    return z;
  }

  /** A copy of the listed slots (training examples keep them). */
  copy(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
