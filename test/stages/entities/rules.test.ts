/** Entity rules where they must hold back, and the report section built on the layers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { entitiesSection } from '../../../src/report/sections/entities.js';

const kinds = (text: string): Array<[string, string]> => (analyze(text).layers.mentions ?? []).map((m) => [m.text, m.kind]);

test('a pronoun with no fitting antecedent is not a mention', () => {
  assert.deepEqual(kinds('It rained in Tallinn on Monday. He said nothing.').filter(([, k]) => k === 'pronoun'), []);
  // "she" cannot be the man named before (his gender is known from "spokesman").
  const doc = analyze('Spokesman Ivan Sidorov spoke first. She disagreed.');
  assert.ok(!(doc.layers.mentions ?? []).some((m) => m.text === 'She'));
});

test('a description followed by a noun is another thing ("the city council")', () => {
  const mentions = kinds('Shelling hit Donetsk on Monday. The city council met on Tuesday, and the city buried its dead.');
  assert.ok(!mentions.some(([t]) => t === 'The city'), JSON.stringify(mentions));
  assert.ok(mentions.some(([t, k]) => t === 'the city' && k === 'nominal'), JSON.stringify(mentions));
});

test('mentions never overlap and every one points at an entity that lists it', () => {
  const doc = analyze('Foreign Minister Sergei Lavrov met NATO officials in Brussels. Lavrov said Moscow would not back down, and he repeated it.');
  const mentions = doc.layers.mentions ?? [];
  for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i]!.start >= mentions[i - 1]!.end);
  for (const m of mentions) assert.ok(doc.layers.entities!.find((e) => e.id === m.entity)?.mentions.includes(m.id));
});

test('the report lists people with roles and escapes the text in HTML', () => {
  const doc = analyze('Press secretary Anna Weber said Smith & Sons <Holding> would vote. Weber left.');
  const lines = entitiesSection.text(doc).join('\n');
  assert.match(lines, /Anna Weber/);
  assert.match(lines, /Press secretary/);
  const html = entitiesSection.html!(doc);
  assert.match(html, /Anna Weber/);
  assert.doesNotMatch(html, /<Holding>|&(?!amp;|lt;|gt;|quot;|#39;)/);
  for (const h of entitiesSection.highlights!(doc)) assert.ok(h.start < h.end && h.end <= doc.text.length);
  for (const h of entitiesSection.highlights!(doc)) assert.ok(h.className in entitiesSection.legend!);
});
