/**
 * PostgreSQL migrations applied in place: a store created at the first migration, holding documents,
 * is brought up to date by openStore and its documents stay searchable (words, phrases, filters).
 * Needs NEWSLENS_TEST_POSTGRES_URL; skipped without it, and failing without it under
 * NEWSLENS_REQUIRE_POSTGRES=1, like the other PostgreSQL suites (test/support/postgres-schema.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { loadMigrations } from '../../src/store/migration-files.js';
import { definePostgresSuite } from '../support/postgres-schema.js';
import { assertNewEventKeepsCoordinates } from './sample-documents.js';
import { assertCueKindBackfill } from './cue-kind-backfill.js';
import { assertHeadlineTitles } from './headline-titles.js';

const url = process.env.NEWSLENS_TEST_POSTGRES_URL!;

definePostgresSuite('postgres: migrations upgrade a store with documents in place', 'migrate', () => {
  test('postgres: migrations upgrade a store with documents in place', async () => {
    const schema = `migrate_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path = ${schema}`);
      await client.query('CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const [first] = loadMigrations('postgres');
      await client.query(first!.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [first!.version]);
      const rows: Array<[string, string, string, string, string]> = [
        ['old-1', 'Levee repairs begin', 'North Wire', 'Crews worked through the night near the river.', '2024-03-02'],
        ['old-2', 'Council notes', 'South Herald', `${'Parking rules were discussed at length. '.repeat(40)}Later the levee was mentioned once.`, '2024-03-05'],
      ];
      for (const [id, title, outlet, text, date] of rows) {
        await client.query(`INSERT INTO documents (id, text_hash, raw_hash, source_key, outlet, title, status, pipeline_version, text, document, published_at)
          VALUES ($1, $1, $1, $1, $2, $3, 'ok', 'test-1', $4, '\\x00', $5)`, [id, outlet, title, text, date]);
      }
      const seqs = (await client.query('SELECT seq, id FROM documents ORDER BY id')).rows.map((r: { seq: string }) => Number(r.seq));
      for (const [i, seq] of seqs.entries()) {
        await client.query(`INSERT INTO quotes (doc, quote_id, speaker, form, content, start_offset, end_offset)
          VALUES ($1, 'q1', 'Mara Lind', 'direct', $2, 0, 10)`, [seq, i === 0 ? 'The levee will hold.' : 'Parking is a mess.']);
      }
      await client.query(`INSERT INTO events (doc, event_id, type, place, trigger) VALUES ($1, 'ev0', 'Explosions/Remote violence', 'Millbrook', 'Shelling')`, [seqs[0]]);

      const store = await openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`);
      try {
        const hits = await store.search({ text: 'levee' });
        assert.deepEqual(hits.map((h) => h.id), ['old-1', 'old-2'], 'both found, the title match first');
        assert.deepEqual((await store.search({ text: '"levee was mentioned"' })).map((h) => h.id), ['old-2']);
        assert.deepEqual((await store.search({ text: 'levee', outlet: 'South Herald' })).map((h) => h.id), ['old-2']);
        assert.deepEqual((await store.search({ text: 'levee', sort: 'date' })).map((h) => h.id), ['old-2', 'old-1'], 'newest first');
        assert.deepEqual((await store.quotes({ speaker: 'Lind' })).map((h) => h.documentId), ['old-2', 'old-1'], 'quotes newest first');
        assert.deepEqual((await store.quotes({ speaker: 'Lind', about: 'levee' })).map((h) => h.documentId), ['old-1']);
        assert.deepEqual(await store.eventRows({}, 10), [{ documentId: 'old-1', eventId: 'ev0', type: 'Explosions/Remote violence', place: 'Millbrook', trigger: 'Shelling',
          outlet: 'North Wire', publishedAt: '2024-03-02', title: 'Levee repairs begin' }], 'an event stored before 004 stays, without coordinates');
        await assertNewEventKeepsCoordinates(store, assert);
      } finally {
        await store.close();
      }
      const applied = (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: string }) => r.version);
      assert.deepEqual(applied, loadMigrations('postgres').map((m) => m.version));
      const indexes = (await client.query('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [schema])).rows.map((r: { indexname: string }) => r.indexname);
      assert.ok(indexes.includes('documents_date_newest'), 'the newest-first index (003) was built on the existing table');
      assert.ok(indexes.includes('entities_type_name_doc') && !indexes.includes('entities_type_name'), 'the entity counts index (011) replaced its prefix');
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  });
});

definePostgresSuite('postgres: quote rows indexed before cue kinds are filled in from the stored documents', 'kinds', () => {
  test('postgres: quote rows indexed before cue kinds are counted, and filled in from the stored documents without re-analysis', async () => {
    const schema = `kinds_${randomBytes(6).toString('hex')}`;
    const storeUrl = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await assertCueKindBackfill(await openStore(storeUrl), async () => {
        await client.query(`UPDATE ${schema}.quotes SET cue_kind = NULL`);
      }, () => openStore(storeUrl), assert);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  });
});

definePostgresSuite('postgres: documents without a metadata title are listed under their headline', 'titles', () => {
  test('postgres: documents without a metadata title are listed under their headline, and migration 009 gives old rows theirs', async () => {
    const schema = `titles_${randomBytes(6).toString('hex')}`;
    const storeUrl = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await assertHeadlineTitles(await openStore(storeUrl), async () => {
        // The search trigger of 002 names its tables unqualified.
        await client.query(`SET search_path = ${schema}`);
        await client.query(`UPDATE documents SET title = NULL WHERE title <> 'Forecasters warn of rain'`);
        await client.query(`DELETE FROM schema_migrations WHERE version = '009_headline_titles'`);
      }, () => openStore(storeUrl), assert);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  });
});
