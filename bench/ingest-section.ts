/**
 * The `ingest` section of `npm run bench`: where ingest time goes besides analysis (bench/corpus-ingest.ts)
 * on the generated corpus, at five analysis costs, and the rate projected from the full-pipeline run.
 */
import { mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJsonlCorpus } from '../scripts/generate-corpus.js';
import { DEFAULT_STAGES } from '../src/pipeline/index.js';
import { benchIngestBreakdown, formatIngestBreakdown, type IngestBreakdown } from './corpus-ingest.js';
import { formatProjection, projectIngest, type IngestProjection } from './ingest-projection.js';

export interface IngestSection {
  breakdown: IngestBreakdown;
  /** From the run with every stage; absent if there was none. */
  projection?: IngestProjection;
}

export async function benchIngestSection(articles: number, log: (line: string) => void = () => {}): Promise<IngestSection> {
  const dir = join(tmpdir(), 'newslens-bench');
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, `corpus-${articles}.jsonl`);
  if (!existsSync(corpus)) {
    log(`generating ${articles} articles → ${corpus}`);
    await writeJsonlCorpus(corpus, articles, 1);
  }
  const breakdown = await benchIngestBreakdown(corpus, dir, articles, log);
  // Steady state: the warm analysis cost of the full run plus the overhead of the run without analysis
  // (the ingest path itself); the full run's own "overhead" also holds its JIT and GC warm-up.
  const full = breakdown.runs.find((r) => r.stages.length === DEFAULT_STAGES.length);
  const bare = breakdown.runs.find((r) => r.stages.length === 0);
  const projection = full ? projectIngest(breakdown.cores, full.cpuMsPerArticle, full.analysisMsPerArticle, bare?.overheadMsPerArticle ?? full.overheadMsPerArticle) : undefined;
  return { breakdown, ...(projection ? { projection } : {}) };
}

export function formatIngestSection(s: IngestSection): string {
  return [
    `ingest (SQLite store, generated articles, the real ingest path on ${s.breakdown.workers} worker threads)`,
    formatIngestBreakdown(s.breakdown),
    ...(s.projection ? [formatProjection(s.projection)] : []),
  ].join('\n');
}
