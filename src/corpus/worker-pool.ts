/**
 * Analysis across cores: a fixed set of worker threads, each with its own pipeline; tasks go to the
 * least busy. With `size: 0` items are analysed on the calling thread with the given pipeline
 * (tests, the HTTP server, custom pipelines that cannot cross to a thread).
 */
import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from '../model/document.js';
import { getDefaultPipeline, type Pipeline } from '../pipeline/index.js';
import { analyzeItem, type ItemResult } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (result: ItemResult) => void>;
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
    const slot: Slot = { worker, pending: new Map(), tasks: new Map(), warm };
    worker.on('message', (message: { id: number; result: ItemResult } | { warm: number }) => {
      if ('warm' in message) { warmed(message.warm); return; }
      const { id, result } = message;
      const resolve = slot.pending.get(id);
      slot.pending.delete(id);
      slot.tasks.delete(id);
      resolve?.(result);
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
      if (!this.closed && index >= 0) this.slots[index] = this.spawn();
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
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      slot.pending.set(id, (result) => { if (timer) clearTimeout(timer); resolve(result); });
      slot.tasks.set(id, { item, rawHash });
      slot.worker.postMessage({ id, item, rawHash });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const done = slot.pending.get(id);
          if (!done) return;
          slot.pending.delete(id);
          slot.tasks.delete(id);
          done({ ok: false, failure: { sourceKey: item.sourceKey, rawHash, code: 'E_ANALYSIS_TIMEOUT', message: `the analysis took longer than ${timeoutMs} ms and was stopped` } });
          void slot.worker.terminate();
        }, timeoutMs);
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
