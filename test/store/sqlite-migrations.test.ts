/**
 * SQLite migrations applied in place: a store file made by the migrations before 003 (event rows
 * without coordinates), holding an event, is brought up to date by openStore. The old row stays and
 * has no coordinates (compare falls back to its place name); new rows carry them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.js';
import { loadMigrations } from '../../src/store/migration-files.js';
import { assertNewEventKeepsCoordinates } from './sample-documents.js';
import { assertCueKindBackfill } from './cue-kind-backfill.js';
import { assertHeadlineTitles } from './headline-titles.js';

test('sqlite: the event-coordinates migration upgrades a store with events in place', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-migrate-'));
  try {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const before = loadMigrations('sqlite').filter((m) => m.version < '003');
    assert.ok(before.length >= 2);
    for (const m of before) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, '2026-01-01T00:00:00Z');
    }
    db.prepare(`INSERT INTO documents (id, text_hash, raw_hash, source_key, outlet, published_at, status, pipeline_version, text, document, ingested_at)
      VALUES ('old-1', 'h1', 'h1', 'k1', 'North Wire', '2024-03-02', 'ok', 'test-1', 'Shelling hit Millbrook.', x'00', '2026-01-01T00:00:00Z')`).run();
    db.prepare(`INSERT INTO events (doc, event_id, type, place, trigger) VALUES (1, 'ev0', 'Explosions/Remote violence', 'Millbrook', 'Shelling')`).run();
    db.close();

    const store = await openStore(`sqlite:${path}`);
    try {
      const [old] = await store.eventRows({}, 10);
      assert.deepEqual(old, { documentId: 'old-1', eventId: 'ev0', type: 'Explosions/Remote violence', place: 'Millbrook', trigger: 'Shelling', outlet: 'North Wire', publishedAt: '2024-03-02' });
      await assertNewEventKeepsCoordinates(store, assert);
    } finally {
      await store.close();
    }
    const check = new Database(path, { readonly: true });
    const applied = (check.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: string }>).map((r) => r.version);
    // Entity counts read the index alone (010): no entity row is visited.
    const plan = (check.prepare(`EXPLAIN QUERY PLAN SELECT e.name, e.type, COUNT(DISTINCT e.doc) FROM entities e WHERE e.type = 'person' GROUP BY e.type, e.name`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    check.close();
    assert.deepEqual(applied, loadMigrations('sqlite').map((m) => m.version));
    assert.match(plan, /COVERING INDEX entities_type_name_doc/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: quote rows indexed before cue kinds are counted, and filled in from the stored documents without re-analysis', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cue-kinds-'));
  try {
    const path = join(dir, 'kinds.db');
    await assertCueKindBackfill(await openStore(`sqlite:${path}`), async () => {
      const db = new Database(path);
      db.exec('UPDATE quotes SET cue_kind = NULL');
      db.close();
    }, () => openStore(`sqlite:${path}`), assert);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: documents without a metadata title are listed under their headline, and migration 008 gives old rows theirs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-titles-'));
  try {
    const path = join(dir, 'titles.db');
    const store = await openStore(`sqlite:${path}`);
    try {
      await assertHeadlineTitles(store, async () => {
        await store.close();
        const db = new Database(path);
        db.exec("UPDATE documents SET title = NULL WHERE title <> 'Forecasters warn of rain'; DELETE FROM schema_migrations WHERE version = '008_headline_titles'");
        db.close();
      }, () => openStore(`sqlite:${path}`), assert);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
