/**
 * The comparison through its two front doors: GET /api/compare (app.inject, no port) and
 * `newslens compare` (a child process), on one SQLite store holding the example corpus.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingest } from '../../src/corpus/ingest.js';
import { buildApp } from '../../src/server/build-app.js';
import { openStore } from '../../src/store/open-store.js';
import type { CompareReport } from '../../src/corpus/compare/types.js';
import type { Store } from '../../src/store/types.js';
import { runCliAsync } from '../cli/run-cli.js';
import { CORPUS } from './compare-suite.js';

let dir: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newslens-compare-api-'));
  store = await openStore(`sqlite:${join(dir, 'corpus.db')}`);
  await ingest([CORPUS], { store, workers: 0 });
  app = await buildApp({ store });
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('GET /api/compare returns the clusters and contradictions, serialised whole', async () => {
  const res = await app.inject({ url: '/api/compare?place=Gorlovka&from=2024-03-10&to=2024-03-14' });
  assert.equal(res.statusCode, 200, res.body);
  const report = res.json() as CompareReport;
  assert.equal(report.clusters.length, 1);
  const cluster = report.clusters[0]!;
  assert.ok(cluster.outlets.length >= 4);
  // The response schema must not drop nested fields.
  const account = cluster.outlets.find((o) => o.outlet === 'Global Wire')!.articles[0]!;
  assert.ok(account.casualties.some((c) => c.claimant === 'local emergency services' && c.qualifier === 'at-least'));
  assert.ok(cluster.contradictions.some((c) => c.kind === 'toll' && c.sides.length > 1));
  assert.equal(typeof report.timings.indexMs, 'number');
});

test('GET /api/compare refuses a malformed date and unknown parameters', async () => {
  assert.equal((await app.inject({ url: '/api/compare?from=12-03-2024' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/compare?bogus=1' })).statusCode, 400);
});

test('the OpenAPI document describes /api/compare', async () => {
  const doc = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, unknown> };
  assert.ok(doc.paths['/api/compare'], Object.keys(doc.paths).join(', '));
});

test('newslens compare prints a report, or JSON, and refuses a bad date', async () => {
  const url = `sqlite:${join(dir, 'corpus.db')}`;
  const text = await runCliAsync(['compare', '--store', url, '--place', 'Horlivka', '--from', '2024-03-10', '--to', '2024-03-14']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Novosti Wire/);
  assert.match(text.stdout, /Where the accounts disagree/);
  const json = await runCliAsync(['compare', '--store', url, '--min-outlets', '2', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  assert.equal((JSON.parse(json.stdout) as CompareReport).clusters.length, 1);
  const bad = await runCliAsync(['compare', '--store', url, '--from', '2024-3-1']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--from must be a day/);
});

test('newslens compare --cluster shows the event of the id in the report, and refuses an old positional id', async () => {
  const url = `sqlite:${join(dir, 'corpus.db')}`;
  const all = JSON.parse((await runCliAsync(['compare', '--store', url, '--format', 'json'])).stdout) as CompareReport;
  const last = all.clusters.at(-1)!;
  const text = await runCliAsync(['compare', '--store', url, '--cluster', last.id, '--limit', '1']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`^\\[${last.id}\\] `, 'm'));
  assert.equal(text.stdout.match(/^\[e[0-9a-f]{10}\] /gm)?.length, 1, 'that event alone');
  const old = await runCliAsync(['compare', '--store', url, '--cluster', 'c2']);
  assert.equal(old.status, 2);
  assert.match(old.stderr, /position/);
  const gone = await runCliAsync(['compare', '--store', url, '--cluster', 'e0123456789']);
  assert.equal(gone.status, 0, gone.stderr);
  assert.match(gone.stdout, /No event with id e0123456789/);
});
