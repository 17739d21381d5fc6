/**
 * Corpus benchmarks on a generated corpus (scripts/generate-corpus.ts, deterministic, not committed):
 * - ingest rate with full analysis on every core, through the real CLI in a child process, and its
 *   peak memory (RSS of the process, worker threads included), on the first `ingestArticles`;
 * - beside it, in the same run: ingest with an empty pipeline (reading + hashing + storing, no
 *   analysis) and the raw store insert rate, so the share of analysis in the cost is visible;
 * - search latency (median, p95) on all `articles` (100,000 by default), stored with the layers
 *   the generator knows it wrote (bench/annotated-documents.ts: analysing 100,000 articles takes
 *   hours at today's pipeline speed), beside a LIKE scan of the same words. Storing them is the
 *   raw insert baseline.
 * The ingest run's CPU (every thread of the child process) per article is split into the analysis
 * (measured apart on one warm thread) and the rest, the ingest overhead; from those the rate's ceiling
 * on this machine's cores is projected (bench/ingest-projection.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/corpus/ingest.js';
import { createPipeline, getDefaultPipeline } from '../src/pipeline/index.js';
import { openStore } from '../src/store/open-store.js';
import { writeJsonlCorpus } from '../scripts/generate-corpus.js';
import { annotatedStorable } from './annotated-documents.js';
import { analysisCost, firstLines, timeWorkerStart } from './corpus-ingest.js';
import { formatProjection, projectIngest, type IngestProjection } from './ingest-projection.js';
import { timeLikeScan, timeSearches, type LatencyStats } from './corpus-search.js';

export interface CorpusBench {
  articles: number;
  corpusMiB: number;
  stages: string[];
  workers: number;
  ingest: {
    articles: number; seconds: number; perSecond: number; stored: number; failed: number; peakRssMiB: number; storeMiB: number;
    /** CPU of the ingest process (all threads, start-up included) per article, and its parts. */
    cpuMsPerArticle: number; analysisMsPerArticle: number; overheadMsPerArticle: number; workerStartCpuMs: number;
  };
  projection: IngestProjection;
  ingestWithoutAnalysis: { perSecond: number; articles: number };
  rawInsert: { perSecond: number; articles: number; storeMiB: number };
  search: LatencyStats & { byLabel: Record<string, number> };
  likeScan: LatencyStats;
}

const CLI = fileURLToPath(new URL('../scripts/cli.js', import.meta.url));

export async function benchCorpus(articles = 100_000, log: (line: string) => void = () => {}, ingestArticles = 2_000): Promise<CorpusBench> {
  const dir = join(tmpdir(), 'newslens-bench');
  mkdirSync(dir, { recursive: true });
  const sample = Math.min(articles, ingestArticles);
  const corpus = join(dir, `corpus-${sample}.jsonl`);
  if (!existsSync(corpus)) {
    log(`generating ${sample} articles → ${corpus}`);
    await writeJsonlCorpus(corpus, sample, 1);
  }
  const ingestStore = join(dir, `ingest-${sample}.db`);
  removeStore(ingestStore);
  const workers = availableParallelism();
  log(`ingesting ${sample} articles with full analysis on ${workers} worker threads…`);
  const run = spawnSync(process.execPath, [CLI, 'ingest', corpus, '--store', `sqlite:${ingestStore}`, '--workers', String(workers), '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}`);
  const summary = JSON.parse(run.stdout) as { stored: number; failed: number; elapsedMs: number; peakRssMiB: number; cpuMs: number };
  const done = summary.stored + summary.failed;
  log('analysis cost per article on one warm thread, and one worker start…');
  const stageNames = getDefaultPipeline().stages.map((s) => s.name);
  const analysisMsPerArticle = analysisCost(await firstLines(corpus, 200), stageNames);
  const workerStartCpuMs = (await timeWorkerStart(stageNames)).cpuMs;
  const cpuMsPerArticle = summary.cpuMs / done;
  // Steady state: what is left once the analysis and the worker starts are taken out.
  const overheadMsPerArticle = (summary.cpuMs - workers * workerStartCpuMs) / done - analysisMsPerArticle;

  log(`baseline: ingest of ${sample} articles without analysis…`);
  const ingestWithoutAnalysis = await ingestEmptyPipeline(corpus, join(dir, 'baseline-ingest.db'), sample);
  const searchStore = join(dir, `search-${articles}.db`);
  log(`storing ${articles} articles with generated layers (raw insert baseline; the search corpus)…`);
  const rawInsert = await rawInsertRate(searchStore, articles);

  log('timing searches…');
  const store = await openStore(`sqlite:${searchStore}`);
  let search;
  try {
    search = await timeSearches(store);
  } finally {
    await store.close();
  }
  const likeScan = timeLikeScan(searchStore);
  return {
    articles, corpusMiB: statSync(corpus).size / 2 ** 20, stages: getDefaultPipeline().stages.map((s) => s.name), workers,
    ingest: {
      articles: sample, seconds: summary.elapsedMs / 1000, perSecond: done / (summary.elapsedMs / 1000), stored: summary.stored, failed: summary.failed, peakRssMiB: summary.peakRssMiB, storeMiB: statSync(ingestStore).size / 2 ** 20,
      cpuMsPerArticle, analysisMsPerArticle, overheadMsPerArticle, workerStartCpuMs,
    },
    projection: projectIngest(workers, cpuMsPerArticle, analysisMsPerArticle, overheadMsPerArticle),
    ingestWithoutAnalysis, rawInsert: { ...rawInsert, storeMiB: statSync(searchStore).size / 2 ** 20 }, search, likeScan,
  };
}

function removeStore(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** The whole ingest path (read, hash, dedup check, store) with a pipeline of no stages, on one thread. */
async function ingestEmptyPipeline(corpus: string, path: string, n: number): Promise<{ perSecond: number; articles: number }> {
  removeStore(path);
  const store = await openStore(`sqlite:${path}`);
  try {
    const summary = await ingest([corpus], { store, workers: 0, pipeline: createPipeline([], 'bench') });
    return { perSecond: (summary.stored + summary.failed) / (summary.elapsedMs / 1000), articles: n };
  } finally {
    await store.close();
  }
}

/** Store.put of built documents with their layers, 200 per transaction: the storage cost alone. */
async function rawInsertRate(path: string, n: number): Promise<{ perSecond: number; articles: number }> {
  removeStore(path);
  const store = await openStore(`sqlite:${path}`);
  try {
    let ms = 0;
    for (let i = 0; i < n; i += 200) {
      const items = [];
      for (let j = i; j < Math.min(n, i + 200); j++) items.push(annotatedStorable(j, 1));
      const started = performance.now();
      await store.put(items);
      ms += performance.now() - started;
    }
    return { perSecond: n / (ms / 1000), articles: n };
  } finally {
    await store.close();
  }
}

export function formatCorpusBench(b: CorpusBench): string {
  const n = (x: number): string => Math.round(x).toLocaleString('en');
  return [
    `corpus (SQLite store; pipeline stages: ${b.stages.join(', ')})`,
    `  ingest, full analysis      ${b.ingest.perSecond.toFixed(1)} articles/s on ${b.workers} worker threads (${n(b.ingest.articles)} generated articles, ${b.corpusMiB.toFixed(0)} MiB JSONL, ${b.ingest.seconds.toFixed(0)} s, ${b.ingest.failed} failed; target >= 200)`,
    `  ingest CPU per article     ${b.ingest.cpuMsPerArticle.toFixed(2)} ms (every thread of the ingest process, start-up included) = analysis ${b.ingest.analysisMsPerArticle.toFixed(2)} ms (one warm thread) + ${b.workers} worker starts of ${b.ingest.workerStartCpuMs.toFixed(0)} ms each / ${n(b.ingest.articles)} + overhead ${b.ingest.overheadMsPerArticle.toFixed(2)} ms (reading, hashing, packing, storing; JIT and GC threads)`,
    formatProjection(b.projection),
    `  ingest, no analysis        ${n(b.ingestWithoutAnalysis.perSecond)} articles/s (baseline: same path and articles, empty pipeline, one thread)`,
    `  peak memory during ingest  ${b.ingest.peakRssMiB.toFixed(0)} MiB RSS (the process with its worker threads); store ${b.ingest.storeMiB.toFixed(0)} MiB`,
    `  store inserts only         ${n(b.rawInsert.perSecond)} articles/s (baseline: Store.put of ${n(b.rawInsert.articles)} built documents with quotes and entities, 200 per transaction; ${b.rawInsert.storeMiB.toFixed(0)} MiB)`,
    `  search at ${n(b.articles)}      median ${b.search.medianMs.toFixed(2)} ms, p95 ${b.search.p95Ms.toFixed(2)} ms, max ${b.search.maxMs.toFixed(1)} ms over ${b.search.queries} queries (target p95 < 50 ms)`,
    `  LIKE scan, same words      median ${b.likeScan.medianMs.toFixed(1)} ms, p95 ${b.likeScan.p95Ms.toFixed(1)} ms (baseline: every match found by a scan, ${b.likeScan.queries} queries)`,
    '  search median by kind:',
    ...Object.entries(b.search.byLabel).map(([k, v]) => `    ${k.padEnd(24)} ${v.toFixed(2)} ms`),
  ].join('\n');
}
