/**
 * The cue model's string hash (FNV-1a, signed 32-bit), shared by the tag and word facts and the
 * feature templates: the trained weights are keyed by it, so it must not change.
 */

/** FNV-1a over a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** `hashString(s.slice(start))` without the slice. */
export function hashFrom(s: string, start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
