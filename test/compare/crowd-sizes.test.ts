/**
 * Crowd sizes in the comparison, end to end on SQLite: two invented articles on one protest from two
 * outlets, one giving the organisers' figure and one the police's, analysed, stored and compared. The
 * figures reach each outlet's account with claimant and qualifier, and their clash is a contradiction
 * in the report and its text; the event index rows (and so the events export) carry the figures.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/corpus/ingest.js';
import { compareEvents, formatCompareReport } from '../../src/corpus/compare/index.js';
import type { CompareReport, EventCluster } from '../../src/corpus/compare/types.js';
import { toCsv, toJsonl } from '../../src/corpus/export.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

const ARTICLES = [
  {
    outlet: 'Harbour Gazette', publishedAt: '2025-05-17', title: 'Rent protest fills the streets of Porto',
    text: 'Rent protest fills the streets of Porto\n\nProtesters marched through central Porto on Saturday against rising rents. The organisers put the crowd at more than 20,000, saying it was the largest housing protest in the city in a decade.\n',
  },
  {
    outlet: 'Northern Courier', publishedAt: '2025-05-17', title: 'Rent march in Porto passes off peacefully',
    text: 'Rent march in Porto passes off peacefully\n\nDemonstrators marched through central Porto on Saturday against rising rents. Police estimated the crowd at about 8,000. No arrests were reported.\n',
  },
];

let dir: string;
let store: Store;
let report: CompareReport;
let cluster: EventCluster;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newslens-crowd-'));
  const file = join(dir, 'porto.jsonl');
  await writeFile(file, ARTICLES.map((a) => `${JSON.stringify(a)}\n`).join(''));
  store = await openStore(`sqlite:${join(dir, 'crowd.db')}`);
  const summary = await ingest([file], { store, workers: 0 });
  assert.equal(summary.stored, 2);
  report = await compareEvents(store, { place: 'Porto', from: '2025-05-16', to: '2025-05-18' });
  assert.equal(report.clusters.length, 1, formatCompareReport(report));
  cluster = report.clusters[0]!;
});

after(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

function crowdOf(outlet: string) {
  const account = cluster.outlets.find((o) => o.outlet === outlet);
  assert.ok(account, `expected ${outlet}, found ${cluster.outlets.map((o) => o.outlet).join(', ')}`);
  return account.articles.flatMap((a) => a.crowd);
}

test('each outlet\'s crowd figure keeps its claimant and qualifier', () => {
  assert.deepEqual(cluster.outlets.map((o) => o.outlet), ['Harbour Gazette', 'Northern Courier']);
  const organisers = crowdOf('Harbour Gazette');
  assert.ok(organisers.some((c) => c.figure === 'more than 20,000' && c.qualifier === 'more-than' && /organi[sz]ers/i.test(c.claimant)), JSON.stringify(organisers));
  const police = crowdOf('Northern Courier');
  assert.ok(police.some((c) => c.figure === 'about 8,000' && c.qualifier === 'approximately' && /police/i.test(c.claimant)), JSON.stringify(police));
  for (const outlet of cluster.outlets) {
    for (const a of outlet.articles) {
      for (const c of a.crowd) assert.ok(a.events.includes(c.event), `the figure's event ${c.event} is one of the article's events in the cluster`);
    }
  }
});

test('organisers\' and police\'s figures that do not meet are a crowd contradiction', () => {
  const crowd = cluster.contradictions.filter((c) => c.kind === 'crowd');
  assert.equal(crowd.length, 1, JSON.stringify(cluster.contradictions));
  const sides = crowd[0]!.sides;
  assert.deepEqual(sides.map((s) => s.outlet).sort(), ['Harbour Gazette', 'Northern Courier']);
  const gazette = sides.find((s) => s.outlet === 'Harbour Gazette')!;
  const article = ARTICLES[0]!;
  assert.match(article.text.slice(gazette.start, gazette.end), /20,000/, 'the side points at the figure\'s words');
  assert.match(crowd[0]!.summary, /more than 20,000 \(according to [^)]*organi[sz]ers\) in Harbour Gazette vs about 8,000 \(according to police\) in Northern Courier/i);
  const text = formatCompareReport(report);
  assert.match(text, /crowd: Crowd sizes that do not meet/);
  assert.match(text, /crowd\s+about 8,000 \(Police, approximately\)/);
});

test('event index rows carry the crowd sizes, and the events export writes them', async () => {
  const rows = await store.eventRows({ type: 'Protests' }, 100);
  const courier = rows.filter((r) => r.outlet === 'Northern Courier' && r.crowd);
  assert.ok(courier.some((r) => r.crowd!.some((c) => c.figure === 'about 8,000' && c.qualifier === 'approximately' && c.best === 8000 && /police/i.test(c.claimant))), JSON.stringify(rows));
  const jsonl = toJsonl(rows).trim().split('\n').map((line) => JSON.parse(line) as { crowd?: Array<{ figure: string }> });
  assert.ok(jsonl.some((r) => r.crowd?.some((c) => c.figure === 'more than 20,000')));
  assert.match(toCsv(rows, ['outlet', 'crowd']), /Harbour Gazette,"\[\{""figure"":""more than 20,000""/);
});
