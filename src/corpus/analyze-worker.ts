/**
 * An ingest worker thread: loads the default pipeline once, then analyses items as they come.
 * Started by WorkerPool; messages are `{ id, item, rawHash }` in and `{ id, result }` out. The packed
 * document and raw input travel back as transferred buffers (moved, not copied). Given `warmUp` items,
 * it first analyses those (loading every model and lexicon) and posts `{ warm: ms }`; requests sent
 * meanwhile wait in the message queue.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PACKAGE_VERSION } from '../data/paths.js';
import type { DocumentMeta } from '../model/document.js';
import { createPipeline, DEFAULT_STAGES, getDefaultPipeline } from '../pipeline/index.js';
import { analyzeItem, type ItemResult } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';

const data = (workerData ?? {}) as { overrides?: DocumentMeta; stages?: string[]; warmUp?: SourceItem[] };
const overrides = data.overrides ?? {};
const pipeline = data.stages ? createPipeline(DEFAULT_STAGES.filter((s) => data.stages!.includes(s.name)), PACKAGE_VERSION) : getDefaultPipeline();

if (data.warmUp?.length) {
  const started = performance.now();
  for (const item of data.warmUp) analyzeItem(item, 'warm-up', pipeline, overrides);
  parentPort?.postMessage({ warm: performance.now() - started });
}

parentPort?.on('message', (task: { id: number; item: SourceItem; rawHash: string }) => {
  const result = analyzeItem(task.item, task.rawHash, pipeline, overrides);
  parentPort!.postMessage({ id: task.id, result }, transferables(result));
});

function transferables(result: ItemResult): ArrayBuffer[] {
  if (!result.ok || !result.storable.packed) return [];
  const buffers: ArrayBuffer[] = [];
  for (const bytes of [result.storable.packed.document, result.storable.packed.raw]) {
    // Only a buffer the view covers whole is ours to move (a Buffer from the pool is shared).
    if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.push(bytes.buffer);
  }
  return buffers;
}
