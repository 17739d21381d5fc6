/**
 * The claim index at scale (SQLite migration 012, PostgreSQL 013): claimants looked up by their
 * accent-folded words in an index, not by scanning every claim; an old store's claims waiting for it
 * (counted by `stats`, read from their Documents meanwhile, then backfilled); and a deep offset that
 * walks article ids and counts (`Store.claimDocuments`), never full-text search pages or skipped texts.
 * Over SQLite always and PostgreSQL when a server is given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ClaimCursorError, claimPage, claimRows, claimRowsOf, claimantWords, type ClaimQuery, type ClaimRow } from '../../src/corpus/claim-rows.js';
import { buildApp } from '../../src/server/build-app.js';
import type { Document } from '../../src/model/document.js';
import { loadMigrations } from '../../src/store/migration-files.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import { definePostgresSuite, type OpenFresh } from '../support/postgres-schema.js';
import { freshSqliteUrl, openFreshSqlite } from '../support/sqlite-store.js';

const CLI = fileURLToPath(new URL('../../scripts/cli.js', import.meta.url));

/** Article `n`: two quoted speakers (one with accents), each quote a claim, and one claim in the outlet's voice. */
function article(n: number): Document {
  const text = `Day ${n}. "The bridge held," said José Peña-Ñúñez. "Nobody was hurt," Volodymyr Zelenskýy told reporters. Traffic resumed on day ${n}.`;
  const doc = sampleDocument({
    text, meta: { outlet: 'Example Wire', publishedAt: `2024-03-${String(n).padStart(2, '0')}`, url: `https://example.test/${n}` },
    quotes: [{ speaker: 'José Peña-Ñúñez', content: 'The bridge held,' }, { speaker: 'Volodymyr Zelenskýy', content: 'Nobody was hurt,' }],
    claims: [{ text: 'The bridge held', statuses: ['attributed'] }, { text: 'Nobody was hurt', statuses: ['attributed', 'hedged'] }, { text: `Traffic resumed on day ${n}`, statuses: ['asserted'] }],
  });
  doc.layers.claims![0]!.quote = 'q0';
  doc.layers.claims![1]!.quote = 'q1';
  return doc;
}

const DOCS = [1, 2, 3, 4, 5, 6].map(article);
const NEWEST_FIRST = [...DOCS].reverse();

interface Raw { exec(sql: string): Promise<void>; all(sql: string): Promise<unknown[]> }

/**
 * Undoes migration 012/013 on a store with claims: SQLite cannot drop a column with a foreign key, so the table is made again.
 * The rows keep their dates (the later SQLite 013 / PostgreSQL 015), which the store writes with every row; dropping
 * claimant_id drops the index on it (claim_index_claimant_date), which the test's migration then makes again as the older one.
 */
const UNDO = {
  sqlite: `CREATE TEMP TABLE ci AS SELECT doc, ordinal, statuses, claimant, event_types, published_at FROM claim_index;
    DROP TABLE claim_index; DROP TABLE claimant_words; DROP TABLE claimants;
    CREATE TABLE claim_index (doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
      statuses TEXT NOT NULL, claimant TEXT NOT NULL, event_types TEXT NOT NULL, published_at TEXT, PRIMARY KEY (doc, ordinal));
    INSERT INTO claim_index SELECT * FROM ci; DROP TABLE ci`,
  postgres: 'ALTER TABLE claim_index DROP COLUMN claimant_id; DROP TABLE claimant_words; DROP TABLE claimants',
};

function defineSuite(label: 'sqlite' | 'postgres', openFresh: OpenFresh, raw: (store: Store) => Raw, migration: string): void {
  test(`claimant index over ${label}: folded words by index, an old store's backfill, a deep offset by counts`, async () => {
    const { store, cleanup } = await openFresh();
    const sql = raw(store);
    try {
      await store.put(DOCS.map((d) => storable(d)));
      const calls: string[] = [];
      const spy = new Proxy(store, { get: (t, k) => (typeof k === 'string' && ['get', 'search'].includes(k) ? (...a: unknown[]) => (calls.push(`${k}:${String(a[0] && typeof a[0] === 'string' ? a[0] : '')}`), (t as unknown as Record<string, (...x: unknown[]) => unknown>)[k]!(...a)) : Reflect.get(t, k)) });
      const rows = async (q: Parameters<typeof claimRows>[1], from: Store = store): Promise<ClaimRow[]> => {
        const out: ClaimRow[] = [];
        for await (const r of claimRows(from, q)) out.push(r);
        return out;
      };
      const want = (claimant: string): ClaimRow[] => NEWEST_FIRST.flatMap((d) => claimRowsOf(d, { claimant }));
      assert.deepEqual(claimantWords('José Peña-Ñúñez'), ['jose', 'pena', 'nunez']);

      // Accents fold both ways, words in any order; a word's prefix is not the word.
      const checks: Array<[string, number]> = [['zelenskyy', 6], ['Zelenskýy', 6], ['NUNEZ josé', 6], ['pena', 6], ['zelen', 0], ['outlet', 6], ['José Zelenskýy', 0]];
      for (const [claimant, n] of checks) {
        const got = await rows({ claimant });
        assert.equal(got.length, n, claimant);
        assert.deepEqual(got, want(claimant), `${claimant}: the rows of the Documents`);
      }
      // The index answers, not the words kept beside each claim: blank those and nothing changes.
      await sql.exec("UPDATE claim_index SET claimant = ''");
      for (const [claimant, n] of checks) assert.equal((await rows({ claimant })).length, n, `${claimant} without the claimant column`);

      // A deep offset walks ids and counts: no search page, and only the article that gives the rows is read.
      calls.length = 0;
      const all = NEWEST_FIRST.flatMap((d) => claimRowsOf(d));
      assert.deepEqual(await rows({ offset: all.length - 2 }, spy), all.slice(-2));
      assert.deepEqual(calls, [`get:${DOCS[0]!.id}`], 'one Document read, no search');
      calls.length = 0;
      assert.deepEqual(await rows({ claimant: 'zelenskyy', offset: 4, limit: 1 }, spy), want('zelenskyy').slice(4, 5));
      assert.deepEqual(calls, [`get:${NEWEST_FIRST[4]!.id}`]);

      // Cursors: pages of 4 (one article is 3 rows, so pages end inside articles) chain to every row, by keys.
      const pages = async (q: ClaimQuery): Promise<ClaimRow[][]> => {
        const out: ClaimRow[][] = [];
        let cursor: string | undefined;
        for (;;) {
          const page = await claimPage(store, { ...q, limit: 4, ...(cursor ? { cursor } : {}) });
          if (page.rows.length > 0) out.push(page.rows);
          assert.equal(page.next !== undefined, page.rows.length === 4, 'a cursor with a full page only');
          if (!page.next) return out;
          cursor = page.next;
        }
      };
      const chained = await pages({});
      assert.equal(chained.length, Math.ceil(all.length / 4));
      assert.deepEqual(chained.flat(), all, 'the pages of a cursor are every row once, in order');
      assert.deepEqual((await pages({ claimant: 'nunez' })).flat(), want('nunez'), 'with a filter, one row per article: pages across articles');
      await assert.rejects(async () => { for await (const r of claimRows(store, { cursor: 'not-a-cursor' })) void r; }, ClaimCursorError);

      // A store indexed before claimants were: its claimant column held lower-case words, accents kept (" josé peña ñúñez ").
      const indexNow = 'SELECT c.doc, c.ordinal, c.claimant, k.key FROM claim_index c JOIN claimants k ON k.id = c.claimant_id ORDER BY c.doc, c.ordinal';
      await sql.exec('UPDATE claim_index SET claimant = (SELECT key FROM claimants WHERE id = claim_index.claimant_id)');
      const fresh = await sql.all(indexNow);
      await sql.exec(`UPDATE claim_index SET claimant = CASE claimant WHEN ' jose pena nunez ' THEN ' josé peña ñúñez '
        WHEN ' volodymyr zelenskyy ' THEN ' volodymyr zelenskýy ' ELSE claimant END`);
      assert.equal((await sql.all("SELECT doc FROM claim_index WHERE claimant = ' josé peña ñúñez '")).length, DOCS.length);
      // Migration 012/013 run on its rows lists its articles again.
      await sql.exec(UNDO[label]);
      await sql.exec(migration);
      assert.equal((await store.stats()).documentsWithoutClaimIndex, DOCS.length, 'every article with claims waits');
      for (const [claimant, n] of checks) assert.equal((await rows({ claimant })).length, n, `${claimant}, read from the Documents before the backfill`);
      // The upgrade reads no Document of an indexed article (they are made unreadable here); one article whose
      // index rows are missing is still read from its Document.
      await sql.exec('DELETE FROM claim_index WHERE doc = (SELECT MIN(seq) FROM documents)');
      await sql.exec('CREATE TABLE keep_docs AS SELECT seq, document FROM documents');
      await sql.exec('UPDATE documents SET document = substr(document, 1, 1) WHERE seq <> (SELECT MIN(seq) FROM keep_docs)');
      assert.deepEqual(await store.backfillClaimIndex(), { documents: DOCS.length, claims: DOCS.length * 3 });
      await sql.exec('UPDATE documents SET document = (SELECT k.document FROM keep_docs k WHERE k.seq = documents.seq)');
      await sql.exec('DROP TABLE keep_docs');
      assert.equal((await store.stats()).documentsWithoutClaimIndex, 0);
      assert.deepEqual(await sql.all(indexNow), fresh, 'the upgraded index is the one a fresh ingest writes (claimants folded, same keys)');
      calls.length = 0;
      for (const [claimant] of checks) assert.deepEqual(await rows({ claimant }, spy), want(claimant), `${claimant}, after the backfill`);
      const reads = calls.filter((c) => c.startsWith('get:')).length;
      assert.equal(reads, checks.reduce((s, [, n]) => s + n, 0), 'after the backfill only articles with rows are read');
    } finally {
      await store.close();
      await cleanup();
    }
  });
}

const migrationSql = (backend: 'sqlite' | 'postgres', version: string): string => loadMigrations(backend).find((m) => m.version === version)!.sql;

defineSuite('sqlite', () => openFreshSqlite('claimants'), (store) => {
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  return { exec: async (sql) => void db.exec(sql), all: async (sql) => db.prepare(sql).all() };
}, migrationSql('sqlite', '012_claimant_index'));

definePostgresSuite('claimant index: postgres', 'claimants', (label, open) => defineSuite(label, open, (store) => {
  const pool = (store as unknown as { pool: import('pg').Pool }).pool;
  return { exec: async (sql) => void await pool.query(sql), all: async (sql) => (await pool.query(sql)).rows };
}, migrationSql('postgres', '013_claimant_index')));

test('stats says how many articles wait for the claim index, and what to run', async () => {
  const { url, cleanup } = freshSqliteUrl('claimants');
  try {
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--store', url], { encoding: 'utf8', env: { ...process.env, NEWSLENS_STORE: '' } });
    const store = await openStore(url);
    await store.put(DOCS.slice(0, 2).map((d) => storable(d)));
    const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
    db.exec('DELETE FROM claim_index; INSERT INTO claim_index_pending (doc) SELECT seq FROM documents');
    await store.close();
    const before = cli('stats');
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stdout, /2 documents wait for the claim index: `search --claims` reads their claims from the stored documents, slowly, until `newslens reanalyze --index-only` indexes them/);
    assert.equal(JSON.parse(cli('stats', '--json').stdout).documentsWithoutClaimIndex, 2);
    // search --claims says so on standard error when a page read waiting articles, and what to run.
    const note = /^2 articles read for these rows wait for the claim index and were decoded from the stored documents, slowly: `newslens reanalyze --index-only` indexes every waiting article/m;
    const waiting = cli('search', '--claims', '--format', 'csv');
    assert.equal(waiting.status, 0, waiting.stderr);
    assert.match(waiting.stderr, note);
    assert.equal(waiting.stdout.trim().split('\n').length, 1 + 6, 'the rows all the same');
    assert.match(cli('search', '--claims', '--limit', '2').stderr, /^1 article read for these rows waits for the claim index/m);
    assert.equal(cli('reanalyze', '--index-only').status, 0);
    const indexed = cli('search', '--claims', '--format', 'csv');
    assert.doesNotMatch(indexed.stderr, /claim index/);
    assert.equal(indexed.stdout, waiting.stdout);
    assert.doesNotMatch(cli('stats').stdout, /claim index/);
    assert.equal(JSON.parse(cli('stats', '--json').stdout).documentsWithoutClaimIndex, 0);
  } finally {
    await cleanup();
  }
});

test('search --claims --claim-status names the articles waiting for the claim index and gives their rows, among the indexed ones', async () => {
  const { url, cleanup } = freshSqliteUrl('claimants');
  try {
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--store', url], { encoding: 'utf8', env: { ...process.env, NEWSLENS_STORE: '' } });
    const store = await openStore(url);
    await store.put(DOCS.map((d) => storable(d)));
    // Articles 2 and 5 of six wait (stored before the index); the other four are indexed.
    const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
    db.exec('DELETE FROM claim_index WHERE doc IN (2, 5); INSERT INTO claim_index_pending (doc) VALUES (2), (5)');
    await store.close();
    const hedged = cli('search', '--claims', '--claim-status', 'hedged', '--format', 'csv');
    assert.equal(hedged.status, 0, hedged.stderr);
    assert.match(hedged.stderr, /^2 articles read for these rows wait for the claim index and were decoded from the stored documents, slowly: `newslens reanalyze --index-only`/m);
    // One hedged claim an article, newest first: the waiting articles' in their place.
    const ids = hedged.stdout.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    assert.deepEqual(ids, NEWEST_FIRST.map((d) => d.id));
    assert.equal(cli('reanalyze', '--index-only').status, 0);
    const indexed = cli('search', '--claims', '--claim-status', 'hedged', '--format', 'csv');
    assert.doesNotMatch(indexed.stderr, /claim index/);
    assert.equal(indexed.stdout, hedged.stdout);
  } finally {
    await cleanup();
  }
});

test('the API answers `next` for a full page and takes it as `cursor`; the CLI prints it on standard error', async () => {
  const { url, cleanup } = freshSqliteUrl('claimants');
  try {
    const store = await openStore(url);
    await store.put(DOCS.map((d) => storable(d)));
    const all = NEWEST_FIRST.flatMap((d) => claimRowsOf(d));
    const app = await buildApp({ store });
    try {
      const first = (await app.inject({ url: '/api/claims?limit=5' })).json() as { results: ClaimRow[]; next?: string };
      assert.deepEqual(first.results, all.slice(0, 5));
      assert.ok(first.next);
      const second = (await app.inject({ url: `/api/claims?limit=5&cursor=${first.next}` })).json() as { results: ClaimRow[]; next?: string };
      assert.deepEqual(second.results, all.slice(5, 10));
      const last = (await app.inject({ url: `/api/claims?limit=1000&cursor=${second.next}` })).json() as { results: ClaimRow[]; next?: string };
      assert.deepEqual(last.results, all.slice(10));
      assert.equal(last.next, undefined, 'no next after a page that is not full');
      const csv = await app.inject({ url: `/api/claims?format=csv&cursor=${second.next}` });
      assert.equal(csv.body.trim().split('\r\n').length, 1 + all.length - 10, 'a stream starts at the cursor too');
      assert.equal((await app.inject({ url: '/api/claims?cursor=bogus' })).statusCode, 400);
      assert.equal((await app.inject({ url: '/api/claims?format=csv&cursor=bogus' })).statusCode, 400);
    } finally {
      await app.close();
      await store.close();
    }
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'search', '--claims', '--format', 'jsonl', '--store', url, ...args], { encoding: 'utf8', env: { ...process.env, NEWSLENS_STORE: '' } });
    const page = cli('--limit', '4');
    assert.equal(page.status, 0, page.stderr);
    const next = /^next page: --cursor (\S+)$/m.exec(page.stderr)?.[1];
    assert.ok(next, page.stderr);
    const rest = cli('--limit', '100', '--cursor', next);
    assert.deepEqual(rest.stdout.trim().split('\n').map((l) => JSON.parse(l)), all.slice(4));
    assert.doesNotMatch(rest.stderr, /next page/);
    assert.equal(cli('--cursor', 'bogus').status, 2);
  } finally {
    await cleanup();
  }
});
