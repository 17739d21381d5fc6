/**
 * Keyset pages of the per-claim export (`Store.claimDocuments`): dated articles newest first (ties by
 * storage order), then the undated ones, whatever the page size and wherever a page starts, as two
 * index ranges (bench/claim-pages.ts times them), with articles waiting for the claim index among
 * them. Over SQLite always and PostgreSQL when a server is given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPage, claimRowsOf, type ClaimRow } from '../../src/corpus/claim-rows.js';
import type { Document } from '../../src/model/document.js';
import type { ClaimDocumentKey, ClaimIndexFilter, Filters, Store } from '../../src/store/types.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import { assertClaimDocumentPages } from '../support/claim-document-pages.js';
import { definePostgresSuite, type OpenFresh } from '../support/postgres-schema.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

/** Storage order: dates repeat, and undated articles sit between dated ones. */
const DATES = ['2024-03-02', null, '2024-03-01', '2024-03-02', null, '2024-03-03', '2024-03-01T08:00:00Z', null, '2024-03-02', '2024-02-28'];

function article(i: number): Document {
  const text = `Report ${i}. The dam held on day ${i}. Officials said the road would reopen.`;
  const date = DATES[i];
  const doc = sampleDocument({
    text, meta: { outlet: i % 3 === 0 ? 'North Wire' : 'South Post', url: `https://example.test/${i}`, ...(date ? { publishedAt: date } : {}) },
    claims: [{ text: `The dam held on day ${i}`, statuses: i % 2 === 0 ? ['hedged'] : ['asserted'] }, { text: 'Officials said the road would reopen', statuses: ['attributed'] }],
  });
  return doc;
}

const DOCS = DATES.map((_, i) => article(i));

type Key = { seq: number; publishedAt: string | null };

/** The order the export promises: dated newest first, same date by storage order (newest stored first), then undated the same way. */
function expected(keys: readonly Key[]): Key[] {
  const dated = keys.filter((k) => k.publishedAt !== null).sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : a.publishedAt! > b.publishedAt! ? -1 : b.seq - a.seq));
  const undated = keys.filter((k) => k.publishedAt === null).sort((a, b) => b.seq - a.seq);
  return [...dated, ...undated];
}

function defineSuite(label: string, openFresh: OpenFresh): void {
  test(`claim pages over ${label}: dated newest first, then undated, from any key`, async () => {
    const { store, cleanup } = await openFresh();
    try {
      for (const d of DOCS) await store.put([storable(d)]);
      // Each article's keys as stored (seq, the normalised date), by its index in DOCS.
      const listed = await store.claimDocuments({ claims: {} }, undefined, 100);
      const keyOf = DOCS.map((d) => listed.find((h) => h.id === d.id)!).map(({ seq, publishedAt }) => ({ seq, publishedAt }));
      assert.equal(keyOf.filter((k) => k.publishedAt === null).length, 3);
      const docOf = new Map(keyOf.map((k, i) => [k.seq, DOCS[i]!]));
      const cases: Array<[string, Filters & { claims: ClaimIndexFilter }, (d: Document, i: number) => boolean]> = [
        ['every article', { claims: {} }, () => true],
        ['an outlet', { claims: {}, outlet: 'North Wire' }, (d) => d.meta.outlet === 'North Wire'],
        ['a status', { claims: { status: 'hedged' } }, (_, i) => i % 2 === 0],
        // Every claim is the outlet's: pages of 1 walk the date index, pages of 100 start from the claimant's list.
        ['a claimant', { claims: { claimantWords: ['outlet'] } }, () => true],
        ['a claimant with no claim', { claims: { claimantWords: ['nobody'] } }, () => false],
        ['a date range', { claims: {}, from: '2024-03-01', to: '2024-03-02' }, (_, i) => ['2024-03-01', '2024-03-01T08:00:00Z', '2024-03-02'].includes(DATES[i] ?? '')],
      ];
      for (const [name, q, keep] of cases) {
        const want = expected(keyOf.filter((_, i) => keep(DOCS[i]!, i)));
        await assertClaimDocumentPages(store, q, want, name, [1, 2, 3, 100]);
      }
      // The claim rows: cursor pages of 3 (an article is 2 rows) chain to every row in that order.
      const all = expected(keyOf).flatMap((k) => claimRowsOf(docOf.get(k.seq)!));
      const chained: ClaimRow[] = [];
      let cursor: string | undefined;
      for (let n = 0; n < 20; n++) {
        const page = await claimPage(store, { limit: 3, ...(cursor ? { cursor } : {}) });
        chained.push(...page.rows);
        if (!page.next) break;
        cursor = page.next;
      }
      assert.deepEqual(chained, all);
    } finally {
      await store.close();
      await cleanup();
    }
  });
}

/** Runs SQL on the store's own connection (SQLite or PostgreSQL). */
async function execSql(store: Store, sql: string): Promise<void> {
  const db = (store as unknown as { db?: import('better-sqlite3').Database }).db;
  if (db) db.exec(sql);
  else for (const part of sql.split(';')) await (store as unknown as { pool: import('pg').Pool }).pool.query(part);
}

function defineWaitingSuite(label: string, openFresh: OpenFresh): void {
  test(`claim pages over ${label}: a status filter lists the articles waiting for the claim index too, in their place`, async () => {
    const { store, cleanup } = await openFresh();
    try {
      for (const d of DOCS) await store.put([storable(d)]);
      const listed = await store.claimDocuments({ claims: {} }, undefined, 100);
      const keyOf = DOCS.map((d) => listed.find((h) => h.id === d.id)!).map(({ seq, publishedAt }) => ({ seq, publishedAt }));
      // Articles 1 (undated), 3 and 4 (undated) wait, as a store made before the index leaves them; 4 has a hedged claim, 1 and 3 none.
      const waiting = [1, 3, 4].map((i) => keyOf[i]!.seq);
      await execSql(store, `DELETE FROM claim_index WHERE doc IN (${waiting.join(', ')}); INSERT INTO claim_index_pending (doc) SELECT seq FROM documents WHERE seq IN (${waiting.join(', ')})`);
      const want = expected(keyOf.filter((k, i) => i % 2 === 0 || waiting.includes(k.seq)));
      for (const size of [1, 3, 100]) {
        const got: Array<{ seq: number; publishedAt: string | null; claims?: number }> = [];
        for (let after: ClaimDocumentKey | undefined; ;) {
          const page = await store.claimDocuments({ claims: { status: 'hedged' } }, after, size);
          got.push(...page.map(({ seq, publishedAt, claims }) => ({ seq, publishedAt, ...(claims === undefined ? {} : { claims }) })));
          if (page.length < size) break;
          after = got.at(-1);
        }
        // A waiting article has no count (its Document is read); an indexed one counts its one hedged claim.
        assert.deepEqual(got, want.map((k) => (waiting.includes(k.seq) ? k : { ...k, claims: 1 })), `pages of ${size}`);
      }
      // The rows are those of every hedged claim, the waiting articles' read from their Documents, and the page says how many were.
      const docOf = new Map(keyOf.map((k, i) => [k.seq, DOCS[i]!]));
      const rows = expected(keyOf).flatMap((k) => claimRowsOf(docOf.get(k.seq)!, { status: 'hedged' }));
      assert.ok(rows.some((r) => r.documentId === DOCS[4]!.id), 'a waiting article gives a row');
      assert.deepEqual(await claimPage(store, { status: 'hedged' }), { rows, waiting: 3 });
    } finally {
      await store.close();
      await cleanup();
    }
  });
}

defineSuite('sqlite', () => openFreshSqlite('claim-pages'));

definePostgresSuite('claim pages: postgres', 'claim_pages', (label, open) => defineSuite(label, open));

defineWaitingSuite('sqlite', () => openFreshSqlite('claim-pages'));

definePostgresSuite('claim pages, waiting articles: postgres', 'claim_pages_waiting', (label, open) => defineWaitingSuite(label, open));
