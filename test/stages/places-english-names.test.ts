/**
 * Place names as English news writes them: cities GeoNames lists under a local name (Genève, Köln)
 * keep their English name as a main name, so a lone mention or a dateline reaches the famous city and
 * not a smaller namesake; possessives with any apostrophe are read off a name, real names kept whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon, type LexiconEntry } from '../../src/data/lexicon.js';
import { lookupToponym } from '../../src/stages/places/lookup-toponym.js';
import { resolveToponyms } from '../../src/stages/places/resolve-places.js';

interface CuratedPlace extends LexiconEntry { geonameId?: number }

/** The place a name resolves to when it is the document's only toponym. */
function alone(name: string): number | undefined {
  const lookup = lookupToponym(name);
  const [r] = resolveToponyms(name, [{ start: 0, end: name.length, key: lookup.key, matches: lookup.matches }]);
  return r?.place.geonameId;
}

test('every curated English city name is a main name of its place and wins alone', () => {
  const entries = loadLexicon<CuratedPlace>('places').entries.filter((e) => e.source === 'english-names');
  assert.ok(entries.length >= 10, `${entries.length} English names`);
  for (const e of entries) {
    for (const term of e.terms) {
      assert.ok(lookupToponym(term).matches.some((m) => m.main && m.place.geonameId === e.geonameId), `${term}: main name of ${e.geonameId} (rebuild the gazetteer?)`);
      assert.equal(alone(term), e.geonameId, `${term} alone`);
    }
  }
});

test('a famous name alone is the famous place; its qualifier still chooses the namesake', () => {
  assert.equal(alone('Geneva'), 2660646, 'Geneva, Switzerland');
  assert.equal(alone('Moscow'), 524901);
  assert.equal(alone('Paris'), 2988507);
  assert.equal(alone('Tripoli'), 2210247, 'Tripoli, Libya');
  assert.equal(alone('Odessa'), 698740, 'Odesa, Ukraine');
  const geneva = lookupToponym('Geneva');
  const illinois = lookupToponym('Illinois');
  const text = 'Geneva, Illinois';
  const [town] = resolveToponyms(text, [
    { start: 0, end: 6, key: geneva.key, matches: geneva.matches },
    { start: 8, end: 16, key: illinois.key, matches: illinois.matches },
  ]);
  assert.equal(town?.place.geonameId, 4893591, 'Geneva, Illinois');
});

test('possessives are read off with any apostrophe; names with one inside are kept', () => {
  for (const written of ["Ukraine's", 'Ukraine’s', 'Ukraine‘s', 'Ukraineʼs']) assert.equal(lookupToponym(written).key, 'ukraine', written);
  assert.equal(lookupToponym('Texas’').matches.some((m) => m.place.id === 'state:TX'), true);
  // A name of the gazetteer is looked up whole before any possessive is read off it.
  assert.equal(lookupToponym('St. John’s').key, "st john's");
  assert.equal(lookupToponym("Coeur d'Alene").key, "coeur d'alene");
});
