/**
 * An ingest worker thread: loads the default pipeline once, then analyses items as they come.
 * Started by WorkerPool; messages are `{ batch: [{ id, item, rawHash, form? }...] }` (or one `{ id,
 * item, rawHash, form? }`) in, analysed together stage by stage, and one `{ id, result }` per item out,
 * in the form the task asked for (analyze-item.ts ResultForm). The packed document and raw input, or the
 * Document's JSON, travel back as transferred buffers (moved, not copied). Given `warmUp` items,
 * it first analyses those (loading every model and lexicon) and posts `{ warm: ms }`; requests sent
 * meanwhile wait in the message queue.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PACKAGE_VERSION } from '../data/paths.js';
import type { DocumentMeta } from '../model/document.js';
import { analysisFingerprint, createPipeline, DEFAULT_STAGES, getDefaultPipeline } from '../pipeline/index.js';
import { analyzeItems, analyzeTasks, type ItemResult, type ItemTask, type JsonResult } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';

const data = (workerData ?? {}) as { overrides?: DocumentMeta; stages?: string[]; warmUp?: SourceItem[] };
const overrides = data.overrides ?? {};
const pipeline = data.stages ? createPipeline(DEFAULT_STAGES.filter((s) => data.stages!.includes(s.name)), PACKAGE_VERSION, analysisFingerprint) : getDefaultPipeline();

if (data.warmUp?.length) {
  const started = performance.now();
  analyzeItems(data.warmUp.map((item) => ({ item, rawHash: 'warm-up' })), pipeline, overrides);
  parentPort?.postMessage({ warm: performance.now() - started });
}

type Task = ItemTask & { id: number };

parentPort?.on('message', (message: Task | { batch: Task[] }) => {
  const tasks = 'batch' in message ? message.batch : [message];
  const results = analyzeTasks(tasks, pipeline, overrides);
  tasks.forEach((task, i) => parentPort!.postMessage({ id: task.id, result: results[i] }, transferables(results[i]!)));
});

function transferables(result: ItemResult | JsonResult): ArrayBuffer[] {
  if (!result.ok) return [];
  const buffers: ArrayBuffer[] = [];
  for (const bytes of 'json' in result ? [result.json] : result.storable.packed ? [result.storable.packed.document, result.storable.packed.raw] : []) {
    // Only a buffer the view covers whole is ours to move (a Buffer from the pool is shared).
    if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.push(bytes.buffer);
  }
  return buffers;
}
