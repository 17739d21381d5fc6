/**
 * The example article in ../shared/examples (read at run time, never copied): the framing markers and
 * their voices, the euphemism inside quotes, the hedge, and the naming choices an analyst records.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { FramingMarker } from '../../src/model/layers/framing.js';

const DIR = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14');
const skip = existsSync(join(DIR, 'article.txt')) ? false : 'the example article is not beside the repository';

test('framing of the RT Donetsk article: voices, euphemism, hedge, naming', { skip }, () => {
  const meta = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8'));
  const doc = analyze(readFileSync(join(DIR, 'article.txt'), 'utf8'), { meta });
  const markers = doc.layers.framing ?? [];
  const lexical = (text: string): FramingMarker[] => markers.filter((m) => m.method === 'lexicon' && m.text.toLowerCase() === text);

  const barbaric = lexical('barbaric');
  assert.equal(barbaric.length, 2, 'both "barbaric" are marked');
  for (const m of barbaric) {
    assert.equal(m.voice.kind, 'source');
    assert.match(m.voice.kind === 'source' ? (m.voice.speaker ?? '') : '', /Peskov/);
    assert.ok(['Loaded_Language', 'Name_Calling,Labeling'].includes(m.technique));
  }
  for (const text of ['indiscriminate', 'lashed out']) {
    const [m] = lexical(text);
    assert.ok(m, `"${text}" is marked`);
    assert.equal(m.voice.kind, 'outlet', `"${text}" is in the outlet's voice`);
  }
  const smo = lexical('special military operation');
  assert.equal(smo.length, 2);
  for (const m of smo) {
    assert.equal(m.technique, 'Euphemism');
    assert.equal(m.voice.kind, 'source', 'both are inside quotation marks');
  }
  const [allegedly] = lexical('allegedly');
  assert.equal(allegedly?.technique, 'Hedge');
  assert.equal(allegedly?.voice.kind, 'outlet');

  const naming = doc.layers.naming ?? [];
  for (const variant of ['Kiev', 'Lugansk', 'Donbass']) assert.ok(naming.some((n) => n.variant === variant && n.text === variant), `naming choice ${variant} recorded`);
  assert.ok(!naming.some((n) => ['Kyiv', 'Luhansk', 'Donbas'].includes(n.variant)), 'the variants not used are not recorded');
  assert.ok(naming.filter((n) => n.variant === 'special military operation').every((n) => n.voice.kind === 'source'));
});
