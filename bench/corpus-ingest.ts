/**
 * Where ingest time goes besides analysis. The same articles are ingested on worker threads with
 * pipelines of growing cost (no stage, the first stages, every stage), and for each the run reports
 * articles/s, the CPU time of the whole process per article (every thread), the main thread's busy
 * time per article (reading, hashing, dedup lookups, receiving results, SQLite writes with full-text
 * indexing), and the analysis CPU per article measured apart on one thread. The difference is the
 * ingest overhead, so the rate at any analysis cost can be projected: on C cores, about
 * C / (analysis + overhead) articles/s while CPU-bound.
 */
import { createReadStream, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeItem, rawHashOf } from '../src/corpus/analyze-item.js';
import { ingest } from '../src/corpus/ingest.js';
import { WorkerPool } from '../src/corpus/worker-pool.js';
import { PACKAGE_VERSION } from '../src/data/paths.js';
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js';
import { openStore } from '../src/store/open-store.js';

export interface IngestRun {
  /** The stages run (empty: reading, hashing, packing and storing only). */
  stages: string[];
  articles: number;
  perSecond: number;
  /** CPU of every thread, per article (worker start and model loads included). */
  cpuMsPerArticle: number;
  /** Linux (/proc): CPU per article of the main thread, of V8's and libuv's helper threads (JIT, GC), and of the analysis workers. */
  threads?: { main: number; helpers: number; workers: number };
  /** One worker's start (imports, model loads, a first short article): CPU ms. */
  workerStartCpuMs: number;
  /** The analysis alone, per article, on one warm thread. */
  analysisMsPerArticle: number;
  /** CPU per article outside analysis and worker start: what ingest adds to every article. */
  overheadMsPerArticle: number;
}

export interface IngestBreakdown {
  workers: number;
  cores: number;
  runs: IngestRun[];
}

/** The first `n` non-empty lines of a JSONL file. */
export async function firstLines(path: string, n: number): Promise<string[]> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  return lines;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/** Analysis CPU per article with these stages, on this thread, after a warm-up. */
export function analysisCost(lines: string[], stages: readonly string[]): number {
  const pipeline = createPipeline(DEFAULT_STAGES.filter((s) => stages.includes(s.name)), PACKAGE_VERSION);
  const empty = createPipeline([], PACKAGE_VERSION);
  const items = lines.map((json, i) => ({ sourceKey: `bench#L${i + 1}`, input: { kind: 'record' as const, json, name: 'bench.jsonl' } }));
  for (const item of items.slice(0, 10)) analyzeItem(item, rawHashOf(item.input), pipeline);
  // The same item path with no stage, subtracted: reading and packing belong to the overhead.
  let withStages = 0;
  let without = 0;
  for (const item of items) {
    const hash = rawHashOf(item.input);
    let started = process.cpuUsage();
    analyzeItem(item, hash, empty);
    without += cpuMs(started);
    started = process.cpuUsage();
    analyzeItem(item, hash, pipeline);
    withStages += cpuMs(started);
  }
  return Math.max(0, (withStages - without) / items.length);
}

/** CPU ms of each live thread of this process, by thread id, from /proc (10 ms ticks); undefined off Linux. */
function threadCpuMs(): Map<string, number> | undefined {
  try {
    const threads = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      // utime and stime: fields 14 and 15 of stat, the 12th and 13th after the command name.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      threads.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    }
    return threads;
  } catch {
    return undefined;
  }
}

/** Main thread and helper threads (those alive before and after) per article; the workers (gone by then) are the rest. */
function splitThreads(before: Map<string, number> | undefined, after: Map<string, number> | undefined, total: number, n: number): IngestRun['threads'] {
  if (!before || !after) return undefined;
  const main = (after.get(String(process.pid)) ?? 0) - (before.get(String(process.pid)) ?? 0);
  let helpers = 0;
  for (const [tid, ms] of after) if (tid !== String(process.pid) && before.has(tid)) helpers += ms - before.get(tid)!;
  return { main: main / n, helpers: helpers / n, workers: (total - main - helpers) / n };
}

/** One worker thread's start with these stages (imports, model loads, a first short article): wall and CPU ms. */
export async function timeWorkerStart(stages: readonly string[]): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pool = new WorkerPool({ size: 1, stages });
  const json = JSON.stringify({ title: 'Warm', text: 'Officials said on Tuesday that three people were killed in Kharkiv. "We will rebuild," the mayor said.', publishedAt: '2024-01-03' });
  await pool.run({ sourceKey: 'start', input: { kind: 'record', json, name: 'start' } }, 'start');
  const result = { ms: performance.now() - started, cpuMs: cpuMs(cpu) };
  await pool.close();
  return result;
}

/**
 * Ingests the first `articles` lines of `corpus` (JSONL) into fresh SQLite stores in `dir`, once per
 * stage list in `stageSets` (default: none, structure, up to entities, up to places, every stage).
 */
export async function benchIngestBreakdown(corpus: string, dir: string, articles: number, log: (line: string) => void = () => {},
  stageSets: string[][] = defaultStageSets()): Promise<IngestBreakdown> {
  const workers = availableParallelism();
  const lines = await firstLines(corpus, articles);
  // The real path: the JSONL file is streamed and split on the main thread, as `newslens ingest` does.
  const input = `${dir}/breakdown-${lines.length}.jsonl`;
  writeFileSync(input, `${lines.join('\n')}\n`);
  const sample = lines.slice(0, Math.min(lines.length, 100));
  const runs: IngestRun[] = [];
  for (const stages of stageSets) {
    const workerStart = await timeWorkerStart(stages);
    const path = `${dir}/breakdown.db`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const store = await openStore(`sqlite:${path}`);
    log(`ingest of ${lines.length} articles with ${stages.length === 0 ? 'no stage' : stages.join(', ')}…`);
    const threadsBefore = threadCpuMs();
    const cpu = process.cpuUsage();
    let summary;
    try {
      summary = await ingest([input], { store, workers, stages });
    } finally {
      await store.close();
    }
    const total = cpuMs(cpu);
    const threadsAfter = threadCpuMs();
    const n = summary.stored + summary.failed + summary.duplicates;
    const analysisMsPerArticle = analysisCost(sample, stages);
    runs.push({
      stages, articles: n, perSecond: n / (summary.elapsedMs / 1000), cpuMsPerArticle: total / n,
      ...(threadsBefore && threadsAfter ? { threads: splitThreads(threadsBefore, threadsAfter, total, n)! } : {}),
      workerStartCpuMs: workerStart.cpuMs, analysisMsPerArticle,
      overheadMsPerArticle: (total - workers * workerStart.cpuMs) / n - analysisMsPerArticle,
    });
  }
  return { workers, cores: availableParallelism(), runs };
}

function defaultStageSets(): string[][] {
  const names = DEFAULT_STAGES.map((s) => s.name);
  const upTo = (last: string): string[] => names.slice(0, names.indexOf(last) + 1);
  return [[], upTo('structure'), upTo('entities'), upTo('places'), names];
}

export function formatIngestBreakdown(b: IngestBreakdown): string {
  const f = (x: number, d = 2): string => x.toFixed(d);
  const rows = b.runs.map((r) => `    ${(r.stages.length === 0 ? '(none)' : r.stages.length === DEFAULT_STAGES.length ? 'all stages' : `up to ${r.stages.at(-1)}`).padEnd(16)}`
    + ` ${f(r.perSecond, 1).padStart(6)}/s  cpu ${f(r.cpuMsPerArticle).padStart(6)}`
    + (r.threads ? ` (main ${f(r.threads.main).padStart(4)}, workers ${f(r.threads.workers).padStart(5)}, V8/libuv helpers ${f(r.threads.helpers).padStart(4)})` : '')
    + `  analysis ${f(r.analysisMsPerArticle).padStart(6)}  overhead ${f(r.overheadMsPerArticle).padStart(5)}  (worker start ${f(r.workerStartCpuMs, 0)} ms CPU each)`);
  return [
    `  ingest breakdown (${b.workers} worker threads, ${b.cores} cores; ms of CPU per article; overhead = cpu − analysis − worker starts)`,
    ...rows,
  ].join('\n');
}
