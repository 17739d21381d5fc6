/**
 * A quote's `cueKind` says what its cue reports (speech, a belief, a stance, a perception...), so a
 * reader can keep to what sources said. The kinds in the layer, the schema and the cue lexicons agree;
 * quoted words are speech; a belief is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { loadLexicon } from '../../src/data/lexicon.js';
import { layerSchemas } from '../../src/model/schema/layers.js';

const schemaKinds = (): string[] => {
  const quotes = layerSchemas['quotes'] as { items: { properties: { cueKind: { enum: string[] } } } };
  return quotes.items.properties.cueKind.enum;
};

test('every cue lexicon entry has a kind the schema allows', () => {
  const kinds = new Set(schemaKinds());
  for (const name of ['reporting-verbs', 'attitude-cues']) {
    for (const entry of loadLexicon(name).entries) assert.ok(kinds.has(entry['kind'] as string), `${name}:${entry.id} kind "${String(entry['kind'])}"`);
  }
});

test('attitude cue entries name a part of speech and do not repeat a term within one kind', () => {
  const seen = new Map<string, string>();
  for (const entry of loadLexicon('attitude-cues').entries) {
    assert.ok(['verb', 'noun', 'adjective'].includes(entry['pos'] as string), `${entry.id} pos`);
    for (const term of entry.terms) {
      const key = `${String(entry['kind'])}:${String(entry['pos'])}:${term}`;
      assert.ok(!seen.has(key), `"${term}" is listed twice (${seen.get(key)} and ${entry.id})`);
      seen.set(key, entry.id);
    }
  }
});

test('a direct quotation is speech; a belief is cognition and drops out of a speech-only filter', () => {
  const doc = analyze('“The pumps will run all night,” the engineer said. The harbour master believes that the storm will pass by noon.');
  const quotes = doc.layers.quotes ?? [];
  const said = quotes.find((q) => q.cue?.text === 'said');
  const believes = quotes.find((q) => q.cue?.text === 'believes');
  assert.ok(said && believes, `both attributions found: ${quotes.map((q) => q.cue?.text).join(', ')}`);
  assert.equal(said.cueKind, 'speech');
  assert.equal(believes.cueKind, 'cognition');
  const speech = quotes.filter((q) => q.cueKind === 'speech');
  assert.ok(speech.includes(said) && !speech.includes(believes));
});

test('every quote kind is one the schema allows, and a kind is never set to undefined', () => {
  const kinds = new Set(schemaKinds());
  const doc = analyze('The council fears that the dam will fail. Farmers are worried about the price of feed, their union said. She saw that the gate was open.');
  for (const q of doc.layers.quotes ?? []) {
    if ('cueKind' in q) assert.ok(kinds.has(q.cueKind!), `${q.cue?.text}: ${String(q.cueKind)}`);
  }
});
