/**
 * The tokens that mark a possessive, as the tokenizer splits them off a word: the clitic "'s" ("Sunday's
 * attack", "Russia's ministry"), with a straight or a curly apostrophe, and, after a plural, the bare
 * apostrophe ("the nurses' union", "Davis' commentary"). A bare apostrophe is as often a closing single
 * quotation mark, so a rule takes it only where its context rules a quotation out.
 */

/** "'s" or "’s". */
export function isPossessiveS(word: string): boolean {
  return word === "'s" || word === '’s';
}

/** "'s", "’s", or a bare apostrophe ("'", "’"), which may also close a quotation. */
export function isPossessiveMark(word: string): boolean {
  return isPossessiveS(word) || word === "'" || word === '’';
}
