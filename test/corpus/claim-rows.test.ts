/**
 * The per-claim export (src/corpus/claim-rows.ts): rows from analysed articles, over SQLite always and
 * PostgreSQL when a server is given, from the CLI (`search --claims`) and the API (GET /api/claims). The
 * CSV is parsed back with an RFC 4180 reader written here, so quoting, line breaks inside cells and the
 * spreadsheet-formula guard are checked on the bytes an analyst gets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { CLAIM_COLUMNS, claimRows, claimRowsOf, type ClaimRow } from '../../src/corpus/claim-rows.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { Document } from '../../src/model/document.js';
import { buildApp } from '../../src/server/build-app.js';
import type { Store } from '../../src/store/types.js';
import { storable } from '../store/sample-documents.js';
import { definePostgresSuite, type OpenFresh } from '../support/postgres-schema.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

const CLI = fileURLToPath(new URL('../../scripts/cli.js', import.meta.url));

/** RFC 4180: fields split on commas, records on CRLF, a quoted field may hold commas, CRLF and "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += '"', i += 2;
      else if (ch === '"') quoted = false, i++;
      else field += ch, i++;
    } else if (ch === '"' && field === '') quoted = true, i++;
    else if (ch === ',') record.push(field), field = '', i++;
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), field = '', record = [], i += 2;
    else {
      assert.ok(ch !== '"' && ch !== '\n' && ch !== '\r', `a bare ${JSON.stringify(ch)} outside quotes at ${i}`);
      field += ch, i++;
    }
  }
  assert.equal(quoted, false, 'an unterminated quoted field');
  assert.ok(field === '' && record.length === 0, 'the last record ends with CRLF');
  return records;
}

/** A CSV cell as the export writes it: what a spreadsheet would run as a formula gets a leading apostrophe. */
function expectedCell(value: unknown): string {
  if (value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function exampleArticles(): Document[] {
  const lines = readFileSync(join(PACKAGE_ROOT, 'examples', 'disputed-strikes.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l) => analyze(JSON.parse(l)));
}

/** An article whose metadata and words are hostile to a spreadsheet and to a naive CSV writer. */
function hostileArticle(): Document {
  return analyze({
    text: '=HYPERLINK("http://evil.example","click") was the headline.\n\nThe army said on Monday that "rebels, not soldiers" shelled the town of Kutum, killing 4 people. Rebels denied shelling the town.',
    title: '-2+3 "quoted", with commas\r\nand a line break',
    outlet: '@Evil Outlet',
    url: 'https://evil.example/a?b=1,2',
    publishedAt: '2023-05-02',
  });
}

const DOCS = [...exampleArticles(), hostileArticle()];

/** Newer articles with no claims (as a store of feed items without the claims stage holds). */
const CLAIMLESS: Document[] = [1, 2, 3].map((n) => {
  const doc = analyze({ text: `Rain fell on the town of Kutum on day ${n}.`, title: `Weather ${n}`, outlet: 'Example Weather', publishedAt: `2030-01-0${n}` });
  delete doc.layers.claims;
  return doc;
});
const SORTED_DOCS = [...DOCS].sort((a, b) => (b.meta.publishedAt ?? '').localeCompare(a.meta.publishedAt ?? ''));
const ALL_ROWS = SORTED_DOCS.flatMap((d) => claimRowsOf(d));

test('one row per claim, in text order, with its status, claimant and the event it supports', () => {
  const [kutum] = exampleArticles();
  const rows = claimRowsOf(kutum!);
  assert.equal(rows.length, kutum!.layers.claims!.length, 'every claim has its row');
  assert.deepEqual(rows.map((r) => r.start), [...rows.map((r) => r.start)].sort((a, b) => a - b));
  for (const r of rows) {
    assert.equal(kutum!.text.slice(r.start, r.end), r.text, 'the offsets cover the words');
    assert.equal(r.voice === 'outlet', r.claimant === 'outlet');
    assert.ok(r.statuses.split(';').includes(r.status));
    for (const [k, v] of Object.entries(r)) assert.notEqual(v, undefined, `${k} is left out, not undefined`);
  }
  // "Sudan's army denies bombing Kutum market": a denial, by the army, of the Kutum strike.
  const denial = rows.find((r) => r.text === 'bombing Kutum market');
  assert.ok(denial, 'the headline denial is a row');
  assert.equal(denial.status, 'denied');
  assert.match(denial.claimant, /army/);
  assert.equal(denial.stance, 'denies');
  assert.equal(denial.place, 'Kutum');
  assert.equal(denial.eventSubtype, 'Air/drone strike');
  assert.equal(denial.outlet, 'Example Horn Monitor');
  // The filters narrow the rows of one document the same way.
  const denied = claimRowsOf(kutum!, { status: 'denied' });
  assert.ok(denied.length > 0 && denied.length < rows.length);
  assert.ok(denied.every((r) => r.statuses.split(';').includes('denied')));
  assert.deepEqual(claimRowsOf(kutum!, { claimant: 'outlet' }).map((r) => r.claimId), rows.filter((r) => r.voice === 'outlet').map((r) => r.claimId));
  assert.ok(claimRowsOf(kutum!, { eventType: 'air/drone strike' }).every((r) => r.eventSubtype === 'Air/drone strike'));
  assert.deepEqual(claimRowsOf(kutum!, { eventType: 'Riots' }), []);
});

function defineStoreSuite(label: string, openFresh: OpenFresh, makeOld: (store: Store) => Promise<void>): void {
  test(`claim rows over the ${label} store: every row in order, pages, filters, an empty corpus`, async () => {
    const { store, cleanup } = await openFresh();
    try {
      const collect = async (q: Parameters<typeof claimRows>[1]): Promise<ClaimRow[]> => {
        const out: ClaimRow[] = [];
        for await (const r of claimRows(store, q)) out.push(r);
        return out;
      };
      assert.deepEqual(await collect({}), [], 'an empty corpus has no rows');
      await store.put(DOCS.map((d) => storable(d)));
      const all = await collect({});
      assert.deepEqual(all, ALL_ROWS, 'newest article first, claims in text order');
      assert.deepEqual(await collect({ offset: 3, limit: 5 }), ALL_ROWS.slice(3, 8), 'a page is a slice of the whole');
      assert.deepEqual(await collect({ offset: ALL_ROWS.length }), []);
      const denied = await collect({ status: 'denied' });
      assert.deepEqual(denied, ALL_ROWS.filter((r) => r.statuses.split(';').includes('denied')));
      assert.deepEqual(await collect({ outlet: 'Example Horn Monitor', claimant: 'army' }), ALL_ROWS.filter((r) => r.outlet === 'Example Horn Monitor' && /\barmy\b/i.test(r.claimant)));

      // Articles without claims (the newest here) are never decoded: the claims index leaves them out.
      const claimless = CLAIMLESS.map((d) => storable(d));
      await store.put(claimless);
      const read: string[] = [];
      const counting = new Proxy(store, {
        get: (target, key) => key === 'get'
          ? (id: string) => (read.push(id), target.get(id))
          : Reflect.get(target, key),
      });
      const rows: ClaimRow[] = [];
      for await (const r of claimRows(counting, {})) rows.push(r);
      assert.deepEqual(rows, ALL_ROWS, 'the same rows with the claimless articles stored');
      assert.equal(read.length, DOCS.length, 'one read per article with claims');
      for (const d of CLAIMLESS) assert.ok(!read.includes(d.id), `${d.id} (no claims) is not read`);
      const typed: ClaimRow[] = [];
      for await (const r of claimRows(store, { claimant: 'outlet', offset: 1, limit: 3 })) typed.push(r);
      assert.deepEqual(typed, ALL_ROWS.filter((r) => r.claimant === 'outlet').slice(1, 4));

      // The claim index chooses the articles with a claim the filters keep, and a deep offset skips
      // whole articles by their row counts: an article is read only for rows it gives.
      const reading = async (q: Parameters<typeof claimRows>[1]): Promise<{ rows: ClaimRow[]; read: string[] }> => {
        const seen: string[] = [];
        const spy = new Proxy(store, { get: (target, key) => key === 'get' ? (id: string) => (seen.push(id), target.get(id)) : Reflect.get(target, key) });
        const out: ClaimRow[] = [];
        for await (const r of claimRows(spy, q)) out.push(r);
        return { rows: out, read: seen.sort() };
      };
      const docsOf = (rows: readonly ClaimRow[]): string[] => [...new Set(rows.map((r) => r.documentId))].sort();
      const cases: Array<[string, Parameters<typeof claimRows>[1]]> = [
        ['claimant', { claimant: 'army' }], ['claimant words, any order', { claimant: 'Army Sudan' }], ['outlet voice', { claimant: 'outlet', status: 'hedged' }],
        ['event type', { eventType: 'suicide BOMB ' }], ['status', { status: 'denied' }], ['nobody', { claimant: 'Nobody Atall' }],
        ['deep offset', { offset: ALL_ROWS.length - 2 }], ['offset and claimant', { claimant: 'army', offset: 2, limit: 2 }],
      ];
      const expected = new Map<string, ClaimRow[]>();
      for (const [name, q] of cases) {
        const { status, claimant, eventType, offset = 0, limit } = q;
        const want = SORTED_DOCS.flatMap((d) => claimRowsOf(d, { ...(status ? { status } : {}), ...(claimant ? { claimant } : {}), ...(eventType ? { eventType } : {}) }))
          .slice(offset, limit === undefined ? undefined : offset + limit);
        expected.set(name, want);
        const { rows: got, read: readNow } = await reading(q);
        assert.deepEqual(got, want, `${name}: the rows of the unindexed path`);
        assert.deepEqual(readNow, docsOf(want), `${name}: only the articles that give rows are read`);
      }
      assert.ok(expected.get('claimant')!.length > 0 && expected.get('event type')!.length > 0 && expected.get('nobody')!.length === 0);

      // A store made before the claim index: its articles with claims wait for the backfill and are read
      // from their Documents meanwhile (same rows), then are indexed once.
      await makeOld(store);
      for (const [name, q] of cases) assert.deepEqual((await reading(q)).rows, expected.get(name), `${name}, before the backfill`);
      assert.deepEqual(await store.backfillClaimIndex(), { documents: DOCS.length, claims: ALL_ROWS.length });
      for (const [name, q] of cases) {
        const { rows: got, read: readNow } = await reading(q);
        assert.deepEqual(got, expected.get(name), `${name}, after the backfill`);
        assert.deepEqual(readNow, docsOf(got), `${name}: only the articles that give rows are read, after the backfill`);
      }
      assert.deepEqual(await store.backfillClaimIndex(), { documents: 0, claims: 0 }, 'nothing left to fill in');
    } finally {
      await store.close();
      await cleanup();
    }
  });
}

defineStoreSuite('sqlite', () => openFreshSqlite('claims'), async (store) => {
  // As migration 011 leaves a store made before it: no claim-index rows, every article with a claim pending.
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  db.exec('DELETE FROM claim_index; INSERT INTO claim_index_pending (doc) SELECT DISTINCT doc FROM claims');
});
definePostgresSuite('claim rows: postgres', 'claims', (label, open) => defineStoreSuite(label, open, async (store) => {
  // As migration 012 leaves a store made before it.
  const pool = (store as unknown as { pool: import('pg').Pool }).pool;
  await pool.query('DELETE FROM claim_index');
  await pool.query('INSERT INTO claim_index_pending (doc) SELECT DISTINCT doc FROM claims');
}));

/** Runs `fn` on a fresh SQLite store holding `docs`, with the store's URL for the CLI. */
async function withStore(docs: readonly Document[], fn: (store: Store, url: string) => Promise<void>): Promise<void> {
  const { store, url, cleanup } = await openFreshSqlite('claims');
  try {
    if (docs.length) await store.put(docs.map((d) => storable(d)));
    await fn(store, url);
  } finally {
    await store.close();
    await cleanup();
  }
}

function checkCsv(csv: string, rows: readonly ClaimRow[]): void {
  const [head, ...records] = parseCsv(csv);
  assert.deepEqual(head, [...CLAIM_COLUMNS]);
  assert.equal(records.length, rows.length);
  records.forEach((rec, i) => assert.deepEqual(rec, CLAIM_COLUMNS.map((c) => expectedCell(rows[i]![c])), `row ${i}`));
}

test('the API: a JSON page, a streamed CSV that parses back (quotes, commas, line breaks, formulas), JSON Lines, filters', () => withStore(DOCS, async (store) => {
  const app = await buildApp({ store });
  try {
    const page = await app.inject({ url: '/api/claims?limit=4&offset=2' });
    assert.equal(page.statusCode, 200);
    assert.deepEqual(page.json().results, ALL_ROWS.slice(2, 6));

    const csv = await app.inject({ url: '/api/claims?format=csv' });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="claims\.csv"/);
    checkCsv(csv.body, ALL_ROWS);
    const hostile = parseCsv(csv.body).slice(1).find((r) => r[CLAIM_COLUMNS.indexOf('outlet')] === "'@Evil Outlet");
    assert.ok(hostile, 'a cell starting with @ gets an apostrophe');
    assert.equal(hostile[CLAIM_COLUMNS.indexOf('title')], `'-2+3 "quoted", with commas\r\nand a line break`);
    for (const record of parseCsv(csv.body)) for (const cell of record) assert.doesNotMatch(cell, /^[=+\-@]/, 'no cell a spreadsheet would run');

    const jsonl = await app.inject({ url: '/api/claims?format=jsonl&claimStatus=denied&claimant=army' });
    assert.equal(jsonl.statusCode, 200);
    const lines = jsonl.body.split('\n');
    assert.equal(lines.pop(), '', 'every line ends with a newline');
    const wanted = ALL_ROWS.filter((r) => r.statuses.split(';').includes('denied') && /\barmy\b/i.test(r.claimant));
    assert.ok(wanted.length > 0);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), wanted);

    const typed = (await app.inject({ url: `/api/claims?limit=1000&eventType=${encodeURIComponent('Suicide bomb')}` })).json().results as ClaimRow[];
    assert.ok(typed.length > 0 && typed.every((r) => r.eventSubtype === 'Suicide bomb'));
    assert.equal((await app.inject({ url: '/api/claims?limit=5000' })).statusCode, 400, 'a JSON page holds at most 1000');
    assert.equal((await app.inject({ url: '/api/claims?format=xml' })).statusCode, 400);
  } finally {
    await app.close();
  }
}));

test('the API and the CLI on an empty corpus: a CSV with its header only, no JSON Lines', () => withStore([], async (store, url) => {
  const app = await buildApp({ store });
  try {
    assert.deepEqual(parseCsv((await app.inject({ url: '/api/claims?format=csv' })).body), [[...CLAIM_COLUMNS]]);
    assert.equal((await app.inject({ url: '/api/claims?format=jsonl' })).body, '');
    assert.deepEqual((await app.inject({ url: '/api/claims' })).json().results, []);
  } finally {
    await app.close();
  }
  const csv = spawnSync(process.execPath, [CLI, 'search', '--claims', '--all', '--format', 'csv', '--store', url], { encoding: 'utf8' });
  assert.equal(csv.status, 0, csv.stderr);
  assert.deepEqual(parseCsv(csv.stdout), [[...CLAIM_COLUMNS]]);
}));

test('the CLI: search --claims exports every row as CSV and JSON Lines, and its filters narrow them', () => withStore(DOCS, async (_store, url) => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'search', '--claims', '--store', url, ...args], { encoding: 'utf8' });
  const csv = run('--all', '--format', 'csv');
  assert.equal(csv.status, 0, csv.stderr);
  checkCsv(csv.stdout, ALL_ROWS);
  const jsonl = run('--all', '--format', 'jsonl', '--claim-status', 'denied', '--outlet', 'Example Frontier Daily');
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const wanted = ALL_ROWS.filter((r) => r.outlet === 'Example Frontier Daily' && r.statuses.split(';').includes('denied'));
  assert.ok(wanted.length > 0);
  assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l)), wanted);
  const text = run('--limit', '2');
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`\\[${ALL_ROWS[1]!.documentId} ${ALL_ROWS[1]!.claimId}\\]`));
  assert.doesNotMatch(text.stdout, new RegExp(`\\[${ALL_ROWS[2]!.documentId} ${ALL_ROWS[2]!.claimId}\\]`));
  assert.equal(run('--claimant', 'x', '--quotes').status, 2, '--claims with --quotes is a usage error');
  assert.equal(run('--claim-status', 'rumoured').status, 2, 'an unknown status is a usage error');
}));
