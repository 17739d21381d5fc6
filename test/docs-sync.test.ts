/** The message catalogue and docs/messages.md, and the lexicons and docs/lexicons.md, stay in step. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../src/model/messages.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { renderLexiconDocs } from '../scripts/build-lexicon-docs.js';

test('every message code is documented, and every documented code exists', () => {
  const docs = readFileSync(join(PACKAGE_ROOT, 'docs', 'messages.md'), 'utf8');
  const documented = new Set([...docs.matchAll(/^### `([EWI]_[A-Z0-9_]+)`/gm)].map((m) => m[1]));
  const catalogued = new Set(Object.keys(CATALOGUE));
  assert.deepEqual([...catalogued].filter((c) => !documented.has(c)), [], 'codes missing from docs/messages.md');
  assert.deepEqual([...documented].filter((c) => !catalogued.has(c!)), [], 'codes in docs/messages.md but not in the catalogue');
});

test('message severities match their code prefixes', () => {
  for (const [code, entry] of Object.entries(CATALOGUE)) {
    const expected = { E: 'error', W: 'warning', I: 'info' }[code[0] as 'E' | 'W' | 'I'];
    assert.equal(entry.severity, expected, code);
  }
});

test('docs/lexicons.md is generated from the current lexicons (run npm run docs:lexicons)', () => {
  assert.equal(readFileSync(join(PACKAGE_ROOT, 'docs', 'lexicons.md'), 'utf8'), renderLexiconDocs());
});
