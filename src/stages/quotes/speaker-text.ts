/**
 * The speaker fallback's clean-up of a source's text (resolve-speakers.ts), with the same results as its
 * regular expressions but without running them on text that has nothing to replace, which is nearly
 * all of it (the three replacements were 2.6% of the stage's time, cpu profile of the examples).
 */

const SPACES = /\s+/g;
const SPACE = /\s/;
/** White space, commas, semicolons, colons and dashes at the end of a source's text, and one such character. */
const TRAILING_PUNCTUATION = /[\s,;:—–-]+$/u;
const TRAILING_MARK = /[\s,;:—–-]/u;

/** `s.replace(/\s+/g, ' ')`: every run of white space one space. */
export function collapseSpaces(s: string): string {
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return s.replace(SPACES, ' ');
      space = true;
    } else if ((c < 32 || c > 126) && SPACE.test(s[i]!)) return s.replace(SPACES, ' ');
    else space = false;
  }
  return s;
}

/** `s.replace(/[\s,;:—–-]+$/u, '')`: white space, commas, colons and dashes off the end. */
export function trimTrailingMarks(s: string): string {
  return s.length > 0 && TRAILING_MARK.test(s[s.length - 1]!) ? s.replace(TRAILING_PUNCTUATION, '') : s;
}

/**
 * `s.replace(/^(?:the|a|an)\s+/i, replace)`, matched by hand: a replacement by a function sends the
 * regular expression down the engine's slow path, and most sources open with an article.
 */
export function replaceLeadingArticle(s: string, replace: (match: string) => string): string {
  let k: number;
  if ((s.charCodeAt(0) | 32) === 116 && (s.charCodeAt(1) | 32) === 104 && (s.charCodeAt(2) | 32) === 101) k = 3;
  else if ((s.charCodeAt(0) | 32) === 97) k = isSpaceAt(s, 1) ? 1 : (s.charCodeAt(1) | 32) === 110 ? 2 : 0;
  else k = 0;
  if (k === 0 || !isSpaceAt(s, k)) return s;
  while (isSpaceAt(s, k)) k++;
  return replace(s.slice(0, k)) + s.slice(k);
}

/** Whether `s[i]` is white space as `\s` reads it. */
function isSpaceAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 126 && SPACE.test(s[i]!));
}
