/**
 * The words of a stored quote as the person page shows them: a direct quote's content span carries
 * its own quotation marks and the comma or period that hands over to the cue ("“We will stay,”
 * she said"), so wrapping it again printed “"We will stay,"”. Each part of a split quote (parts are
 * joined with " … " by the store) loses its own marks and that trailing comma or period; the whole
 * is then put in one pair of curly quotes. The result is plain text: callers put it in the page as
 * text, never as markup. Every view that shows quoted words (person page, events timeline, compare,
 * an article's record panel) goes through `quotedWords`, so a quote reads the same everywhere.
 */

const PART_JOIN = ' … ';
/** Marks that open a quotation; a single quote only counts when a single quote also closes it. */
const OPEN_DOUBLE = /^["“„«]/;
const OPEN_SINGLE = /^['‘‚‹]/;
const CLOSE_DOUBLE = /["”»“]$/;
const CLOSE_SINGLE = /['’›]$/;
/** The punctuation that hands over to the cue; "?" and "!" belong to the words and stay. */
const HANDOVER = /[,;:]$/;
const TRAILING_HANDOVER = /[\s,;:]+$/;
const DOUBLE_MARK = /["“”„«»]/;
/** One final period, but not an ellipsis ("...") nor an initial or abbreviation ("U.S.", "Jr."). */
const FINAL_PERIOD = /(?<![.]|(?:^|[\s.])[A-Z]|\b(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Inc|Ltd|Co|etc))\.$/;

/** How many double quotation marks `s` holds: an odd count means one of them pairs with no other. */
function doubleMarks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (DOUBLE_MARK.test(s[i]!)) n++;
  return n;
}

/** One part of a quote without its enclosing marks and its handover comma or period. */
function barePart(part: string): string {
  let s = part.replace(/\s+/g, ' ').trim();
  // A closing mark is the quote's own only when the part opened with one or it is left unpaired:
  // the indirect 'it was a "special operation"' keeps its inner marks.
  const double = OPEN_DOUBLE.test(s) || doubleMarks(s) % 2 === 1;
  const single = OPEN_SINGLE.test(s) && CLOSE_SINGLE.test(s.replace(TRAILING_HANDOVER, ''));
  let closed = false;
  // Marks and handover punctuation interleave at the end ("words,”" or "words”,"): peel both.
  for (let changed = true; changed && s.length > 0;) {
    changed = false;
    if (!closed && ((double && CLOSE_DOUBLE.test(s)) || (single && CLOSE_SINGLE.test(s)))) { s = s.slice(0, -1).trimEnd(); closed = changed = true; }
    if (HANDOVER.test(s)) { s = s.slice(0, -1).trimEnd(); changed = true; }
  }
  if ((double && OPEN_DOUBLE.test(s)) || (single && OPEN_SINGLE.test(s))) s = s.slice(1).trimStart();
  if (FINAL_PERIOD.test(s)) s = s.slice(0, -1);
  return s;
}

/**
 * Curly double quotation marks inside the words become single ones, as nested quotations are set:
 * the outer pair is “…”, so 'that the evidence was “obvious to everyone.”' reads “that the evidence
 * was ‘obvious to everyone.’” rather than two curly pairs run together. Straight marks stay as
 * written (they read apart from the curly outer pair, and may be part of the text itself).
 */
function nestedMarks(words: string): string {
  return words.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * The quoted words, in one pair of curly quotes, without doubled marks or the trailing comma or period;
 * quotations inside them in single marks.
 * With `max`, words longer than that are cut at a word boundary and end in "…" inside the marks (cut
 * after cleaning, so a clipped quote keeps one pair of marks and no stray comma).
 */
export function quotedWords(content: string, max?: number): string {
  let words = nestedMarks(content.split(PART_JOIN).map(barePart).filter((p) => p.length > 0).join(PART_JOIN));
  if (max !== undefined && words.length > max) {
    const cut = words.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    words = `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/, '')}…`;
  }
  return `“${words}”`;
}
