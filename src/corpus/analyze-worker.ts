/**
 * An ingest worker thread: loads the default pipeline once, then analyses items as they come.
 * Started by WorkerPool; messages are `{ id, item, rawHash }` in and `{ id, result }` out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentMeta } from '../model/document.js';
import { getDefaultPipeline } from '../pipeline/index.js';
import { analyzeItem } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';

const pipeline = getDefaultPipeline();
const overrides = ((workerData ?? {}) as { overrides?: DocumentMeta }).overrides ?? {};

parentPort?.on('message', (task: { id: number; item: SourceItem; rawHash: string }) => {
  parentPort!.postMessage({ id: task.id, result: analyzeItem(task.item, task.rawHash, pipeline, overrides) });
});
