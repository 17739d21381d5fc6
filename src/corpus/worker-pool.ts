/**
 * Analysis across cores: a fixed set of worker threads, each with its own pipeline; tasks go to the
 * least busy. With `size: 0` items are analysed on the calling thread with the given pipeline
 * (tests, the HTTP server, custom pipelines that cannot cross to a thread).
 *
 * Items queue here and go to the workers in batches (up to BATCH_ITEMS items or BATCH_BYTES of
 * input): the worker runs the pipeline stage by stage over its batch, which keeps each stage's tables
 * in the processor's caches and is faster than article by article. Results still come back one per
 * item, each with its own failure. An idle worker gets a share of whatever is queued; a busy worker
 * gets one more full batch in advance, so it does not wait for this thread between batches.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from '../model/document.js';
import { getDefaultPipeline, type Pipeline } from '../pipeline/index.js';
import { analyzeItem, analyzeItemToJson, type ItemResult, type JsonResult, type ResultForm } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';

const BATCH_ITEMS = 16;
const BATCH_BYTES = 256 * 1024;

interface Task {
  id: number;
  item: SourceItem;
  rawHash: string;
  form?: ResultForm;
}

type AnyResult = ItemResult | JsonResult;

interface Slot {
  worker: Worker;
  /** Items not yet answered in each batch sent to the worker, oldest first (empty when idle). */
  batches: number[];
  pending: Map<number, (result: AnyResult) => void>;
  tasks: Map<number, { item: SourceItem; rawHash: string }>;
  /** Milliseconds the warm-up took once done (NaN if the worker stopped first); 0 without one. */
  warm: Promise<number>;
}

export interface PoolOptions {
  /** Worker threads; 0 analyses inline. */
  size: number;
  overrides?: DocumentMeta;
  /** Inline only: the pipeline to use (workers always use the default pipeline). */
  pipeline?: Pipeline;
  /**
   * Worker threads: run only these stages of the default pipeline, by name (benchmarks measure ingest
   * at several analysis costs this way). Documents then carry that pipeline's version.
   */
  stages?: readonly string[];
  /**
   * Worker threads: items each worker analyses as soon as it starts (also one that replaces a stopped
   * worker), so that the first real analysis does not pay for loading models. See `ready()`.
   */
  warmUp?: readonly SourceItem[];
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** Items waiting for an idle worker, with the callback that settles each. */
  private readonly queue: Array<Task & { resolve: (result: AnyResult) => void }> = [];
  private pumpScheduled = false;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.options.size;
  }

  /** Resolves when every current worker has finished its warm-up, with each one's milliseconds. */
  ready(): Promise<number[]> {
    return Promise.all(this.slots.map((s) => s.warm));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url), {
      workerData: {
        overrides: this.options.overrides ?? {},
        ...(this.options.stages ? { stages: [...this.options.stages] } : {}),
        ...(this.options.warmUp?.length ? { warmUp: [...this.options.warmUp] } : {}),
      },
    });
    let warmed: (ms: number) => void = () => undefined;
    const warm = this.options.warmUp?.length ? new Promise<number>((resolve) => { warmed = resolve; }) : Promise.resolve(0);
    const slot: Slot = { worker, batches: [], pending: new Map(), tasks: new Map(), warm };
    worker.on('message', (message: { id: number; result: AnyResult } | { warm: number }) => {
      if ('warm' in message) { warmed(message.warm); return; }
      const { id, result } = message;
      const resolve = slot.pending.get(id);
      slot.pending.delete(id);
      slot.tasks.delete(id);
      resolve?.(result);
      // The worker answers its batches in order, so every answer belongs to the oldest one.
      if (resolve && slot.batches.length > 0 && --slot.batches[0]! <= 0) {
        slot.batches.shift();
        this.pump();
      }
    });
    // A worker that dies (a crash in native code, out of memory) fails its own tasks, not the run.
    const fail = (reason: string): void => {
      warmed(Number.NaN);
      const index = this.slots.indexOf(slot);
      for (const [id, resolve] of slot.pending) {
        const task = slot.tasks.get(id)!;
        resolve({ ok: false, failure: { sourceKey: task.item.sourceKey, rawHash: task.rawHash, code: 'E_ANALYSIS_INTERNAL', message: `the analysis worker stopped: ${reason}` } });
      }
      slot.pending.clear();
      slot.tasks.clear();
      slot.batches = [];
      if (!this.closed && index >= 0) {
        this.slots[index] = this.spawn();
        this.pump();
      }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => { if (!this.closed) fail(`exit code ${code}`); });
    return slot;
  }

  /**
   * Analyses one item. With `timeoutMs` (worker threads only), an analysis that takes longer is
   * stopped by ending its worker (a fresh one replaces it) and fails with E_ANALYSIS_TIMEOUT.
   */
  run(item: SourceItem, rawHash: string, timeoutMs?: number): Promise<ItemResult> {
    if (this.slots.length === 0) {
      return Promise.resolve(analyzeItem(item, rawHash, this.options.pipeline ?? getDefaultPipeline(), this.options.overrides ?? {}));
    }
    return this.queueTask(item, rawHash, undefined, timeoutMs) as Promise<ItemResult>;
  }

  /**
   * As `run`, for an answer that stores nothing: the Document as UTF-8 JSON, without the store's
   * packing, hashes and index rows (which this thread would only undo to send it).
   */
  runToJson(item: SourceItem, rawHash: string, timeoutMs?: number): Promise<JsonResult> {
    if (this.slots.length === 0) {
      return Promise.resolve(analyzeItemToJson(item, rawHash, this.options.pipeline ?? getDefaultPipeline(), this.options.overrides ?? {}));
    }
    return this.queueTask(item, rawHash, 'json', timeoutMs) as Promise<JsonResult>;
  }

  private queueTask(item: SourceItem, rawHash: string, form: ResultForm | undefined, timeoutMs: number | undefined): Promise<AnyResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (result: AnyResult): void => { if (timer) clearTimeout(timer); resolve(result); };
      this.queue.push({ id, item, rawHash, ...(form ? { form } : {}), resolve: done });
      this.schedulePump();
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const failed: ItemResult = { ok: false, failure: { sourceKey: item.sourceKey, rawHash, code: 'E_ANALYSIS_TIMEOUT', message: `the analysis took longer than ${timeoutMs} ms and was stopped` } };
          const queued = this.queue.findIndex((t) => t.id === id);
          if (queued >= 0) { this.queue.splice(queued, 1); resolve(failed); return; }
          const slot = this.slots.find((s) => s.pending.has(id));
          if (!slot) return;
          slot.pending.delete(id);
          slot.tasks.delete(id);
          resolve(failed);
          void slot.worker.terminate();
        }, timeoutMs);
      }
    });
  }

  /** Sends queued items once the current turn has queued all it will (so they travel together). */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /**
   * Gives each idle worker a batch, the queue shared out evenly between them; then, while a full batch
   * is queued, one more to each worker that has only one batch in hand.
   */
  private pump(): void {
    if (this.closed) return;
    const idle = this.slots.filter((s) => s.batches.length === 0);
    const share = Math.min(BATCH_ITEMS, Math.ceil(this.queue.length / Math.max(1, idle.length)));
    for (const slot of idle) this.send(slot, this.headBatch(share).count);
    for (const slot of this.slots) {
      const head = this.headBatch(BATCH_ITEMS);
      if (slot.batches.length === 1 && head.full) this.send(slot, head.count);
    }
  }

  /** The items at the head of the queue that make one batch: at most `limit` and BATCH_BYTES (one at least). */
  private headBatch(limit: number): { count: number; full: boolean } {
    let bytes = 0;
    let count = 0;
    while (count < this.queue.length && count < limit) {
      const size = inputBytes(this.queue[count]!.item);
      if (count > 0 && bytes + size > BATCH_BYTES) return { count, full: true };
      bytes += size;
      count++;
    }
    return { count, full: count === limit };
  }

  private send(slot: Slot, count: number): void {
    if (count === 0) return;
    const batch = this.queue.splice(0, count);
    for (const task of batch) {
      slot.pending.set(task.id, task.resolve);
      slot.tasks.set(task.id, { item: task.item, rawHash: task.rawHash });
    }
    slot.batches.push(batch.length);
    slot.worker.postMessage({ batch: batch.map(({ id, item, rawHash, form }): Task => ({ id, item, rawHash, ...(form ? { form } : {}) })) });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function inputBytes(item: SourceItem): number {
  return item.input.kind === 'bytes' ? item.input.bytes.byteLength : item.input.json.length;
}
