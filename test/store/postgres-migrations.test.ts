/**
 * PostgreSQL migrations applied in place: a store created at the first migration, holding documents,
 * is brought up to date by openStore and its documents stay searchable (words, phrases, filters).
 * Needs NEWSLENS_TEST_POSTGRES_URL (see postgres.test.ts); skipped without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { loadMigrations } from '../../src/store/migration-files.js';

const url = process.env.NEWSLENS_TEST_POSTGRES_URL;

test('postgres: migrations upgrade a store with documents in place', { skip: url ? false : 'skipped: NEWSLENS_TEST_POSTGRES_URL is unset' }, async () => {
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
    const rows: Array<[string, string, string, string]> = [
      ['old-1', 'Levee repairs begin', 'North Wire', 'Crews worked through the night near the river.'],
      ['old-2', 'Council notes', 'South Herald', `${'Parking rules were discussed at length. '.repeat(40)}Later the levee was mentioned once.`],
    ];
    for (const [id, title, outlet, text] of rows) {
      await client.query(`INSERT INTO documents (id, text_hash, raw_hash, source_key, outlet, title, status, pipeline_version, text, document)
        VALUES ($1, $1, $1, $1, $2, $3, 'ok', 'test-1', $4, '\\x00')`, [id, outlet, title, text]);
    }

    const store = await openStore(`${url}${url!.includes('?') ? '&' : '?'}schema=${schema}`);
    try {
      const hits = await store.search({ text: 'levee' });
      assert.deepEqual(hits.map((h) => h.id), ['old-1', 'old-2'], 'both found, the title match first');
      assert.deepEqual((await store.search({ text: '"levee was mentioned"' })).map((h) => h.id), ['old-2']);
      assert.deepEqual((await store.search({ text: 'levee', outlet: 'South Herald' })).map((h) => h.id), ['old-2']);
      assert.deepEqual((await store.search({ text: 'levee', sort: 'date' })).map((h) => h.id).sort(), ['old-1', 'old-2']);
    } finally {
      await store.close();
    }
    const applied = (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: string }) => r.version);
    assert.deepEqual(applied, loadMigrations('postgres').map((m) => m.version));
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await client.end();
  }
});
