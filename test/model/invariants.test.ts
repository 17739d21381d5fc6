/** checkInvariants catches each kind of broken document, and passes a sound one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { checkInvariants } from '../../src/model/invariants.js';
import type { Document } from '../../src/model/document.js';
import { spanOf } from '../../src/model/span.js';

const sound = (): Document => analyze('Peskov spoke on Monday. He was angry.', { meta: { publishedAt: '2022-06-14' } });

test('a freshly analysed document holds every invariant', () => {
  assert.deepEqual(checkInvariants(sound()), []);
});

test('drifted span text, out-of-bounds spans, overlaps and broken references are reported', () => {
  const drift = sound();
  drift.layers.tokens![0]!.text = 'Putin';
  assert.match(checkInvariants(drift).join('\n'), /differs from the slice/);

  const bounds = sound();
  bounds.layers.tokens![0]!.end = 999;
  assert.match(checkInvariants(bounds).join('\n'), /out of bounds/);

  const overlap = sound();
  overlap.layers.sentences![1]!.start = 3;
  overlap.layers.sentences![1]!.text = overlap.text.slice(3, overlap.layers.sentences![1]!.end);
  assert.match(checkInvariants(overlap).join('\n'), /overlaps/);

  const gap = sound();
  gap.layers.sentences!.pop();
  assert.match(checkInvariants(gap).join('\n'), /belongs to no sentence/);

  const refs = sound();
  refs.layers.quotes = [{ id: 'q1', form: 'direct', content: [spanOf(refs.text, 0, 6)], parent: 'q9', stage: 't', rule: 'r' }];
  assert.match(checkInvariants(refs).join('\n'), /missing quote q9/);

  const json = sound();
  (json.meta as Record<string, unknown>).title = undefined;
  assert.match(checkInvariants(json).join('\n'), /JSON round trip/);
});

test('a paragraph marked titleCase holds true, nothing else', () => {
  const doc = analyze('Harbour Board Calls for Inquiry after Ferry Crash\n\nThe board met on Monday.', { meta: {} });
  assert.equal(doc.layers.paragraphs![0]!.titleCase, true);
  assert.equal('titleCase' in doc.layers.paragraphs![1]!, false);
  assert.deepEqual(checkInvariants(doc), []);
  (doc.layers.paragraphs![1] as { titleCase?: unknown }).titleCase = false;
  assert.match(checkInvariants(doc).join('\n'), /titleCase is false, expected true or absent/);
});

test('spanOf refuses offsets outside the text', () => {
  assert.throws(() => spanOf('abc', 2, 5), /expected 0 <= start <= end <= 3/);
});
