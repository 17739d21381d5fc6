/**
 * Re-analysis: when the pipeline changes (a stage added or its version bumped), stored documents
 * whose pipeline version differs are read again from their raw input, analysed on worker threads,
 * and replaced, each in its own transaction. Interrupted, it resumes: what was replaced carries the
 * new version and is not stale any more.
 */
import { availableParallelism } from 'node:os';
import { getDefaultPipeline, type Pipeline } from '../pipeline/index.js';
import type { FailureRecord, StaleDocument, Store } from '../store/types.js';
import { rawHashOf } from './analyze-item.js';
import type { SourceItem } from './sources/source-item.js';
import { WorkerPool } from './worker-pool.js';

export interface ReanalyzeOptions {
  store: Store;
  workers?: number;
  /** With `workers: 0`, the pipeline to use (its version is the target). */
  pipeline?: Pipeline;
  onProgress?: (done: number) => void;
}

export interface ReanalyzeSummary {
  version: string;
  replaced: number;
  failed: number;
  failures: FailureRecord[];
}

const PAGE = 64;

export async function reanalyze(options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const workers = options.workers ?? availableParallelism();
  const pipeline = options.pipeline ?? getDefaultPipeline();
  if (workers > 0 && options.pipeline && options.pipeline.version !== getDefaultPipeline().version) {
    throw new Error('expected workers: 0 with a custom pipeline (worker threads run the default pipeline)');
  }
  const pool = new WorkerPool({ size: workers, pipeline });
  const summary: ReanalyzeSummary = { version: pipeline.version, replaced: 0, failed: 0, failures: [] };
  let after = 0;
  try {
    for (;;) {
      const page = await options.store.stale(pipeline.version, after, PAGE);
      if (page.length === 0) break;
      after = page.at(-1)!.seq;
      const results = await Promise.all(page.map((stale) => {
        const item = itemOf(stale);
        return pool.run(item, rawHashOf(item.input));
      }));
      for (const [i, result] of results.entries()) {
        if (result.ok) {
          await options.store.replace(page[i]!.seq, result.storable);
          summary.replaced++;
        } else {
          // The stored analysis stays; the failure is recorded with its reason.
          summary.failed++;
          if (summary.failures.length < 20) summary.failures.push(result.failure);
          await options.store.putFailures([result.failure]);
        }
      }
      options.onProgress?.(summary.replaced + summary.failed);
    }
  } finally {
    await pool.close();
  }
  return summary;
}

/** The stored input as a source item: its raw bytes or record, else its text and metadata. */
function itemOf(stale: StaleDocument): SourceItem {
  const info = stale.rawInfo;
  const base = { sourceKey: stale.sourceKey, ...(info?.defaults ? { defaults: info.defaults } : {}), ...(info?.overrides ? { overrides: info.overrides } : {}) };
  if (stale.raw && info?.kind === 'bytes') {
    return { ...base, input: { kind: 'bytes', bytes: stale.raw, name: info.name ?? stale.sourceKey, ...(info.contentType ? { contentType: info.contentType } : {}) } };
  }
  if (stale.raw && info?.kind === 'record') return { ...base, input: { kind: 'record', json: new TextDecoder().decode(stale.raw), name: info.name ?? stale.sourceKey } };
  const { text, meta } = stale.doc;
  return { ...base, input: { kind: 'record', json: JSON.stringify({ ...meta, text }), name: stale.sourceKey } };
}
