/** The places stage: gazetteer lookups, context resolution, government use, sites, speed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { getGazetteer, gazetteerLoadMs, placeOfSite } from '../../src/stages/places/index.js';
import { lookupToponym } from '../../src/stages/places/lookup-toponym.js';
import { nameKey } from '../../src/stages/places/normalize-name.js';
import { resolveToponyms } from '../../src/stages/places/resolve-places.js';
import { keepAlternateName } from '../../src/stages/places/filter-names.js';

test('name keys fold case, diacritics, periods and saint/mount/fort', () => {
  assert.equal(nameKey('St. Louis'), nameKey('Saint Louis'));
  assert.equal(nameKey('Mt. Vernon'), nameKey('Mount Vernon'));
  assert.equal(nameKey('Kyiv'), 'kyiv');
  assert.equal(nameKey('Zaporizhzhia'), nameKey('ZAPORIZHZHIA'));
  assert.equal(nameKey('Bogotá'), 'bogota');
  assert.notEqual(nameKey('Paris'), nameKey('Parish'));
});

test('noisy GeoNames alternate names are dropped', () => {
  assert.equal(keepAlternateName('IEV', 'Kyiv'), false, 'airport code');
  assert.equal(keepAlternateName('ma li wu bo er', 'Mariupol'), false, 'lower-case transliteration');
  assert.equal(keepAlternateName('Київ', 'Kyiv'), false, 'other script');
  assert.equal(keepAlternateName('Kiew', 'Kyiv'), true);
});

test('contested and renamed names reach one GeoNames place', () => {
  const id = (name: string): number | undefined => lookupToponym(name).matches.find((m) => m.main)?.place.geonameId;
  assert.equal(id('Kiev'), id('Kyiv'));
  assert.equal(id('Artemovsk'), id('Bakhmut'));
  assert.equal(id('Lugansk'), id('Luhansk'));
  assert.equal(getGazetteer().byId(String(id('Kiev')))?.name, 'Kyiv');
  assert.equal(lookupToponym('Donbass').matches[0]?.place.name, 'Donbas');
  assert.equal(lookupToponym('Ga.').matches[0]?.place.id, 'state:GA');
  assert.equal(lookupToponym('Russian').demonym, true);
  assert.ok(gazetteerLoadMs > 0 && gazetteerLoadMs < 3000, `gazetteer load ${gazetteerLoadMs} ms`);
});

test('an ambiguous town is resolved by the other places of the document', () => {
  const text = 'Paris ... Dallas ... Sherman ... Texas';
  const spans = [[0, 5], [10, 16], [21, 28], [33, 38]].map(([start, end]) => ({ start: start!, end: end!, ...lookupToponym(text.slice(start, end)) }));
  const [paris] = resolveToponyms(text, spans);
  assert.equal(paris?.place.country, 'US');
  assert.equal(paris?.place.admin1, 'TX');
  const alone = resolveToponyms('Paris', [{ start: 0, end: 5, ...lookupToponym('Paris') }]);
  assert.equal(alone[0]?.place.country, 'FR', 'with no context, the capital of France');
});

test('a country name is the country, not a town named after it', () => {
  const text = 'Mexico and Brazil';
  const r = resolveToponyms(text, [{ start: 0, end: 6, ...lookupToponym('Mexico') }, { start: 11, end: 17, ...lookupToponym('Brazil') }]);
  assert.deepEqual(r.map((x) => x?.place.precision), ['country', 'country']);
});

test('capitals acting as governments are marked, locations are not', () => {
  const doc = analyze('Moscow said the talks had failed. Later, refugees reached Moscow by train.');
  const moscow = (doc.layers.places ?? []).filter((p) => p.name === 'Moscow');
  assert.deepEqual(moscow.map((p) => p.usage), ['government', 'location']);
});

test('placeOfSite finds the town a site is in', () => {
  const text = 'Shelling hit Donetsk on Monday. A busy market and a maternity hospital were struck.';
  const doc = analyze(text);
  const place = placeOfSite(doc, text.indexOf('maternity hospital'));
  assert.equal(place?.name, 'Donetsk');
  assert.ok(place && Math.abs(place.lat! - 48.02) < 0.1 && Math.abs(place.lon! - 37.8) < 0.1);
});

const example = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14', 'article.txt');
test('the RT Donetsk article: Donetsk located, Kiev and Moscow as governments', { skip: !existsSync(example) }, () => {
  const doc = analyze(readFileSync(example, 'utf8'), { meta: { publishedAt: '2022-06-14' } });
  const places = doc.layers.places ?? [];
  const donetsk = places.filter((p) => p.name === 'Donetsk' && p.usage === 'location');
  assert.ok(donetsk.length >= 2);
  assert.ok(donetsk.every((p) => Math.abs(p.lat! - 48.02) < 0.1 && Math.abs(p.lon! - 37.80) < 0.1 && p.country === 'UA'));
  for (const capital of ['Kyiv', 'Moscow']) {
    const uses = places.filter((p) => p.name === capital).map((p) => p.usage);
    assert.ok(uses.length > 0 && uses.every((u) => u === 'government'), `${capital}: ${uses}`);
  }
  assert.ok(places.some((p) => p.name === 'Donbas' && p.precision === 'region'));
});

