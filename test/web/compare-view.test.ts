/**
 * The compare view's server side and content through app.inject(), over a store filled from
 * examples/compare plus a hostile article: the page offers the view and serves its modules, the API
 * answers what the view asks (and a clear error for a bad date), every row item of the view links to a
 * record that the article page finds in the stored document, and hostile strings pass through as
 * plain values (the DOM makes them text; the browser test checks the page).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/build-app.js';
import { webUiPlugin } from '../../src/server/routes/web-ui.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import type { CompareReport, EventCluster } from '../../src/corpus/compare/types.js';
import { accountRows, clusterCounts, clusterLabel, sideEvidence } from '../../web/src/compare-rows.js';
import { evidenceHref, resolveEvidence } from '../../web/src/evidence.js';
import { BUS_STATION_OUTLETS, BUS_STATION_QUERY, HOSTILE_DENIED, HOSTILE_OUTLET, HOSTILE_TITLE, fillCompareStore } from './compare-store.js';

let dir: string;
let store: Store;
let app: FastifyInstance;
let report: CompareReport;
let cluster: EventCluster;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newslens-compare-ui-'));
  store = await openStore(`sqlite:${join(dir, 'compare.db')}`);
  assert.equal(await fillCompareStore(store, dir), 7);
  app = await buildApp({ store, plugins: [webUiPlugin({ store })] });
  const res = await app.inject({ url: `/api/compare?${new URLSearchParams({ ...BUS_STATION_QUERY, limit: '20' })}` });
  assert.equal(res.statusCode, 200, res.body);
  report = res.json() as CompareReport;
  cluster = report.clusters[0]!;
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the page links the Compare view and its client modules are served', async () => {
  const page = await app.inject({ url: '/' });
  assert.match(page.body, /<a href="#\/compare" data-route="compare">Compare<\/a>/);
  for (const file of ['view-compare.js', 'compare-rows.js', 'evidence.js']) {
    const res = await app.inject({ url: `/app/${file}` });
    assert.equal(res.statusCode, 200, file);
    assert.match(res.headers['content-type'] as string, /^text\/javascript/);
  }
  const main = (await app.inject({ url: '/app/main.js' })).body;
  assert.match(main, /case 'compare'/);
});

test('the API gives the view one cluster for the shelling: the four outlets and the hostile one, with contradictions', () => {
  assert.equal(report.clusters.length, 1);
  assert.deepEqual(cluster.outlets.map((o) => o.outlet).sort(), [...BUS_STATION_OUTLETS, HOSTILE_OUTLET].sort());
  const kinds = new Set(cluster.contradictions.map((c) => c.kind));
  for (const kind of ['toll', 'perpetrator', 'status'] as const) assert.ok(kinds.has(kind), `a ${kind} contradiction: ${[...kinds].join(', ')}`);
  assert.match(clusterLabel(cluster), /Horlivka, 2024-03-12$/);
  assert.match(clusterCounts(cluster), /^5 outlets, 5 articles, \d+ contradictions$/);
});

test('a cluster is asked for by its stable id; an old positional id is a clear error', async () => {
  const byId = await app.inject({ url: `/api/compare?${new URLSearchParams({ cluster: cluster.id, minOutlets: '9', limit: '1' })}` });
  assert.equal(byId.statusCode, 200, byId.body);
  const alone = byId.json() as CompareReport;
  assert.deepEqual(alone.clusters.map((c) => c.id), [cluster.id], 'found by id whatever the ranking filters say');
  assert.deepEqual(alone.clusters[0]!.outlets.map((o) => o.outlet), cluster.outlets.map((o) => o.outlet));
  const old = await app.inject({ url: '/api/compare?cluster=c1' });
  assert.equal(old.statusCode, 400);
  const { error } = old.json() as { error: { code: string; message: string } };
  assert.equal(error.code, 'POSITIONAL_CLUSTER');
  assert.match(error.message, /position/);
  const gone = (await app.inject({ url: '/api/compare?cluster=e0123456789' })).json() as CompareReport;
  assert.equal(gone.clusters.length, 0);
});

test('reversed dates are a clear error; a place the gazetteer does not know is said so', async () => {
  const reversed = await app.inject({ url: '/api/compare?place=Gorlovka&from=2024-03-14&to=2024-03-10' });
  assert.equal(reversed.statusCode, 400);
  assert.match((reversed.json() as { error: { message: string } }).error.message, /from must not be after to/);
  const typo = (await app.inject({ url: '/api/compare?place=Gorlovkaa' })).json() as CompareReport;
  assert.deepEqual(typo.place, { query: 'Gorlovkaa' });
  assert.equal(typo.clusters.length, 0);
  assert.deepEqual(report.place, { query: 'Gorlovka', name: 'Horlivka', precision: 'town', country: 'UA' }, 'the other spelling is read as the town');
});

test('a bad filter is a JSON error the page can show', async () => {
  const res = await app.inject({ url: '/api/compare?from=yesterday' });
  assert.equal(res.statusCode, 400);
  const { error } = res.json() as { error: { code: string; message: string } };
  assert.ok(error.code && /from/.test(error.message), JSON.stringify(error));
  const none = (await app.inject({ url: '/api/compare?place=Gorlovka&from=2020-01-01&to=2020-01-02' })).json() as CompareReport;
  assert.equal(none.clusters.length, 0);
});

test('one row per article; every item links to a record the article page finds in the stored document', async () => {
  const rows = accountRows(cluster);
  assert.equal(rows.length, 5);
  let links = 0;
  for (const row of rows) {
    const stored = await store.get(row.documentId);
    assert.ok(stored, row.documentId);
    for (const item of [...row.figures, ...row.status, ...row.blamed, ...row.qualifications, ...row.naming, ...row.framing]) {
      if (!item.evidence) continue;
      links++;
      const href = evidenceHref(row.documentId, item.evidence);
      assert.ok(href.startsWith(`#/doc/${row.documentId}?`), href);
      const params = new URLSearchParams(href.split('?')[1]);
      if (params.has('focus')) {
        const [layer, id] = params.get('focus')!.split(':');
        const list = (stored.doc.layers as Record<string, Array<{ id: string }> | undefined>)[layer!];
        assert.ok(list?.some((r) => r.id === id), `${row.outlet}: ${href}`);
        continue;
      }
      const ref = resolveEvidence(stored.doc, params.get('at'));
      assert.ok(ref, `${row.outlet}: ${item.text} → ${href} finds its record`);
      if (item.evidence.kind === 'span') {
        const records: ReadonlyArray<{ id: string; start: number; end: number; text: string }> = stored.doc.layers[item.evidence.layer] ?? [];
        const record = records.find((r) => r.id === ref.id);
        assert.ok(record && stored.doc.text.slice(record.start, record.end) === record.text);
        assert.equal(record.start, item.evidence.start);
      }
    }
  }
  assert.ok(links >= 20, `${links} evidence links`);
  const first = (await store.get(rows[0]!.documentId))!.doc;
  assert.equal(resolveEvidence(first, 'casualties:0-99999'), undefined, 'a stale span opens the article at the top');
  assert.equal(resolveEvidence(first, 'nonsense'), undefined);
});

test('every side of every contradiction links to its words (figure, denied claim) or to the event in its article', async () => {
  assert.ok(cluster.contradictions.length >= 3);
  for (const c of cluster.contradictions) {
    for (const side of c.sides) {
      const stored = (await store.get(side.documentId))!;
      const evidence = sideEvidence(cluster, c.kind, side);
      assert.ok(evidence, `${c.kind}: ${side.outlet} has evidence`);
      const params = new URLSearchParams(evidenceHref(side.documentId, evidence).split('?')[1]);
      if (c.kind === 'toll') {
        assert.ok(side.start !== undefined && side.end !== undefined, 'a toll side carries the offsets of its figure');
        const figure = stored.doc.text.slice(side.start, side.end);
        const number = /\d+/.exec(side.says)?.[0];
        assert.ok(number && figure.includes(number), `${side.says} rests on "${figure}"`);
      }
      if (side.says.startsWith('blames')) assert.ok(params.get('at')?.startsWith('actor:'), `${side.says} → ${params}`);
      if (params.has('at')) {
        const ref = resolveEvidence(stored.doc, params.get('at'));
        assert.ok(ref, `${c.kind}: ${side.outlet} → ${params.get('at')}`);
        if (c.kind === 'denial' && !side.says.startsWith('blames')) assert.equal(ref.layer, 'claims');
        if (side.says.startsWith('blames')) assert.equal(ref.part, 'actor', `${side.says} leads to the words that blame`);
      } else {
        const [, id] = params.get('focus')!.split(':');
        assert.ok(stored.doc.layers.events?.some((e) => e.id === id));
      }
    }
  }
});

test('figures keep their claimant and qualifier, blame who alleges it, and Kyiv Daily only attributes the event', () => {
  const rows = accountRows(cluster);
  const global = rows.find((r) => r.outlet === 'Global Wire')!;
  assert.ok(global.figures.some((f) => /^At least 10 killed$/.test(f.text) && /at least/.test(f.note ?? '')), JSON.stringify(global.figures));
  const kyiv = rows.find((r) => r.outlet === 'Kyiv Daily')!;
  assert.equal(kyiv.status[0]!.text, 'attributed');
  assert.ok(kyiv.blamed.some((b) => b.text === 'Russian troops' && /Russia/.test(b.note ?? '') && /alleged by Andriy Kovalenko/.test(b.note ?? '')), JSON.stringify(kyiv.blamed));
  assert.ok(kyiv.qualifications.some((q) => /denied by Ukraine's General Staff/.test(q.note ?? '')), JSON.stringify(kyiv.qualifications));
  const novosti = rows.find((r) => r.outlet === 'Novosti Wire')!;
  assert.ok(novosti.naming.some((n) => n.text === 'Gorlovka') && novosti.naming.some((n) => n.text === 'Kiev'));
});

test('hostile outlet, title and denied words reach the view as the very strings stored', () => {
  const rows = accountRows(cluster);
  const evil = rows.find((r) => r.outlet === HOSTILE_OUTLET);
  assert.ok(evil, 'the hostile article is in the cluster');
  assert.equal(evil.title, HOSTILE_TITLE);
  assert.ok(evil.qualifications.some((q) => q.text.includes(HOSTILE_DENIED)), JSON.stringify(evil.qualifications));
  assert.ok(cluster.contradictions.some((c) => c.summary.includes(HOSTILE_OUTLET) || c.sides.some((s) => s.outlet === HOSTILE_OUTLET)));
});
