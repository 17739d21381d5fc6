/**
 * Kill and resume: `newslens ingest` killed with SIGKILL mid-run, then run again, ends with exactly
 * the documents, index rows and failures of an uninterrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { writeFileCorpus, writeJsonlCorpus } from '../../scripts/generate-corpus.js';

const CLI = fileURLToPath(new URL('../../scripts/cli.js', import.meta.url));
const ARTICLES = 150;

function countDocuments(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return Number(db.prepare('SELECT COUNT(*) FROM documents').pluck().get());
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

function contents(path: string): { ids: string[]; quotes: number; entities: number; failures: string[] } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      ids: db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[],
      quotes: Number(db.prepare('SELECT COUNT(*) FROM quotes').pluck().get()),
      entities: Number(db.prepare('SELECT COUNT(*) FROM entities').pluck().get()),
      failures: db.prepare('SELECT source_key || \' \' || code FROM failures ORDER BY source_key').pluck().all() as string[],
    };
  } finally {
    db.close();
  }
}

const ingestArgs = (inputs: string[], db: string): string[] => [CLI, 'ingest', ...inputs, '--store', `sqlite:${db}`, '--workers', '2', '--batch', '8', '--quiet'];

test('SIGKILL mid-ingest, then a re-run: exactly the documents of an uninterrupted run', { timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-kill-'));
  try {
    const jsonl = join(dir, 'corpus.jsonl');
    await writeJsonlCorpus(jsonl, ARTICLES, 7);
    appendFileSync(jsonl, '{"text": "a malformed line\n');
    const folder = join(dir, 'files');
    writeFileCorpus(folder, 20, 8);
    const inputs = [folder, jsonl];

    const reference = join(dir, 'reference.db');
    const whole = spawnSync(process.execPath, ingestArgs(inputs, reference), { encoding: 'utf8' });
    assert.equal(whole.status, 3, `the malformed line is an input error: ${whole.stderr}`);

    const resumed = join(dir, 'resumed.db');
    const child = spawn(process.execPath, ingestArgs(inputs, resumed), { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      atKill = countDocuments(resumed);
      if (atKill >= 40) break;
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', 'the first run was killed, not finished');
    assert.ok(atKill > 0 && atKill < ARTICLES + 20, `killed mid-run (${atKill} documents stored at the kill)`);

    const again = spawnSync(process.execPath, [...ingestArgs(inputs, resumed), '--json'], { encoding: 'utf8' });
    assert.equal(again.status, 3, `the malformed line is an input error: ${again.stderr}`);
    const summary = JSON.parse(again.stdout) as { stored: number; duplicates: number };
    assert.ok(summary.duplicates >= atKill, 'what the killed run stored is skipped');
    t.diagnostic(`killed with ${atKill} of ${ARTICLES + 20} documents stored; the re-run stored ${summary.stored} and skipped ${summary.duplicates} as already stored`);

    const expected = contents(reference);
    assert.equal(expected.ids.length, ARTICLES + 20);
    assert.deepEqual(contents(resumed), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
