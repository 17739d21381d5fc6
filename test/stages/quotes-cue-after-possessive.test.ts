/**
 * A verb form that is also a noun ("claims", "reports") is no cue after a possessive mark, however the
 * mark is spelled ("'s", "’s", a plural's bare apostrophe "'" or "’"): possessive-marks.ts says what one
 * is. Without part-of-speech tags find-cues decides by the word before; with them the tag decides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { findCues } from '../../src/stages/quotes/find-cues.js';

const cueWords = (text: string): string[] => {
  const tokens = tokenize(text);
  return findCues(tokens, 0, tokens.length).map((c) => tokens[c.head]!.text);
};

test('untagged: a noun-like verb form after a possessive is no cue', () => {
  for (const mark of ["'s", '’s']) assert.deepEqual(cueWords(`The minister${mark} claims were rejected.`), ['rejected']);
  for (const mark of ["'", '’']) assert.deepEqual(cueWords(`The nurses${mark} claims were rejected.`), ['rejected']);
});

test('untagged: the same form after a subject is a cue', () => {
  assert.deepEqual(cueWords('He claims the vote was rigged.'), ['claims']);
});
