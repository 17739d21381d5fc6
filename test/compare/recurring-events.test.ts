/**
 * A recurring pattern ("shelled almost daily") is not one event: stored with its flag, and left out
 * of compare's clusters, so it never joins the specific shelling its article's day would date it to.
 * End to end on SQLite with two invented articles.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/corpus/ingest.js';
import { compareEvents, formatCompareReport } from '../../src/corpus/compare/index.js';
import { toCsv } from '../../src/corpus/export.js';
import { openStore } from '../../src/store/open-store.js';
import type { EventHit, Store } from '../../src/store/types.js';

const ARTICLES = [
  {
    outlet: 'Steppe Post', publishedAt: '2024-03-12', title: 'Market hit in Horlivka',
    text: 'Market hit in Horlivka\n\nShelling hit the central market in Horlivka on Tuesday, killing three people, the mayor said.\n',
  },
  {
    outlet: 'River Times', publishedAt: '2024-03-12', title: 'Residents of Horlivka live in fear',
    text: 'Residents of Horlivka live in fear\n\nThe town of Horlivka has been shelled almost daily since March, residents say.\n',
  },
];

let dir: string;
let store: Store;
let rows: EventHit[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newslens-recurring-'));
  const file = join(dir, 'horlivka.jsonl');
  await writeFile(file, ARTICLES.map((a) => `${JSON.stringify(a)}\n`).join(''));
  store = await openStore(`sqlite:${join(dir, 'recurring.db')}`);
  assert.equal((await ingest([file], { store, workers: 0 })).stored, 2);
  rows = await store.eventRows({}, 100);
});

after(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the index keeps the recurring flag, and the events export carries it', () => {
  const pattern = rows.filter((r) => r.outlet === 'River Times');
  assert.ok(pattern.length > 0 && pattern.every((r) => r.recurring === true && r.place === 'Horlivka'), JSON.stringify(pattern));
  const specific = rows.filter((r) => r.outlet === 'Steppe Post');
  assert.ok(specific.length > 0 && specific.every((r) => !('recurring' in r)), JSON.stringify(specific));
  const csv = toCsv(rows, ['outlet', 'trigger', 'recurring']).split('\r\n');
  assert.ok(csv.some((line) => line.startsWith('River Times,') && line.endsWith(',true')), csv.join('\n'));
});

test('a recurring pattern does not join the specific event of its article\'s day', async () => {
  const report = await compareEvents(store, { place: 'Horlivka', from: '2024-03-10', to: '2024-03-14' });
  const outlets = report.clusters.flatMap((c) => c.outlets.map((o) => o.outlet));
  assert.deepEqual(outlets, ['Steppe Post'], formatCompareReport(report));
  assert.ok(report.scanned.unplaced >= 1, 'the pattern is counted among the rows left out');
});
