/**
 * Search latency at 100,000 articles on PostgreSQL: the same generated documents (with the layers the
 * generator wrote, bench/annotated-documents.ts) and the same query mix as the SQLite run. Runs when a
 * server is given (`--postgres=URL` or NEWSLENS_BENCH_POSTGRES_URL; `scripts/postgres-test-server.sh
 * start` starts one). Use a database of its own: documents already there are skipped as duplicates,
 * so a re-run tops the corpus up instead of doubling it, but nothing is ever deleted.
 */
import { openStore } from '../src/store/open-store.js';
import { annotatedStorable } from './annotated-documents.js';
import { timeSearches, type LatencyStats } from './corpus-search.js';

export interface PostgresSearchBench {
  /** The server and database (no password). */
  location: string;
  articles: number;
  /** Store.put of the documents not there yet, 200 per transaction; 0 when all were. */
  insertPerSecond: number;
  inserted: number;
  search: LatencyStats & { byLabel: Record<string, number>; p95ByLabel: Record<string, number> };
}

export async function benchPostgresSearch(url: string, articles: number, log: (line: string) => void = () => {}): Promise<PostgresSearchBench> {
  const store = await openStore(url);
  try {
    const before = (await store.stats()).documents;
    let ms = 0;
    if (before < articles) {
      log(`PostgreSQL: storing ${articles} articles with generated layers (${before} already there)…`);
      for (let i = 0; i < articles; i += 200) {
        const items = [];
        for (let j = i; j < Math.min(articles, i + 200); j++) items.push(annotatedStorable(j, 1));
        const started = performance.now();
        await store.put(items);
        ms += performance.now() - started;
      }
    }
    const after = (await store.stats()).documents;
    if (after < articles) throw new Error(`expected at least ${articles} documents in ${store.location}, found ${after}`);
    log('PostgreSQL: timing searches…');
    const search = await timeSearches(store);
    return { location: store.location, articles: after, inserted: after - before, insertPerSecond: ms > 0 ? (after - before) / (ms / 1000) : 0, search };
  } finally {
    await store.close();
  }
}

export function formatPostgresSearch(b: PostgresSearchBench): string {
  const n = (x: number): string => Math.round(x).toLocaleString('en');
  return [
    `  PostgreSQL search at ${n(b.articles)}  median ${b.search.medianMs.toFixed(2)} ms, p95 ${b.search.p95Ms.toFixed(2)} ms, max ${b.search.maxMs.toFixed(1)} ms over ${b.search.queries} queries (${b.location}; target p95 < 50 ms)`
      + (b.inserted > 0 ? `; ${n(b.inserted)} stored at ${n(b.insertPerSecond)} articles/s` : ''),
    '  PostgreSQL search by kind:',
    ...Object.entries(b.search.byLabel).map(([k, v]) => `    ${k.padEnd(24)} median ${v.toFixed(2).padStart(7)} ms, p95 ${(b.search.p95ByLabel[k] ?? 0).toFixed(2).padStart(7)} ms`),
  ].join('\n');
}
