/**
 * The roles the stored articles give a person (personRoles, GET /api/person-roles), on SQLite and on
 * PostgreSQL (a fresh schema; skipped or failing without a server as test/support/postgres-schema.ts
 * says). Articles written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../../src/model/document.js';
import { personRoles } from '../../src/corpus/person-roles.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { definePostgresSuite, type OpenFresh } from '../support/postgres-schema.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

/** An article naming `person` with each of `roles` before a mention of the name. */
function article(text: string, person: string, roles: string[], meta: Document['meta']): Document {
  const doc = sampleDocument({ text, meta, entities: [{ name: person, type: 'person', aliases: [person.split(' ').at(-1)!] }, { name: 'Ana Ruiz', type: 'person' }] });
  const entity = doc.layers.entities![0]!;
  doc.layers.mentions = [];
  let from = 0;
  for (const [i, role] of roles.entries()) {
    const start = text.indexOf(role, from);
    assert.ok(start >= 0, role);
    from = start + role.length;
    const nameAt = text.indexOf(person.split(' ').at(-1)!, from);
    const span = { start, end: start + role.length, text: role };
    entity.roles.push(span);
    entity.mentions.push(`m${i}`);
    doc.layers.mentions.push({ id: `m${i}`, stage: 'entities', rule: 'sample', start: nameAt, end: nameAt + 6, text: text.slice(nameAt, nameAt + 6), entity: entity.id, type: 'person', kind: 'name', role: span });
  }
  // Another person's role never counts for this one: the last word stands for hers.
  const last = /(\w+)\.$/.exec(text)!;
  doc.layers.entities![1]!.roles.push({ start: last.index, end: last.index + last[1]!.length, text: last[1]! });
  return doc;
}

function defineSuite(label: string, open: OpenFresh, makeOld: (store: Store) => Promise<void>): void {
  describe(`person roles: ${label}`, () => {
    test('each role the articles give a person, counted by article, most widely given first, linked to its words', async () => {
      const { store, cleanup } = await open();
      try {
        await store.put([
          article('Kremlin Press Secretary Dmitry Peskov said talks were over. Ana Ruiz disagreed.', 'Dmitry Peskov', ['Kremlin Press Secretary'], { outlet: 'North Wire', publishedAt: '2024-03-01', title: 'Talks over' }),
          article('The Kremlin  press secretary, Dmitry Peskov, declined to comment, and spokesman Peskov left. Ana Ruiz stayed.', 'Dmitry Peskov', ['Kremlin  press secretary', 'spokesman'], { outlet: 'South Herald', publishedAt: '2024-03-03' }),
          article('Spokesman Dmitry Peskov spoke again; the Kremlin Press Secretary Peskov, that is. Ana Ruiz listened.', 'Dmitry Peskov', ['Spokesman', 'Kremlin Press Secretary'], { outlet: 'North Wire', publishedAt: '2024-03-05' }),
        ].map((d) => storable(d)));
        const answer = await personRoles(store, 'Dmitry Peskov');
        assert.equal(answer.documents, 3);
        assert.equal(answer.notIndexed, 0);
        // "Kremlin  press secretary" is the same role (spaces, case); the most frequent form is shown.
        assert.deepEqual(answer.roles.map((r) => [r.role, r.documents]), [['Kremlin Press Secretary', 3], ['Spokesman', 2]]);
        const [secretary] = answer.roles;
        // The newest article giving it, and the words there: its mention carries the role.
        assert.equal(secretary!.example.outlet, 'North Wire');
        assert.equal(secretary!.example.publishedAt, '2024-03-05');
        const newest = (await store.get(secretary!.example.documentId))!.doc;
        assert.equal(newest.text.slice(secretary!.example.start, secretary!.example.end), 'Kremlin Press Secretary');
        assert.equal(newest.layers.mentions!.find((m) => m.id === secretary!.example.mentionId)!.role!.start, secretary!.example.start);
        // A short name finds the same person; a name that is not theirs finds no role.
        assert.deepEqual((await personRoles(store, 'Peskov')).roles.map((r) => r.role), ['Kremlin Press Secretary', 'Spokesman']);
        assert.deepEqual((await personRoles(store, 'Ana Ruiz')).roles.map((r) => r.role), ['disagreed', 'listened', 'stayed']);
        assert.deepEqual(await personRoles(store, 'Nobody Here'), { roles: [], total: 0, documents: 0, notIndexed: 0 });
        // Every article counts, not only the newest 100: 120 more give Peskov another role.
        const more = Array.from({ length: 120 }, (_, i) => article(`Envoy Dmitry Peskov met delegation ${i} today. Ana Ruiz waited.`, 'Dmitry Peskov', ['Envoy'],
          { outlet: 'East Post', publishedAt: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}`, url: `https://east.example/${i}` }));
        await store.put(more.map((d) => storable(d)));
        const all = await personRoles(store, 'Dmitry Peskov');
        assert.equal(all.documents, 123);
        assert.deepEqual(all.roles.map((r) => [r.role, r.documents]), [['Envoy', 120], ['Kremlin Press Secretary', 3], ['Spokesman', 2]]);
        assert.equal(all.roles[1]!.example.publishedAt, '2024-03-05', 'the newest example stays the newest');
        // A page of the roles: the same counts and examples, every article still counted.
        const second = await personRoles(store, 'Dmitry Peskov', { limit: 1, offset: 1 });
        assert.deepEqual([second.total, second.documents, second.notIndexed], [3, 123, 0]);
        assert.deepEqual(second.roles, all.roles.slice(1, 2));
        assert.deepEqual((await personRoles(store, 'Dmitry Peskov', { limit: 2 })).roles, all.roles.slice(0, 2));
        assert.deepEqual((await personRoles(store, 'Dmitry Peskov', { offset: 3 })).roles, []);
        assert.equal(all.total, 3);

        // Articles stored before roles were indexed: counted as waiting, then filled in from the stored documents.
        await makeOld(store);
        const waiting = await personRoles(store, 'Dmitry Peskov');
        assert.deepEqual([waiting.documents, waiting.notIndexed, waiting.roles.length], [123, 123, 0]);
        assert.equal((await store.stats()).documentsWithoutPersonRoles, 123);
        // Roles: 5 of Peskov's and 3 of Ana Ruiz's in the first three, one each in the 120 more.
        assert.deepEqual(await store.backfillPersonRoles(), { documents: 123, roles: 8 + 240 });
        assert.deepEqual(await personRoles(store, 'Dmitry Peskov'), all);
        assert.equal((await store.stats()).documentsWithoutPersonRoles, 0);
        assert.deepEqual(await store.backfillPersonRoles(), { documents: 0, roles: 0 }, 'nothing left to fill in');
      } finally {
        await store.close();
        await cleanup();
      }
    });
  });
}

defineSuite('sqlite', () => openFreshSqlite('roles', 'corpus.db'), async (store) => {
  // As migration 009 leaves a store: no role rows, every document pending.
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  db.exec('DELETE FROM person_roles; INSERT INTO person_roles_pending (doc) SELECT seq FROM documents');
});
definePostgresSuite('person roles: postgres', 'roles', (label, open) => defineSuite(label, open, async (store) => {
  // As migration 010 leaves a store: no role rows, every document pending.
  const pool = (store as unknown as { pool: import('pg').Pool }).pool;
  await pool.query('DELETE FROM person_roles');
  await pool.query('INSERT INTO person_roles_pending (doc) SELECT seq FROM documents');
}));

test('person roles backfill killed mid-way (SIGKILL), then run again: every role once, as if never interrupted', { timeout: 300_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-roles-kill-'));
  const path = join(dir, 'corpus.db');
  try {
    const store = await openStore(`sqlite:${path}`);
    const articles = Array.from({ length: 3000 }, (_, i) => article(`Envoy Dmitry Peskov met delegation ${i} today, and spokesman Peskov left. Ana Ruiz waited.`, 'Dmitry Peskov', ['Envoy', 'spokesman'],
      { outlet: 'East Post', publishedAt: '2024-02-01', url: `https://east.example/kill/${i}` }));
    for (let i = 0; i < articles.length; i += 500) await store.put(articles.slice(i, i + 500).map((d) => storable(d)));
    await store.close();
    const db = new Database(path);
    const ROWS = 'SELECT doc, entity_id, role_key, role, start_offset, end_offset, mention_id FROM person_roles ORDER BY doc, entity_id, start_offset';
    const reference = db.prepare(ROWS).all();
    assert.equal(reference.length, 3000 * 3);
    // As migration 009 leaves a store made before: no role rows, every document pending.
    db.exec('DELETE FROM person_roles; INSERT INTO person_roles_pending (doc) SELECT seq FROM documents');
    const pending = db.prepare('SELECT COUNT(*) FROM person_roles_pending').pluck();

    const cli = fileURLToPath(new URL('../../scripts/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, 'reanalyze', '--index-only', '--store', `sqlite:${path}`], { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    // Killed once some batches are committed and before the last.
    while (Number(pending.get()) === 3000 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    const left = Number(pending.get());
    t.diagnostic(`killed with ${left} of 3000 documents pending`);
    assert.ok(left > 0 && left < 3000, `killed mid-way (${left} pending)`);
    // Consistent at the kill: a document is done with all its roles, or pending with none.
    const done = db.prepare('SELECT COUNT(DISTINCT doc) FROM person_roles').pluck().get();
    assert.equal(Number(done), 3000 - left);
    assert.equal(Number(db.prepare('SELECT COUNT(*) FROM person_roles r JOIN person_roles_pending p ON p.doc = r.doc').pluck().get()), 0);
    assert.deepEqual(db.prepare(ROWS).all(), reference.filter((r) => !db.prepare('SELECT 1 FROM person_roles_pending WHERE doc = ?').get((r as { doc: number }).doc)));

    const store2 = await openStore(`sqlite:${path}`);
    assert.deepEqual(await store2.backfillPersonRoles(), { documents: left, roles: left * 3 });
    await store2.close();
    assert.deepEqual(db.prepare(ROWS).all(), reference, 'every role once');
    assert.equal(Number(pending.get()), 0);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
