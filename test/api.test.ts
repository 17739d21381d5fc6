/** Locks the public exports of `newslens`: a change here is a change to the library's API. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as newslens from '../src/index.js';

test('the public runtime exports are exactly these', () => {
  assert.deepEqual(Object.keys(newslens).sort(), [
    'CATALOGUE',
    'DEFAULT_STAGES',
    'DEFAULT_STORE_URL',
    'DOCUMENT_SCHEMA_ID',
    'LAYER_INFO',
    'PACKAGE_VERSION',
    'PipelineConfigError',
    'StoreError',
    'TONE_DEFINITION',
    'analyze',
    'analyzeBatch',
    'bySpan',
    'checkInvariants',
    'compareEvents',
    'contains',
    'contentHash',
    'createPipeline',
    'documentId',
    'documentSchema',
    'firstEndingAfter',
    'formatCompareReport',
    'getDefaultPipeline',
    'helpFor',
    'ingest',
    'makeMessage',
    'openStore',
    'overlaps',
    'readArticle',
    'sentenceAt',
    'spanOf',
    'summarizeNaming',
    'tokenAt',
    'tokensIn',
    'trimmedSpan',
  ]);
});

test('analyze returns a Document with the schema id, a stable id and the text', () => {
  const a = newslens.analyze('Peskov spoke.');
  const b = newslens.analyze('Peskov spoke.');
  assert.equal(a.schema, newslens.DOCUMENT_SCHEMA_ID);
  assert.equal(a.id, b.id);
  assert.equal(a.text, 'Peskov spoke.');
  assert.equal(a.status, 'ok');
});

test('compareEvents groups stored accounts of one event across outlets (an empty store gives none)', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'newslens-api-compare-'));
  const store = await newslens.openStore(`sqlite:${join(dir, 'c.db')}`);
  try {
    const empty = await newslens.compareEvents(store, { place: 'Horlivka' });
    assert.deepEqual(empty.clusters, []);
    assert.match(newslens.formatCompareReport(empty), /No events matched/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
