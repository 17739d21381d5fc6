/** The corpus commands as a user runs them: ingest, stats, search with exports, and their errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../scripts/cli.js', import.meta.url));
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NEWSLENS_STORE: '' } });

test('ingest, stats, search and export from the command line, with the default store in the current folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'The harbour master said the storm had passed. "Ships may sail again," Ana Duarte said on Tuesday.\n');
    writeFileSync(join(dir, 'in', 'b.jsonl'), `${JSON.stringify({ text: 'Rail workers ended their strike after talks.', outlet: 'Rail Post', url: 'https://rail.example/1', publishedAt: '2024-03-01' })}\n{oops\n`);
    const ingest = run(['ingest', 'in', '--workers', '0'], dir);
    assert.equal(ingest.status, 3, 'a failed input makes the exit code say so');
    assert.match(ingest.stderr, /1 input could not be stored .*newslens stats --failures/);
    assert.match(ingest.stdout, /stored\s+2/);
    assert.match(ingest.stdout, /failed\s+1/);
    assert.match(ingest.stdout, /E_INPUT_MALFORMED/);
    // Run again (as after a stop): what is there is skipped, and said so without calling it a duplicate.
    const rerun = run(['ingest', 'in', '--workers', '0'], dir);
    assert.equal(rerun.status, 3, 'the malformed line is still there');
    assert.match(rerun.stdout, /^ {2}stored\s+0$/m);
    assert.match(rerun.stdout, /^ {2}already stored\s+2 {2}\(skipped: the same input, URL or text\)$/m);
    assert.doesNotMatch(rerun.stdout, /duplicate/);

    const stats = JSON.parse(run(['stats', '--json'], dir).stdout);
    assert.equal(stats.documents, 2);
    assert.equal(stats.failed, 1);
    assert.match(stats.store, /newslens\.db$/);

    const jsonl = run(['search', 'strike', '--format', 'jsonl'], dir);
    assert.equal(jsonl.status, 0, jsonl.stderr);
    const hits = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(hits.length, 1);
    assert.equal(hits[0].outlet, 'Rail Post');

    const full = run(['search', '--all', '--full', '--format', 'jsonl', '--output', 'docs.jsonl'], dir);
    assert.equal(full.status, 0, full.stderr);
    const docs = readFileSync(join(dir, 'docs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(docs.length, 2);
    assert.ok(docs.every((d) => d.layers.sentences), 'whole Documents with their layers');

    const csv = run(['search', '--outlet', 'Rail Post', '--format', 'csv'], dir);
    assert.match(csv.stdout, /^id,publishedAt,outlet,title,url,status,snippet\r\n/);
    assert.equal(csv.stdout.trim().split('\r\n').length, 2);

    // A plain-text article has no metadata title: it is listed under its headline, not "(untitled)".
    mkdirSync(join(dir, 'in2'));
    writeFileSync(join(dir, 'in2', 'c.txt'), 'Ferry halted at Portmere\n\nStorm waves stopped the ferry on Sunday, the harbour office said.\n');
    assert.equal(run(['ingest', 'in2', '--workers', '0'], dir).status, 0);
    const listed = run(['search', 'ferry'], dir);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /^Ferry halted at Portmere {2}\[[0-9a-f]+\]$/m);
    assert.doesNotMatch(listed.stdout, /untitled/);

    assert.equal(run(['search', '--quotes', '--entities'], dir).status, 2, 'conflicting options are a usage error');
    assert.equal(run(['ingest', 'nowhere'], dir).status, 3, 'a missing input is an input error');
    assert.equal(run(['stats', '--store', 'mysql://x'], dir).status, 2, 'an unknown store URL is a usage error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
