/**
 * The newcomer's one command: `newslens serve --sample` loads the examples and serves the UI and the
 * API; a second start finds them already there. Run as a user would, in a child process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY } from '../cli/run-cli.js';

/** Starts `serve` and resolves with its address and what it printed once it listens. */
/** Every server this file started, so a failed assertion cannot leave one running (it would hang the suite). */
const children = new Set<ReturnType<typeof spawn>>();

function serve(args: string[]): Promise<{ base: string; stderr: string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    child.on('close', () => children.delete(child));
    let stderr = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start in time: ${stderr}`)); }, 120_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const m = /web UI on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (!m) return;
      clearTimeout(timer);
      const closed = new Promise<number | null>((done) => child.on('close', (code, signal) => { if (signal) stderr += `\n(ended by ${signal})`; done(code); }));
      resolve({ base: m[1]!, stderr, stop: () => { child.kill('SIGTERM'); return closed; } });
    });
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}: ${stderr}`)); });
  });
}

test('newslens serve --sample: one command, then the page, the API and the sample corpus are there', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-serve-'));
  const store = `sqlite:${join(dir, 'sample.db')}`;
  try {
    const first = await serve(['--sample', '--store', store]);
    const stored = Number(/sample corpus: (\d+) articles stored, 0 already there, 0 failed/.exec(first.stderr)?.[1]);
    assert.ok(stored >= 10, first.stderr);
    const page = await fetch(`${first.base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await page.text(), /<script type="module" src="\/app\/main.js"><\/script>/);
    assert.equal((await fetch(`${first.base}/app/main.js`)).status, 200);
    const stats = (await (await fetch(`${first.base}/api/stats`)).json()) as { documents: number };
    assert.equal(stats.documents, stored);
    assert.equal(await first.stop(), 0, first.stderr);
    const second = await serve(['--sample', '--store', store]);
    assert.match(second.stderr, new RegExp(`sample corpus: 0 articles stored, ${stored} already there`));
    assert.equal(await second.stop(), 0);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
