/** WorkerPool: items queued together travel to a worker in batches, yet each result is its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { analyzeItems, rawHashOf, type ItemResult, type JsonResult } from '../../src/corpus/analyze-item.js';
import { unpackDocument } from '../../src/store/codec.js';
import { WorkerPool } from '../../src/corpus/worker-pool.js';
import type { SourceItem } from '../../src/corpus/sources/source-item.js';
import { getDefaultPipeline } from '../../src/pipeline/index.js';

const record = (key: string, value: object | string): SourceItem => ({
  sourceKey: key,
  input: { kind: 'record', json: typeof value === 'string' ? value : JSON.stringify(value), name: key },
});

const ITEMS: SourceItem[] = [
  record('a', { text: 'The governor said two bridges were damaged overnight.', publishedAt: '2024-05-02' }),
  record('broken', '{not json'),
  record('b', { text: 'Police denied that anyone had been detained at the rally in Tbilisi.', url: 'https://news.example/b' }),
  record('empty', { text: '   ' }),
  ...Array.from({ length: 20 }, (_, i) => record(`n${i}`, { text: `Officials reported ${i + 2} injured after the storm in the northern district, the agency said.` })),
];

/** What a result says, without the measured timings and the compressed bytes. */
function summary(result: ItemResult): unknown {
  if (!result.ok) return result.failure;
  const { doc, index, sourceKey, rawHash, textHash } = result.storable;
  return { sourceKey, rawHash, textHash, id: doc.id, status: doc.status, meta: doc.meta, index, stages: doc.pipeline?.stages.map((s) => s.name) };
}

test('a worker pool answers each item of a batch as inline analysis does, in order, failures alone', async () => {
  const tasks = ITEMS.map((item) => ({ item, rawHash: rawHashOf(item.input) }));
  const inline = analyzeItems(tasks, getDefaultPipeline()).map(summary);
  // Watch what the pool sends: the items queued in one turn should travel in batches.
  const sent: number[] = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    if (message && typeof message === 'object' && 'batch' in message) sent.push((message as { batch: unknown[] }).batch.length);
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  };
  const pool = new WorkerPool({ size: 2 });
  try {
    const threaded = (await Promise.all(tasks.map(({ item, rawHash }) => pool.run(item, rawHash)))).map(summary);
    assert.deepEqual(threaded, inline);
  } finally {
    Worker.prototype.postMessage = post;
    await pool.close();
  }
  assert.equal(sent.reduce((n, k) => n + k, 0), ITEMS.length, 'every item sent once');
  assert.ok(sent.length < ITEMS.length && Math.max(...sent) <= 16, `batches of 2 to 16 items, got ${sent.join(', ')}`);
  const codes = inline.map((r) => ('code' in (r as object) ? (r as { code: string }).code : 'ok'));
  assert.equal(codes[1], 'E_INPUT_MALFORMED');
  assert.notEqual(codes[3], 'ok');
  assert.equal(codes.filter((c) => c === 'ok').length, ITEMS.length - 2);
});

test('analyzeItems gives each item what analyzeItem alone gives it', () => {
  const tasks = ITEMS.slice(0, 6).map((item) => ({ item, rawHash: rawHashOf(item.input) }));
  const together = analyzeItems(tasks, getDefaultPipeline()).map(summary);
  const alone = tasks.map((task) => summary(analyzeItems([task], getDefaultPipeline())[0]!));
  assert.deepEqual(together, alone);
});

/** A Document's JSON without the measured timings. */
function untimed(json: string): string {
  return json.replace(/"ms":[0-9.e-]+/g, '"ms":0');
}

test('runToJson answers the Document as JSON that run would store (for POST /api/analyze), mixed in one batch with stored items', async () => {
  const tasks = ITEMS.slice(0, 6).map((item) => ({ item, rawHash: rawHashOf(item.input) }));
  const stored = analyzeItems(tasks, getDefaultPipeline());
  const expected = stored.map((r) => (r.ok ? untimed(JSON.stringify(unpackDocument(r.storable.packed!.document))) : r.failure));
  const pool = new WorkerPool({ size: 1 });
  try {
    // Alternate forms, queued in one turn: they travel in one batch and each comes back in its own form.
    const answers = await Promise.all(tasks.map(({ item, rawHash }, i) => (i % 2 ? pool.run(item, rawHash) : pool.runToJson(item, rawHash))));
    const got = answers.map((r: ItemResult | JsonResult) => {
      if (!r.ok) return r.failure;
      return 'json' in r ? untimed(new TextDecoder().decode(r.json)) : untimed(JSON.stringify(unpackDocument(r.storable.packed!.document)));
    });
    assert.deepEqual(got, expected);
    assert.ok(answers.some((r) => r.ok && 'json' in r) && answers.some((r) => r.ok && 'storable' in r), 'both forms answered');
  } finally {
    await pool.close();
  }
});
