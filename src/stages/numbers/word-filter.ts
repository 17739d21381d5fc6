/**
 * A bitset over the hashes of a lexicon's words, for the lookups that most tokens miss. A miss in a
 * large `Map` of strings costs a few trips to memory (bucket, entry, the stored key), and between
 * documents the other stages' models push those out of cache; this array is small enough to stay in
 * cache, so most tokens are turned away without touching the map. No false negatives: a word the
 * filter passes is then looked up as before, so results are the same.
 */

/** Hashes the UTF-16 code units of `word` (FNV-1a). */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class WordFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** A filter passing every one of `words`; about 16 bits per word keep false positives near 1 in 16. */
  constructor(words: Iterable<string>) {
    const list = [...words];
    let size = 1024;
    while (size < list.length * 16) size *= 2;
    this.bits = new Int32Array(size / 32);
    this.mask = size - 1;
    for (const word of list) {
      const h = hashWord(word) & this.mask;
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False when `word` is certainly none of the words; true when it may be one. */
  has(word: string): boolean {
    const h = hashWord(word) & this.mask;
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
