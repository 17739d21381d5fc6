/** WorkerPool: items queued together travel to a worker in batches, yet each result is its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { analyzeItems, rawHashOf, type ItemResult } from '../../src/corpus/analyze-item.js';
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
