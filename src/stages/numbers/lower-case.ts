/**
 * Lower-casing for lexicon lookups, shared by the numbers, dates and framing stages. Most words have
 * no capital: for those the word itself comes back, so there is no call into the runtime, no new
 * string, and a hash the runtime already computed for the word (another stage may have used it as a
 * key) is kept.
 */

/** `text.toLowerCase()`, or `text` itself when it has no character that lower-casing could change. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && (c <= 90 || c >= 128)) return text.toLowerCase();
  }
  return text;
}
