/** A capital standing for its government ("Moscow insists") told from the city ("in Kyiv and Moscow"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernmentUse } from '../../src/stages/places/mark-government-use.js';
import type { Document } from '../../src/model/document.js';
import type { GazetteerPlace } from '../../src/stages/places/gazetteer.js';

const capital = { featureType: 'P.PPLC' } as GazetteerPlace;

/** Whether the last "Moscow" of `text` is read as the government. */
function moscowGoverns(text: string): boolean {
  const start = text.lastIndexOf('Moscow');
  return isGovernmentUse({ text } as Document, start, start + 'Moscow'.length, capital);
}

test('the second of two capitals after a locative is the city', () => {
  assert.equal(moscowGoverns('Officials in Kyiv and Moscow said the talks would resume.'), false);
});

test('two capitals joined by "and" before what they do are governments', () => {
  assert.equal(moscowGoverns('Kyiv and Moscow give different tolls.'), true);
});

test('a lower-case word after a locative is no first capital of a pair', () => {
  // Under the `iu` flags \p{Lu} matched "talks", so Moscow was read as a place in the talks.
  assert.equal(moscowGoverns('The delegations met in talks and Moscow insists the deal holds.'), true);
});
