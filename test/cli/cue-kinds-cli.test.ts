/**
 * Quote rows stored before cue kinds were indexed, from the command line: `stats` says how many and
 * which command fills them in; `reanalyze --index-only` fills them from the stored documents without
 * re-analysing; afterwards `stats` says nothing more and the speech filter finds them. Quote exports
 * carry each quote's kind, and `search --quotes --kind speech` keeps to speech.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.js';
import { oldQuotesDocument } from '../store/cue-kind-backfill.js';
import { storable } from '../store/sample-documents.js';
import { runCli } from './run-cli.js';

test('stats names the quotes stored before cue kinds and the command; reanalyze --index-only fills them in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-kinds-cli-'));
  try {
    const path = join(dir, 'kinds.db');
    const store = await openStore(`sqlite:${path}`);
    await store.put([storable(oldQuotesDocument())]);
    await store.close();
    const db = new Database(path);
    db.exec('UPDATE quotes SET cue_kind = NULL');
    // And stored before person roles were indexed (as migration 009 leaves a store).
    db.exec('DELETE FROM person_roles; INSERT INTO person_roles_pending (doc) SELECT seq FROM documents');
    db.close();
    const env = { NEWSLENS_STORE: '' };

    const before = runCli(['stats', '--store', path], undefined, env);
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stdout, /4 quotes were stored before cue kinds were indexed: "speech only" leaves them out until `newslens reanalyze --index-only`/);
    assert.match(before.stdout, /1 document was stored before person roles were indexed: a person's roles leave theirs out until `newslens reanalyze --index-only`/);
    const stats = JSON.parse(runCli(['stats', '--store', path, '--json'], undefined, env).stdout);
    assert.deepEqual([stats.quotesWithoutCueKind, stats.documentsWithoutPersonRoles], [4, 1]);

    const fill = runCli(['reanalyze', '--store', path, '--index-only'], undefined, env);
    assert.equal(fill.status, 0, fill.stderr);
    assert.match(fill.stdout, /^person roles: 0 roles indexed from 1 document stored before roles were indexed\ncue kinds: 3 of 4 quotes stored before kinds were indexed filled in from 1 stored document \(1 have a cue no lexicon knows: kind not known\)\n$/);
    const again = runCli(['reanalyze', '--store', path, '--index-only', '--json'], undefined, env);
    assert.deepEqual(JSON.parse(again.stdout), { cueKinds: { documents: 0, quotes: 0, filled: 0 }, personRoles: { documents: 0, roles: 0 }, claimIndex: { documents: 0, claims: 0 } });

    const after = runCli(['stats', '--store', path], undefined, env);
    assert.doesNotMatch(after.stdout, /before cue kinds/);
    const speech = runCli(['search', '--quotes', '--speaker', 'Lind', '--store', path, '--format', 'jsonl'], undefined, env);
    assert.equal(speech.status, 0, speech.stderr);
    assert.equal(speech.stdout.trim().split('\n').length, 4);

    // What a fact-checker exports: the kind of each quote, and speech alone.
    const csv = runCli(['search', '--quotes', '--speaker', 'Lind', '--store', path, '--format', 'csv'], undefined, env);
    const [header, ...lines] = csv.stdout.trim().split('\r\n');
    const column = header!.split(',').indexOf('cueKind');
    assert.ok(column >= 0, header);
    assert.deepEqual(lines.map((l) => l.split(',')[column]).sort(), ['', 'cognition', 'speech', 'speech']);
    const onlySpeech = runCli(['search', '--quotes', '--speaker', 'Lind', '--kind', 'speech', '--store', path, '--format', 'jsonl'], undefined, env);
    assert.equal(onlySpeech.status, 0, onlySpeech.stderr);
    assert.deepEqual(onlySpeech.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { cueKind: string }).cueKind), ['speech', 'speech']);
    const text = runCli(['search', '--quotes', '--speaker', 'Lind', '--store', path], undefined, env).stdout;
    assert.match(text, /\n {4}cognition · 2024-03-02 · North Wire/);
    assert.match(text, /\n {4}kind not known · 2024-03-02 · North Wire/);
    const bad = runCli(['search', '--quotes', '--kind', 'gossip', '--store', path], undefined, env);
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /--kind must be one of speech, cognition/);
    assert.match(runCli(['search', '--kind', 'speech', '--store', path], undefined, env).stderr, /--kind goes with --quotes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
