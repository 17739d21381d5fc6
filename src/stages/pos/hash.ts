/**
 * Feature hashing for the perceptron models: a feature is a 32-bit number mixed from a template id and
 * the hashes of the strings it reads, so extracting features builds no strings. (Vowpal Wabbit's
 * hashing trick.) Collisions among the few hundred thousand features kept are rare and harmless.
 */

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over `s.slice(from, to)`, without building the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id with one or two values into a non-zero feature key (murmur3 finaliser). */
export function mix(template: number, a: number, b = 0): number {
  return mix32(template, a, b) >>> 0;
}

/**
 * `mix` as a signed 32-bit integer (the same bits). For keys that go straight into typed arrays or
 * integer maps: a function that is not inlined returns a key of 2^31 or more as a heap-allocated
 * number, a signed one as a small integer, so hot feature code makes no garbage.
 */
export function mix32(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ Math.imul(b, 0x27d4eb2f);
  h ^= h >>> 13;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
