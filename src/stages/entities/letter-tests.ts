/**
 * Letter tests the entity rules ask of every token of a name or a sentence, answered from character
 * codes for ASCII and with the Unicode pattern otherwise. Most texts hold a curly quote or a dash, so
 * V8 stores them (and every token sliced from them) as two-byte strings, and a \p{..} pattern on a
 * two-byte string calls into C++ for each character it classifies (.3% of all ticks under the entity
 * rules). An ASCII letter is \p{Lu} exactly when it is A-Z, \p{Ll} exactly when it is a-z, and an ASCII
 * \p{N} is a digit 0-9.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * Dashes, quotation marks, bullets and the ellipsis (U+2010 to U+2027): punctuation, no letter or
 * digit. They are the tokens of their own that hold a character above ASCII most often.
 */
function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2010 && c <= 0x2027;
}

/** `/[\p{L}\p{N}]/u.test(text)`: the text holds a letter or a digit. */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (isGeneralPunctuation(c)) continue;
      return LETTER_OR_DIGIT.test(text);
    }
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/** `/\p{Lu}/u.test(text)`: the text holds an upper-case letter. */
export function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return UPPER.test(text);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** `/\p{Ll}/u.test(text)`: the text holds a lower-case letter. */
export function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LOWER.test(text);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** `/^\p{Lu}/u.test(text)`: the text starts with an upper-case letter. */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0); // NaN for '': false below
  if (c >= 128) return STARTS_UPPER.test(text);
  return c >= 65 && c <= 90;
}

/** `/^\p{Lu}\p{Ll}/u.test(text)`: an upper-case letter, then a lower-case one ("Mr", "Sanders"; not "US"). */
export function startsUpperThenLower(text: string): boolean {
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  if (c >= 128 || d >= 128) return STARTS_UPPER_LOWER.test(text);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/**
 * Every character of the text is ASCII: a pattern's twin without \p{..} classes (A-Z for \p{Lu}, a-z
 * for \p{Ll}, both for \p{L}) then gives the same answer without the calls into C++.
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_WORD_ASCII = /^[A-Z][A-Za-z'.-]*$/;

/** `/^\p{Lu}[\p{L}'’.-]*$/u.test(text)`: a capital, then letters, apostrophes, dots and hyphens ("O'Neill", "U.S."). */
export function isCapitalisedWord(text: string): boolean {
  return (isAscii(text) ? NAME_WORD_ASCII : NAME_WORD).test(text);
}
