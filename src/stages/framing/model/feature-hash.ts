/**
 * Hashed features for the span model: a feature is a template id mixed with one or two value hashes,
 * folded into a fixed table. Value hashes (of words, tags, cues) are computed once per token, so
 * scoring a token allocates no strings: each feature is a few integer multiplications and one array
 * read.
 */

/** Size of the weight table: 2^20 slots; collisions among the ~10^5 live features are rare. */
export const HASH_BITS = 20;
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
