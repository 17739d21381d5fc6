/** The stored form of documents and raw inputs: lossless, compact tokens, and the older format still read. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { analyze } from '../../src/analyze.js';
import type { Document } from '../../src/model/document.js';
import { packDocument, packRaw, unpackDocument, unpackRaw } from '../../src/store/codec.js';

// Written for this test.
const TEXT = 'Mayor Ilse Brandt said on Friday that the bridge "will reopen in May." Critics doubted it.\n\nA second paragraph, with “curly quotes” and an emoji 🙂 in it.';

test('a fully analysed document comes back equal, tokens included', () => {
  const doc = analyze(TEXT, { meta: { publishedAt: '2024-05-03', outlet: 'Test Wire' } });
  assert.ok((doc.layers.tokens?.length ?? 0) > 20);
  const packed = packDocument(doc);
  assert.equal(packed[0], 0x02, 'the current format');
  assert.deepEqual(unpackDocument(packed), JSON.parse(JSON.stringify(doc)));
});

test('tokens are stored as columns: smaller than the same document with tokens as objects', () => {
  const doc = analyze(TEXT);
  const odd = structuredClone(doc);
  // A token with a property the columns do not hold makes the layer stay as objects.
  (odd.layers.tokens![0] as unknown as Record<string, unknown>).lemma = 'x';
  assert.ok(packDocument(doc).length < packDocument(odd).length);
  assert.deepEqual(unpackDocument(packDocument(odd)).layers.tokens, odd.layers.tokens);
});

test('tokens without tags, an empty layer, and tokens whose text does not match stay exact', () => {
  const base = analyze(TEXT);
  const untagged: Document = { ...base, layers: { tokens: base.layers.tokens!.map(({ pos: _pos, ...t }) => t) } };
  assert.deepEqual(unpackDocument(packDocument(untagged)), untagged);
  const empty: Document = { ...base, layers: { tokens: [] } };
  assert.deepEqual(unpackDocument(packDocument(empty)), empty);
  const drifted: Document = { ...base, layers: { tokens: [{ start: 0, end: 5, text: 'Mayer', spaceBefore: true }] } };
  assert.deepEqual(unpackDocument(packDocument(drifted)), drifted);
  const failed: Document = { schema: base.schema, id: 'x', text: '', meta: {}, layers: {}, messages: [], status: 'failed' };
  assert.deepEqual(unpackDocument(packDocument(failed)), failed);
});

test('documents and raw inputs stored as deflated JSON (the first format) are still read', () => {
  const doc = analyze(TEXT);
  assert.deepEqual(unpackDocument(deflateSync(Buffer.from(JSON.stringify(doc)), { level: 1 })), JSON.parse(JSON.stringify(doc)));
  const raw = Buffer.from('<html><body><p>Raw bytes.</p></body></html>');
  assert.deepEqual(Buffer.from(unpackRaw(deflateSync(raw))), raw);
  assert.deepEqual(Buffer.from(unpackRaw(packRaw(raw))), raw);
});
