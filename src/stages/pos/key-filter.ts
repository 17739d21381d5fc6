/**
 * A one-bit-per-key filter in front of a hashed weight table (8 to 16 bits per key): most features
 * probed at run time were never kept, and this small array, unlike the table, stays in cache, so such
 * a probe usually costs no trip to memory. No false negatives; a false positive just probes the table.
 * Callers test a key inline on the hot path: `h = Math.imul(key | 0, FILTER_MULTIPLIER)`, then bit
 * `h & 31` of `filter[h >>> shift]`.
 */
export const FILTER_MULTIPLIER = 0x9e3779b1 | 0;

export interface KeyFilter {
  filter: Int32Array;
  shift: number;
}

/** The filter of `keys`. */
export function buildKeyFilter(keys: Uint32Array): KeyFilter {
  let words = 32;
  while (words * 32 < keys.length * 8) words *= 2;
  const shift = 32 - Math.log2(words);
  const filter = new Int32Array(words);
  for (let r = 0; r < keys.length; r++) {
    const h = Math.imul(keys[r]! | 0, FILTER_MULTIPLIER);
    filter[h >>> shift]! |= 1 << (h & 31);
  }
  return { filter, shift };
}
