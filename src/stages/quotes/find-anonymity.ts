/**
 * Anonymous sources: "a senior official who asked not to be named said ...", "two aides speaking on
 * condition of anonymity said ...", "an aide who requested anonymity because he was not authorized to
 * speak said ...". The clause is part of the source (it identifies who is talking, and how), and the
 * request for anonymity is not an attribution of its own ("asked" reports no content here).
 */
import type { QuoteScene } from './quote-scene.js';
import { ANONYMITY_WORDS, W_ANONYMITY, W_QUOTE_MARK, W_SENTENCE_END, bitsAt } from './word-classes.js';

/** Words that open an anonymity clause after the speaker's noun phrase ("who asked", "speaking on condition"). */
const ANONYMITY_CLAUSE_OPENERS = new Set(['who', 'that', 'speaking', 'requesting', 'asking', 'insisting', 'talking']);
const MAX_CLAUSE = 20;

/**
 * The first token of an anonymity clause that ends at token `end - 1` ("who asked not to be named"),
 * searching back no further than `limit`; -1 when the words before `end` are no such clause.
 */
export function anonymityClauseBefore(scene: QuoteScene, end: number, limit: number): number {
  const { tokens } = scene;
  let anonymity = false;
  for (let j = end - 1; j >= limit && end - j <= MAX_CLAUSE; j--) {
    const t = tokens[j]!;
    // The word's classes in one number (word-classes.ts `wordBits`): a sentence end or a quotation mark
    // (SENTENCE_END, OPENING_MARKS, CLOSING_MARKS) is one as written and lower-cased alike.
    const bits = bitsAt(tokens, j);
    // Comma-bracketed clauses are appositions: the parenthetical source walk handles them.
    if (t.text === ',' || t.text === ';' || bits & (W_SENTENCE_END | W_QUOTE_MARK)) return -1;
    // The words are lower-case in running text: compared as written (the bit only rules the others out).
    if (bits & W_ANONYMITY && ANONYMITY_WORDS.has(t.text)) anonymity = true;
    else if (anonymity && ANONYMITY_CLAUSE_OPENERS.has(t.text) && j > limit) return j;
  }
  return -1;
}

/** What a cue reports when it only asks for anonymity: "asked not to be named", "requested anonymity". */
const ANONYMITY_REQUEST = /(?:not to be (?:named|identified|quoted)|anonymity\b|to remain anonymous|on (?:the )?condition (?:of|that)|on background\b)/iy;

/** Whether the content starting at char `start` is a request for anonymity, not reported speech. */
export function isAnonymityRequest(scene: QuoteScene, start: number): boolean {
  // Sticky match at `start` on the whole text: no substring per draft.
  ANONYMITY_REQUEST.lastIndex = start;
  return ANONYMITY_REQUEST.test(scene.text);
}
