/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 cuts a substring of 13 or more
 * characters as a view into its parent (a "sliced string"), so a long word cut from an article keeps the
 * whole article alive for as long as the word is kept: as the key of a per-process cache (word facts in
 * the taggers, the cue model, the role lexicon), one unseen long word per article would pin every
 * article until the cache is cleared. Shorter strings are copied by V8 already.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
