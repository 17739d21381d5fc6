/** Re-analysis: documents from an older pipeline are read again from their raw input and replaced. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/corpus/ingest.js';
import { reanalyze } from '../../src/corpus/reanalyze.js';
import type { Document } from '../../src/model/document.js';
import { createPipeline, type Stage } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/open-store.js';

/** A one-stage pipeline that marks every sentence-sized chunk; `version` changes the pipeline version. */
function markerPipeline(version: string) {
  const stage: Stage = { name: 'marker', needs: [], provides: ['paragraphs'], version, run(doc: Document) {
    doc.layers.paragraphs = [{ start: 0, end: doc.text.length, text: doc.text, index: 0 }];
  } };
  return createPipeline([stage], 'test');
}

test('re-analyses stale documents from their raw input, keeping overrides, and resumes cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-reanalyze-'));
  const store = await openStore(`sqlite:${join(dir, 'c.db')}`);
  try {
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ text: 'Bridge works began on Monday.', url: 'https://x.example/a' })}\n${JSON.stringify({ text: 'The river rose again overnight.', url: 'https://x.example/b' })}\n`);
    writeFileSync(join(dir, 'c.txt'), 'A plain text article about the dam.');
    const v1 = markerPipeline('1');
    await ingest([dir], { store, workers: 0, pipeline: v1, overrides: { outlet: 'Valley Post' } });
    assert.deepEqual((await store.stats()).pipelineVersions, { [v1.version]: 3 });

    const v2 = markerPipeline('2');
    assert.notEqual(v2.version, v1.version);
    const summary = await reanalyze({ store, workers: 0, pipeline: v2 });
    assert.equal(summary.replaced, 3);
    assert.equal(summary.failed, 0);
    assert.deepEqual((await store.stats()).pipelineVersions, { [v2.version]: 3 });
    const hits = await store.search({ outlet: 'Valley Post' });
    assert.equal(hits.length, 3, 'the --outlet override survives re-analysis');
    const doc = await store.get(hits[0]!.id);
    assert.equal(doc?.doc.pipeline?.version, v2.version);
    assert.ok(doc?.doc.layers.paragraphs?.length);

    assert.equal((await reanalyze({ store, workers: 0, pipeline: v2 })).replaced, 0, 'nothing left to do');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
