/**
 * The case of a stretch of text: ordinary (both cases), all lower case, or ALL CAPS. Lower-cased
 * corpora and wire copy in capitals give the sentence splitter no capital to look for.
 */

export const CASED = 0;
export const LOWER = 1;
export const UPPER = 2;

/** CASED when `text[start, end)` has letters of both cases (or none), else LOWER or UPPER. */
export function caseOf(text: string, start: number, end: number): number {
  let lower = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) {
      const ch = text.charAt(i);
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) {
        if (ch === lo) lower = true;
        else upper = true;
      }
    }
    if (lower && upper) return CASED; // ordinary text stops within the first two letters
  }
  return lower ? LOWER : upper ? UPPER : CASED;
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A word of one capital then lower case letters only ("Trump", "Check"; not "McCain", "NATO", "A"). */
export function isTitleCaseWord(word: string): boolean {
  // ASCII words (nearly all) are answered from their codes; a word with any other character takes the
  // pattern. An ASCII letter is \p{Lu} or \p{Ll} exactly when it is A-Z or a-z.
  const n = word.length;
  if (n < 2) return false; // the pattern needs two characters
  const first = word.charCodeAt(0);
  if (first >= 128) return TITLE_CASE_WORD.test(word);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return TITLE_CASE_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
