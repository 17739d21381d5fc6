/**
 * Title-case lines: "Clinton Breaks With Obama On 9/11 Lawsuit Bill", "Old Hands Help Russia Navigate
 * U.S. Media", and lines in capitals ("GARLAND STEPS ASIDE"). In such a line every word has a capital,
 * so a capital says nothing about a name, and the taggers, which learned that it does, run names into
 * the words around them. A paragraph is marked (`titleCase: true`) when it has at least four
 * capitalised words of four letters or more and no word in lower case but the articles, conjunctions
 * and prepositions that title case leaves in lower case ("Calls for Inquiry after Report Reveals",
 * "Sees 'Personal Insult' if Blacks Don't Rally"). The whole paragraph counts, not a sentence: a body
 * sentence dense with names ("Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez")
 * sits in a paragraph with lower-case words elsewhere, and a sentence of names and small words
 * ("Stacey Plaskett of the Virgin Islands.") is cut off a longer one by the sentence splitter, not by a
 * line break. A paragraph of names joined by a lower-case verb ("Mayor Lena Ortiz met Port Director
 * Samuel Okoro") is a sentence: "met" would have a capital in a title.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Paragraph, Token } from '../../model/layers/structure.js';

/** Capitalised words of at least this many letters count towards the line's title case. */
const MIN_LETTERS = 4;
/** A line with fewer such words is too short to tell ("By Jane Doe", "Related Coverage"). */
const MIN_WORDS = 4;
/**
 * Words a title may leave in lower case (the `title-case-lower-words` lexicon): articles, coordinating
 * conjunctions, "if", prepositions (Chicago Manual of Style 8.159 lowers every preposition; AP
 * capitalises words of four letters or more, so the longer ones may go either way), and "n't".
 */
let lowerInTitles: Set<string> | undefined;

/** Sets `titleCase: true` (in place) on the paragraphs written in title case or in capitals. */
export function markTitleCaseLines(paragraphs: Paragraph[], tokens: readonly Token[]): void {
  lowerInTitles ??= new Set(loadLexicon('title-case-lower-words').entries.flatMap((e) => e.terms));
  const lower = lowerInTitles;
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    let words = 0;
    let title = true;
    for (let k = t; k < tokens.length && tokens[k]!.start < paragraph.end && title; k++) {
      const text = tokens[k]!.text;
      // Not a word: punctuation, a number, or a letter stuck to the word before ("U.N.'s" as "U.N." "'" "s").
      if (!startsWithLetter(text) || (text.length === 1 && !tokens[k]!.spaceBefore)) continue;
      const letterCase = caseOfFirstLetter(text);
      if (letterCase === CAPITAL) {
        if (text.length >= MIN_LETTERS) words++;
      } else if (letterCase === CASELESS || !lower.has(text)) title = false; // a lower-case word
    }
    if (title && words >= MIN_WORDS) paragraph.titleCase = true;
  }
}

const CAPITAL = 0;
const SMALL = 1;
/** A letter without case (CJK, Arabic...): it is no capital, and a title could not leave it in lower case. */
const CASELESS = 2;

/**
 * The case of the first character of `text`, which is a letter. ASCII letters are told by their code:
 * `toLowerCase`/`toUpperCase` on a character went into the runtime for every word (through ICU for the
 * two-byte strings of texts with curly quotes).
 */
function caseOfFirstLetter(text: string): number {
  const code = text.charCodeAt(0);
  if (code < 128) return code <= 90 ? CAPITAL : SMALL;
  const c = text.charAt(0);
  if (c !== c.toLowerCase()) return CAPITAL;
  return c === c.toUpperCase() ? CASELESS : SMALL;
}

/** The token starts with a letter (not "9/11", "'s", "—"). */
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122); // ASCII: the test below, without two strings
  // Curly quotes, dashes and the other marks of the General Punctuation block (no letter among them):
  // the test below went through ICU twice for each.
  if (code >= 0x2000 && code <= 0x206f) return false;
  const c = text.charAt(0);
  return c.toLowerCase() !== c.toUpperCase() || /^\p{L}/u.test(c);
}
