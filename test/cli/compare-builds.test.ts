/**
 * scripts/compare-builds: the "same Documents" check between two builds. This build against itself
 * must find every Document the same (analysis is deterministic, and timings and the code hash are left
 * out); a folder that is not a build is a usage error, not a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(BUILD, 'scripts', 'compare-builds.js');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

test('a build compared with itself gives the same Documents on every text', () => {
  const r = run(BUILD, BUILD);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const m = /^(\d+) texts, 0 differ$/m.exec(r.stdout);
  assert.ok(m && Number(m[1]) >= 10, r.stdout);
});

test('a folder without a build, or a missing argument, is exit 2 with a message', () => {
  const missing = run(join(BUILD, 'no-such-build'), BUILD);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /does not exist; give a folder compiled with tsc --outDir/);
  const lone = run(BUILD);
  assert.equal(lone.status, 2);
  assert.match(lone.stderr, /^usage: /);
});
