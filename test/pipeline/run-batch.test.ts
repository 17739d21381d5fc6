/** `runBatch` / `analyzeBatch`: stage by stage over a batch, yet each document as `run` makes it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeBatch } from '../../src/analyze.js';
import type { Document } from '../../src/model/document.js';
import { createPipeline, type Stage } from '../../src/pipeline/index.js';
import { structureStage } from '../../src/stages/structure/index.js';

const stage = (name: string, needs: Stage['needs'], provides: Stage['provides'], run: Stage['run'] = () => {}): Stage => ({ name, needs, provides, run });

/** The document as JSON with the stage timings zeroed (they are measured, so never equal twice). */
function withoutTimings(doc: Document): string {
  return JSON.stringify({ ...doc, ...(doc.pipeline ? { pipeline: { ...doc.pipeline, stages: doc.pipeline.stages.map((s) => ({ ...s, ms: 0 })) } } : {}) });
}

const TEXTS = [
  'The mayor said on Monday that the bridge had been closed. "We will reopen it soon," she told reporters in Lviv.',
  'Officials denied the report. According to the ministry, three people were injured in the blast near the station on 4 March.',
  'A short note.',
  'Residents fled after shelling hit the market, the regional governor wrote on Telegram, calling it a deliberate attack on civilians.',
];

test('analyzeBatch gives byte-identical documents to analyze on each, in order (timings aside)', () => {
  const meta = { publishedAt: '2024-01-22' };
  const one = TEXTS.map((t) => withoutTimings(analyze(t, { meta })));
  const batch = analyzeBatch(TEXTS, { meta }).map(withoutTimings);
  assert.equal(batch.length, TEXTS.length);
  assert.deepEqual(batch, one);
  // The comparison sees the analysis: the documents are not trivially equal to each other.
  assert.notEqual(batch[0], batch[1]);
  assert.ok(analyzeBatch(TEXTS, { meta })[0]!.pipeline!.stages.length > 3);
});

test('an unreadable input fails alone in a batch', () => {
  const inputs = ['Police said two men were arrested.', '   ', 'The army said it had shot down four drones.'];
  const docs = analyzeBatch(inputs);
  assert.deepEqual(docs.map((d) => d.status), ['ok', 'failed', 'ok']);
  assert.ok((docs[2]!.layers.tokens?.length ?? 0) > 0);
  assert.equal(docs[1]!.pipeline, undefined);
  assert.deepEqual(docs.map(withoutTimings), inputs.map((input) => withoutTimings(analyze(input))));
});

test('a stage that throws on one document of a batch fails that document only, with its own messages', () => {
  const boom = stage('boom', ['sentences'], ['dates'], (doc) => {
    doc.layers.dates = [];
    if (doc.text.includes('banana')) throw new Error('expected a date, found a banana');
  });
  const after = stage('after', ['dates'], ['numbers'], (doc) => { doc.layers.numbers = []; });
  const independent = stage('independent', ['tokens'], ['places'], (doc) => { doc.layers.places = []; });
  const pipeline = createPipeline([structureStage, boom, after, independent]);
  const texts = ['One sentence here. Another one.', 'A banana sentence. And more.', 'Third text, fine.'];
  const docs = analyzeBatch(texts, { pipeline });
  assert.deepEqual(docs.map((d) => d.status), ['ok', 'partial', 'ok']);
  assert.deepEqual(docs.map((d) => d.pipeline!.stages.map((s) => s.status)), [
    ['ok', 'ok', 'ok', 'ok'],
    ['ok', 'failed', 'skipped', 'ok'],
    ['ok', 'ok', 'ok', 'ok'],
  ]);
  const failed = docs[1]!;
  assert.equal(failed.layers.dates, undefined);
  assert.equal(failed.layers.numbers, undefined);
  assert.deepEqual(failed.layers.places, []);
  assert.match(failed.messages.find((m) => m.code === 'E_STAGE_FAILED')!.message, /banana/);
  assert.match(failed.messages.find((m) => m.code === 'W_STAGE_SKIPPED')!.message, /"after".*dates/);
  for (const doc of [docs[0]!, docs[2]!]) {
    assert.deepEqual(doc.layers.dates, []);
    assert.deepEqual(doc.layers.numbers, []);
    assert.ok(!doc.messages.some((m) => m.code === 'E_STAGE_FAILED' || m.code === 'W_STAGE_SKIPPED'));
  }
  // The failing document is the same as when run alone.
  assert.equal(withoutTimings(failed), withoutTimings(analyze(texts[1]!, { pipeline })));
});

test('every document of a batch gets its own stage timings', () => {
  const pipeline = createPipeline([structureStage]);
  const docs = analyzeBatch(['First text. Short.', 'Second text, longer, with several words in it.'], { pipeline });
  for (const doc of docs) {
    assert.equal(doc.pipeline?.version, pipeline.version);
    assert.equal(doc.pipeline?.stages.length, 1);
    assert.ok(doc.pipeline!.stages[0]!.ms >= 0);
  }
  assert.notEqual(docs[0]!.pipeline, docs[1]!.pipeline);
});
