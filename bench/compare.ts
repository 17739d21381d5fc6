/**
 * Comparison latency on a stored corpus: generated articles (scripts/generate-corpus.ts: 20 real
 * places, 8 outlets, two years of dates, shelling and strike sentences) ingested with the full
 * analysis, then a fixed mix of `compareEvents` queries, each timed (median and p95), with where the
 * time went (index, clustering, documents) and how much the index selected.
 *
 *   node .build/<you>/bench/compare.js [--articles=4000] [--store=sqlite:/tmp/x.db | postgres://...] [--rounds=5]
 *
 * The store is reused when it already holds the articles (ingest takes a minute or two).
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJsonlCorpus } from '../scripts/generate-corpus.js';
import { ingest } from '../src/corpus/ingest.js';
import { compareEvents } from '../src/corpus/compare/index.js';
import type { CompareQuery, CompareReport } from '../src/corpus/compare/types.js';
import { openStore } from '../src/store/open-store.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const i = a.indexOf('='); return [a.slice(2, i < 0 ? undefined : i), i < 0 ? '' : a.slice(i + 1)]; }));
const articles = Number(args.articles ?? 4000);
const rounds = Number(args.rounds ?? 5);
const url = args.store ?? `sqlite:${join(tmpdir(), `newslens-compare-bench-${articles}.db`)}`;

const QUERIES: Array<{ label: string; query: CompareQuery }> = [
  { label: 'place + week', query: { place: 'Kharkiv', from: '2024-03-04', to: '2024-03-10' } },
  { label: 'place (other spelling) + month', query: { place: 'Odessa', from: '2023-06-01', to: '2023-06-30' } },
  { label: 'type + place + month', query: { type: 'Explosions/Remote violence', place: 'Donetsk', from: '2024-01-01', to: '2024-01-31' } },
  { label: 'text + week', query: { text: 'hospital', from: '2023-09-01', to: '2023-09-07' } },
  { label: 'region (Donbas) + week', query: { place: 'Donbas', from: '2024-05-01', to: '2024-05-07' } },
  { label: 'week, no place', query: { from: '2024-02-01', to: '2024-02-07' } },
  { label: 'place, all dates', query: { place: 'Aleppo' } },
  { label: 'everything (index cap)', query: {} },
];

const store = await openStore(url);
try {
  const stats = await store.stats();
  if (stats.documents < articles) {
    const corpus = join(tmpdir(), `newslens-compare-bench-${articles}.jsonl`);
    if (!existsSync(corpus)) await writeJsonlCorpus(corpus, articles);
    const started = performance.now();
    const summary = await ingest([corpus], { store, workers: Number(args.workers ?? 2) });
    console.log(`ingested ${summary.stored} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    rmSync(corpus, { force: true });
  }
  const now = await store.stats();
  console.log(`${url}: ${now.documents} documents, ${now.events} events`);
  // The first comparison loads the gazetteer (measured apart: it is paid once per process).
  const first = await compareEvents(store, QUERIES[0]!.query);
  console.log(`first query (gazetteer load): placeMs ${first.timings.placeMs}`);
  console.log('query | median ms | p95 ms | index ms | cluster ms | documents ms | rows read | candidates | clusters | documents read');
  for (const { label, query } of QUERIES) {
    const times: number[] = [];
    let last: CompareReport | undefined;
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      last = await compareEvents(store, query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const r = last!;
    const cell = (x: number) => x.toFixed(1);
    console.log([label, cell(times[Math.floor(times.length / 2)]!), cell(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!), cell(r.timings.indexMs), cell(r.timings.clusterMs), cell(r.timings.documentsMs),
      `${r.scanned.events}${r.scanned.truncated ? ' (cap)' : ''}`, r.scanned.candidates, r.clustersFound, r.scanned.documents].join(' | '));
  }
} finally {
  await store.close();
}
