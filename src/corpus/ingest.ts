/**
 * Ingest: sources → (skip what the store has) → analysis on worker threads → batched transactions.
 *
 * - Streaming: a bounded number of items is in flight, so memory stays flat however large the input.
 * - Idempotent: a document is stored once (the store refuses a second one with the same URL or text
 *   hash); inputs whose raw hash or URL the store already has are skipped before analysis.
 * - Resumable: each batch is one transaction, so a kill loses at most the unwritten batch, and a
 *   re-run skips everything written and redoes the rest. Failures are upserted by source key.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { DocumentMeta } from '../model/document.js';
import type { Pipeline } from '../pipeline/index.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import type { FailureRecord, StorableDocument, Store } from '../store/types.js';
import { rawHashOf, type ItemResult } from './analyze-item.js';
import { inputEvents, planInputs } from './sources/input-events.js';
import type { ByteCounter, SourceEvent, SourceItem } from './sources/source-item.js';
import { WorkerPool } from './worker-pool.js';

export interface IngestOptions {
  store: Store;
  /** Worker threads for analysis (default: one per core); 0 analyses on this thread. */
  workers?: number;
  /** With `workers: 0`, the pipeline to use; worker threads use the default pipeline. */
  pipeline?: Pipeline;
  /** Worker threads: only these stages of the default pipeline, by name (for benchmarks). */
  stages?: readonly string[];
  /** Metadata that overrides what readers find (`--outlet`). */
  overrides?: DocumentMeta;
  maxBytes?: number;
  /** Documents per transaction (default 100). */
  batchSize?: number;
  /** Called about four times a second, and once at the end. */
  onProgress?: (progress: IngestProgress) => void;
  /** Stops reading new inputs; what is in flight is finished and written. */
  signal?: AbortSignal;
}

export interface IngestProgress {
  stored: number;
  duplicates: number;
  failed: number;
  ignored: number;
  /** Input bytes of the items done so far, and in all (0 when unknown: URLs). */
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** Failures per code. */
  failuresByCode: Record<string, number>;
  /** The first failures of this run, with their reasons (all are in the store). */
  failures: FailureRecord[];
  /** Inputs ignored because they are not articles, per reason (WARC request records, images...). */
  ignoredByReason: Record<string, number>;
  interrupted: boolean;
}

const PRECHECK_BATCH = 32;
const FAILURES_KEPT = 20;

/** Ingests files, folders and URLs (or any stream of source events) into the store. */
export async function ingest(inputs: readonly string[] | AsyncIterable<SourceEvent>, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const counter: ByteCounter = { read: 0 };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let totalBytes = 0;
  let events: AsyncIterable<SourceEvent>;
  if (Symbol.asyncIterator in inputs) events = inputs as AsyncIterable<SourceEvent>;
  else {
    const plan = await planInputs(inputs as readonly string[]);
    totalBytes = plan.totalBytes;
    events = inputEvents(plan, { maxBytes, counter });
  }
  const { store } = options;
  const pool = new WorkerPool({ size: options.workers ?? availableParallelism(), ...(options.overrides ? { overrides: options.overrides } : {}), ...(options.pipeline ? { pipeline: options.pipeline } : {}), ...(options.stages ? { stages: options.stages } : {}) });
  const batchSize = options.batchSize ?? 100;
  // Per worker: the batch it analyses, the one it holds in advance and one queued (batches of 16).
  const maxInFlight = Math.max(8, pool.size * 48);
  const summary: IngestSummary = { stored: 0, duplicates: 0, failed: 0, ignored: 0, bytesRead: 0, totalBytes, elapsedMs: 0, failuresByCode: {}, failures: [], ignoredByReason: {}, interrupted: false };

  let toStore: StorableDocument[] = [];
  let toFail: FailureRecord[] = [];
  let writeChain: Promise<void> = Promise.resolve();
  let writeError: unknown;
  const flush = (): Promise<void> => {
    const docs = toStore;
    const failures = toFail;
    toStore = [];
    toFail = [];
    writeChain = writeChain.then(async () => {
      if (writeError) return;
      try {
        if (failures.length > 0) await store.putFailures(failures);
        if (docs.length > 0) for (const outcome of await store.put(docs)) summary[outcome === 'stored' ? 'stored' : 'duplicates']++;
      } catch (error) {
        writeError = error;
      }
    });
    return writeChain;
  };
  const fail = (failure: FailureRecord): void => {
    summary.failed++;
    summary.failuresByCode[failure.code] = (summary.failuresByCode[failure.code] ?? 0) + 1;
    if (summary.failures.length < FAILURES_KEPT) summary.failures.push(failure);
    toFail.push(failure);
  };

  let bytesDone = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const onResult = (result: ItemResult): void => {
    inFlight--;
    if (result.ok) toStore.push(result.storable);
    else fail(result.failure);
    if (toStore.length + toFail.length >= batchSize) void flush();
    wake?.();
  };
  const slot = async (): Promise<void> => {
    while (inFlight >= maxInFlight) await new Promise<void>((resolve) => { wake = resolve; });
    // Backpressure from the writer too: do not run ahead of more than one pending batch.
    if (toStore.length >= batchSize * 2) await flush();
  };

  const dispatch = async (batch: Array<{ item: SourceItem; rawHash: string; bytes: number }>): Promise<void> => {
    const seen = await store.seen({ urls: batch.flatMap((b) => (b.item.url ? [b.item.url] : [])), rawHashes: batch.map((b) => b.rawHash) });
    for (const { item, rawHash, bytes } of batch) {
      if (seen.rawHashes.has(rawHash) || (item.url !== undefined && seen.urls.has(item.url))) { summary.duplicates++; bytesDone += bytes; continue; }
      await slot();
      inFlight++;
      void pool.run(item, rawHash).then((result) => { bytesDone += bytes; onResult(result); });
    }
  };

  // Analysed documents waiting for their batch count as stored on the progress line; the summary is exact.
  const progress = (): IngestProgress => ({ stored: summary.stored + toStore.length, duplicates: summary.duplicates, failed: summary.failed, ignored: summary.ignored, bytesRead: bytesDone, totalBytes, elapsedMs: performance.now() - started });
  const report = (): void => options.onProgress?.(progress());
  const timer = options.onProgress ? setInterval(report, 250) : undefined;
  timer?.unref();
  try {
    let batch: Array<{ item: SourceItem; rawHash: string; bytes: number }> = [];
    for await (const event of events) {
      if (writeError) throw writeError;
      if (options.signal?.aborted) { summary.interrupted = true; break; }
      if (!('item' in event)) bytesDone += event.bytes ?? ('progress' in event ? event.progress : 0);
      if ('progress' in event) continue;
      if ('ignored' in event) {
        summary.ignored++;
        summary.ignoredByReason[event.ignored] = (summary.ignoredByReason[event.ignored] ?? 0) + 1;
      } else if ('failure' in event) {
        const f = event.failure;
        fail({ sourceKey: f.sourceKey, rawHash: createHash('sha256').update(f.raw ?? f.sourceKey).digest('hex'), code: f.code, message: f.message });
      } else {
        batch.push({ item: event.item, rawHash: rawHashOf(event.item.input), bytes: event.bytes ?? 0 });
        if (batch.length >= PRECHECK_BATCH) { await dispatch(batch); batch = []; }
      }
    }
    await dispatch(batch);
    while (inFlight > 0) await new Promise<void>((resolve) => { wake = resolve; });
    await flush();
    if (writeError) throw writeError;
  } finally {
    if (timer) clearInterval(timer);
    await pool.close();
  }
  Object.assign(summary, progress());
  options.onProgress?.(progress());
  return summary;
}
