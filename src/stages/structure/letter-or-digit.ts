const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `/[\p{L}\p{N}]/u.test(text)`, without the regex for ASCII: the per-word-type tables of dates and
 * framing ask it of every new word type.
 */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(text);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}
