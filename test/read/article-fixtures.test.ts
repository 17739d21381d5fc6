/**
 * Article fixtures (test/fixtures/articles/<name>/): besides the layers the fixture harness compares,
 * expected.json may give `expectMeta` (metadata the reader must find) and `expectMessages` (the
 * reader's message codes; without it, the reader must raise none).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import type { DocumentMeta } from '../../src/model/document.js';
import { loadFixtures } from '../support/fixtures.js';

const articles = loadFixtures().filter((f) => f.name.startsWith('articles/') && f.html !== undefined);

test('there are HTML article fixtures', () => {
  assert.ok(articles.length >= 3);
});

for (const fixture of articles) {
  const expected = JSON.parse(readFileSync(fixture.expectFile, 'utf8')) as { expectMeta?: DocumentMeta; expectMessages?: string[] };
  test(`article ${fixture.name}: metadata and reader messages`, () => {
    const doc = analyze({ html: fixture.html! }, { meta: fixture.meta });
    assert.notEqual(doc.status, 'failed', doc.messages.map((m) => m.message).join('; '));
    for (const [field, value] of Object.entries(expected.expectMeta ?? {})) {
      assert.equal(doc.meta[field as keyof DocumentMeta], value, `meta.${field}`);
    }
    const readerCodes = doc.messages.filter((m) => m.code.startsWith('W_INPUT_') || m.code.startsWith('E_INPUT_')).map((m) => m.code);
    assert.deepEqual(readerCodes, expected.expectMessages ?? []);
  });
}
