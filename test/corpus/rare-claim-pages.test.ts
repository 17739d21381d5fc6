/**
 * Claim pages (`Store.claimDocuments`) for a filter that keeps few articles: a rare status or claimant is
 * read from its own date index (claims_status_date, claim_index_claimant_date: SQLite migration 013,
 * PostgreSQL 015) instead of a walk of every article, and must list exactly what the walk lists, in the
 * same order, from any key: dated newest first, ties by storage order, then undated; with an outlet; with
 * an article waiting for the claim index; with both parts of a filter on one claim; with no match. A store
 * made before the dates were indexed gets them when it opens. Over SQLite always and PostgreSQL when a
 * server is given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../src/model/document.js';
import type { ClaimStatus } from '../../src/model/layers/claims.js';
import { openStore } from '../../src/store/open-store.js';
import type { ClaimDocumentKey, ClaimIndexFilter, Filters, Store } from '../../src/store/types.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import { assertClaimDocumentPages } from '../support/claim-document-pages.js';
import { definePostgresSuite, type OpenFresh } from '../support/postgres-schema.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

const ARTICLES = 48;

/** Article `i`: dates repeat (a day per 3 articles, out of storage order), one in 7 undated. */
function dateOf(i: number): string | null {
  return i % 7 === 2 ? null : `2024-05-${String(1 + ((i * 5) % 16)).padStart(2, '0')}`;
}

/**
 * Article `i`: an asserted claim of the outlet, and in one in 8 a denied claim of Marta Rossi (in one of
 * those two of hers); in a few others Rossi asserts and the outlet denies, so a status and a claimant
 * each match there but never on one claim.
 */
function article(i: number): Document {
  const date = dateOf(i);
  const rossi = i % 8 === 5;
  const split = i % 16 === 10;
  const text = `Report ${i}. The bridge held on day ${i}. "The road is closed," said Marta Rossi. "The road is open," said Marta Rossi.`;
  const claims: Array<{ text: string; statuses: ClaimStatus[] }> = [{ text: `The bridge held on day ${i}`, statuses: split ? ['denied'] : ['asserted'] }];
  if (rossi || split) claims.push({ text: 'The road is closed', statuses: rossi ? ['attributed', 'denied'] : ['attributed'] });
  if (i === 13) claims.push({ text: 'The road is open', statuses: ['attributed', 'denied'] });
  const doc = sampleDocument({
    text, meta: { outlet: i % 2 === 0 ? 'North Wire' : 'South Post', url: `https://example.test/rare/${i}`, ...(date ? { publishedAt: date } : {}) },
    quotes: [{ speaker: 'Marta Rossi', content: 'The road is closed,' }, { speaker: 'Marta Rossi', content: 'The road is open,' }],
    claims,
  });
  if (claims[1]) doc.layers.claims![1]!.quote = 'q0';
  if (claims[2]) doc.layers.claims![2]!.quote = 'q1';
  return doc;
}

const DOCS = Array.from({ length: ARTICLES }, (_, i) => article(i));

type Key = { seq: number; publishedAt: string | null };

/** The order of the pages: dated newest first, same date newest stored first, then undated the same way. */
function expected(keys: readonly Key[]): Key[] {
  const dated = keys.filter((k) => k.publishedAt !== null).sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : a.publishedAt! > b.publishedAt! ? -1 : b.seq - a.seq));
  return [...dated, ...keys.filter((k) => k.publishedAt === null).sort((a, b) => b.seq - a.seq)];
}

async function execSql(store: Store, sql: string): Promise<void> {
  const db = (store as unknown as { db?: import('better-sqlite3').Database }).db;
  if (db) db.exec(sql);
  else for (const part of sql.split(';')) if (part.trim()) await (store as unknown as { pool: import('pg').Pool }).pool.query(part);
}

function defineSuite(label: string, openFresh: OpenFresh): void {
  test(`rare claim filters over ${label}: the filter's date index lists what a walk lists, from any key`, async () => {
    const { store, cleanup } = await openFresh();
    try {
      await store.put(DOCS.map((d) => storable(d)));
      const listed = await store.claimDocuments({ claims: {} }, undefined, 1000);
      const keyOf = DOCS.map((d) => listed.find((h) => h.id === d.id)!).map(({ seq, publishedAt }) => ({ seq, publishedAt }));
      const has = (i: number, status: string, rossi: boolean): boolean =>
        (DOCS[i]!.layers.claims ?? []).some((c) => c.statuses.includes(status as ClaimStatus) && (!rossi || c.quote !== undefined));
      const cases: Array<[string, Filters & { claims: ClaimIndexFilter }, (i: number) => boolean]> = [
        ['a rare status', { claims: { status: 'denied' } }, (i) => has(i, 'denied', false)],
        ['a rare claimant', { claims: { claimantWords: ['rossi'] } }, (i) => (DOCS[i]!.layers.claims ?? []).some((c) => c.quote !== undefined)],
        ['a status and a claimant on one claim', { claims: { status: 'denied', claimantWords: ['marta', 'rossi'] } }, (i) => has(i, 'denied', true)],
        ['a rare status in an outlet', { claims: { status: 'denied' }, outlet: 'South Post' }, (i) => has(i, 'denied', false) && i % 2 === 1],
        ['a status no claim has', { claims: { status: 'disputed' } }, () => false],
        ['a claimant no claim has', { claims: { claimantWords: ['nobody'] } }, () => false],
        ['a common status', { claims: { status: 'asserted' } }, (i) => has(i, 'asserted', false)],
      ];
      const counts = new Map<string, number>();
      for (const [name, q, keep] of cases) {
        const want = expected(keyOf.filter((_, i) => keep(i)));
        counts.set(name, want.length);
        await assertClaimDocumentPages(store, q, want, name, [1, 2, 5, 100]);
      }
      assert.deepEqual([counts.get('a rare status'), counts.get('a rare claimant'), counts.get('a status and a claimant on one claim')], [9, 9, 6], 'the cases are as rare as meant');
      assert.ok(keyOf.some((k, i) => k.publishedAt === null && has(i, 'denied', false)), 'an undated article has a denied claim');
      // Article 13 holds two claims of Rossi: listed once, counting both.
      const rossi = await store.claimDocuments({ claims: { claimantWords: ['rossi'] } }, undefined, 100);
      assert.equal(rossi.find((h) => h.id === DOCS[13]!.id)?.claims, 2);

      // Articles waiting for the claim index are listed with every filter, in their place; one is undated.
      const waiting = [3, 9, 16].map((i) => keyOf[i]!.seq);
      assert.equal(keyOf[16]!.publishedAt, null);
      await execSql(store, `DELETE FROM claim_index WHERE doc IN (${waiting.join(', ')}); INSERT INTO claim_index_pending (doc) SELECT seq FROM documents WHERE seq IN (${waiting.join(', ')})`);
      for (const [name, q, keep] of cases) {
        await assertClaimDocumentPages(store, q, expected(keyOf.filter((k, i) => (keep(i) && !waiting.includes(k.seq)) || (waiting.includes(k.seq) && (!q.outlet || i % 2 === 1)))), `${name}, with waiting articles`, [1, 2, 5, 100]);
      }
    } finally {
      await store.close();
      await cleanup();
    }
  });
}

/** Makes a store's claim rows as they were before their dates were indexed (SQLite 013, PostgreSQL 015), to be migrated again on open. */
const UNDATE = {
  sqlite: `DROP INDEX claims_status_date; ALTER TABLE claims DROP COLUMN published_at; CREATE INDEX claims_status_doc ON claims (status, doc);
    DROP INDEX claim_index_claimant_date; ALTER TABLE claim_index DROP COLUMN published_at; CREATE INDEX claim_index_claimant ON claim_index (claimant_id, doc);
    DELETE FROM schema_migrations WHERE version = '013_claim_page_dates'`,
  postgres: `DROP INDEX claims_status_date; ALTER TABLE claims DROP COLUMN published_at; CREATE INDEX claims_status_doc ON claims (status, doc);
    DROP INDEX claim_index_claimant_date; ALTER TABLE claim_index DROP COLUMN published_at; CREATE INDEX claim_index_claimant ON claim_index (claimant_id, doc);
    DELETE FROM schema_migrations WHERE version = '015_claim_page_dates'`,
};

function defineUpgradeSuite(label: 'sqlite' | 'postgres', open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>): void {
  test(`rare claim filters over ${label}: a store made before the claim rows had dates gets them when it opens`, async () => {
    const { store, reopen, cleanup } = await open();
    let upgraded: Store | undefined;
    try {
      await store.put(DOCS.map((d) => storable(d)));
      const before = await store.claimDocuments({ claims: { status: 'denied' } }, undefined, 100);
      const rossi = await store.claimDocuments({ claims: { claimantWords: ['rossi'] } }, undefined, 100);
      await execSql(store, UNDATE[label]);
      await store.close();
      upgraded = await reopen();
      assert.deepEqual(await upgraded.claimDocuments({ claims: { status: 'denied' } }, undefined, 100), before);
      assert.deepEqual(await upgraded.claimDocuments({ claims: { claimantWords: ['rossi'] } }, undefined, 100), rossi);
      assert.equal(before.length, 9);
      // Pages of 2 from the migrated rows chain to the same list.
      const paged: unknown[] = [];
      for (let after: ClaimDocumentKey | undefined; ;) {
        const page = await upgraded.claimDocuments({ claims: { status: 'denied' } }, after, 2);
        paged.push(...page);
        if (page.length < 2) break;
        after = page.at(-1);
      }
      assert.deepEqual(paged, before);
    } finally {
      await upgraded?.close();
      await cleanup();
    }
  });
}

defineSuite('sqlite', () => openFreshSqlite('rare-claims'));

definePostgresSuite('rare claim filters: postgres', 'rare_claims', (label, open) => defineSuite(label, open));

defineUpgradeSuite('sqlite', async () => {
  const { store, url, cleanup } = await openFreshSqlite('rare-claims');
  return { store, reopen: () => openStore(url), cleanup };
});

definePostgresSuite('rare claim filters, upgrade: postgres', 'rare_claims_up', (label, open) => defineUpgradeSuite(label, async () => {
  const { store, cleanup } = await open();
  const { schema, url } = schemaOf(store);
  return { store, reopen: () => openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`), cleanup };
}));

/** The schema a PostgreSQL test store lives in, and the server's URL. */
function schemaOf(store: Store): { schema: string; url: string } {
  const pool = (store as unknown as { pool: { options: { options?: string } } }).pool;
  const schema = /search_path=(\w+)/.exec(pool.options.options ?? '')![1]!;
  return { schema, url: process.env.NEWSLENS_TEST_POSTGRES_URL! };
}
