/**
 * The web UI's server side through app.inject(): the page and its files with a Content-Security-Policy
 * that forbids inline scripts and third-party requests, nothing served outside the listed files, the
 * map's event places with coordinates, and the sample corpus loaded once however often it is asked.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { buildApp } from '../../src/server/build-app.js';
import { UI_CONTENT_SECURITY_POLICY, webUiPlugin } from '../../src/server/routes/web-ui.js';
import { loadSampleCorpus } from '../../src/server/sample-corpus.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import Database from 'better-sqlite3';

let dir: string;
let store: Store;
let app: FastifyInstance;
let loaded: Awaited<ReturnType<typeof loadSampleCorpus>>;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newslens-web-'));
  store = await openStore(`sqlite:${join(dir, 'ui.db')}`);
  loaded = await loadSampleCorpus(store);
  app = await buildApp({ store, plugins: [webUiPlugin({ store })] });
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the sample corpus loads every example article, and a second load stores nothing twice', async () => {
  const files = readdirSync(join(PACKAGE_ROOT, 'examples')).filter((n) => /\.(txt|html?|jsonl|rss)$/.test(n));
  assert.equal(loaded.failed, 0, JSON.stringify(loaded.failures));
  assert.ok(loaded.stored > files.length, `${loaded.stored} articles from ${files.length} files`);
  const again = await loadSampleCorpus(store);
  assert.equal(again.stored, 0);
  assert.equal(again.failed, 0);
  assert.equal((await store.stats()).documents, loaded.stored);
  const [hit] = await store.search({ text: 'Tekstilshchik' });
  assert.ok(hit, 'the Donetsk example is searchable');
  assert.equal(hit.outlet, 'Example State Wire', 'plain-text examples get their outlet');
  assert.equal(hit.publishedAt?.slice(0, 10), '2024-01-22');
});

test('the sample corpus includes the multi-outlet set, so the Compare view has an event to compare', async () => {
  const res = await app.inject({ url: '/api/compare?place=Horlivka&minOutlets=2' });
  assert.equal(res.statusCode, 200);
  const { clusters } = res.json() as { clusters: Array<{ places: string[]; outlets: Array<{ outlet: string }> }> };
  assert.ok(clusters.length >= 1 && clusters[0]!.places.includes('Horlivka'), JSON.stringify(clusters.map((c) => c.places)));
  assert.ok(clusters[0]!.outlets.length >= 4, `${clusters[0]!.outlets.length} outlets`);
});

test('the page is served with a policy that allows only this origin and no inline script', async () => {
  const res = await app.inject({ url: '/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/html/);
  const csp = res.headers['content-security-policy'] as string;
  assert.equal(csp, UI_CONTENT_SECURITY_POLICY);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  const html = res.body;
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script element');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'no inline style');
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i, 'no third-party resource');
  assert.match(html, /<main id="main"/);
  assert.match(html, /<nav aria-label="Views">/);
});

test('client modules and static files are served by exact name only', async () => {
  const main = await app.inject({ url: '/app/main.js' });
  assert.equal(main.statusCode, 200);
  assert.match(main.headers['content-type'] as string, /^text\/javascript/);
  assert.ok(main.headers['content-security-policy']);
  for (const url of ['/static/app.css', '/static/world-outline.json', '/static/favicon.svg', '/static/example-article.json']) {
    assert.equal((await app.inject({ url })).statusCode, 200, url);
  }
  for (const url of ['/app/..%2f..%2fpackage.json', '/static/..%2F..%2Fpackage.json', '/app/missing.js', '/static/index.html', '/app/main.ts', '/static/.hidden']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 404, url);
    assert.equal(res.json().error.code, 'NOT_FOUND');
  }
  const outline = (await app.inject({ url: '/static/world-outline.json' })).json();
  assert.match(outline.source, /Natural Earth/);
  assert.ok(outline.land.length > 10_000 && outline.borders.length > 1000);
});

test('the client never writes HTML from strings', () => {
  const folder = join(PACKAGE_ROOT, 'web', 'src');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment|DOMParser/, `${name} builds nodes, not markup`);
    assert.doesNotMatch(source, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, `${name} names no outside URL`);
  }
});

test('event places carry coordinates from their documents, with the events filters', async () => {
  const res = await app.inject({ url: '/api/event-places?limit=500' });
  assert.equal(res.statusCode, 200);
  const { results } = res.json() as { results: Array<{ documentId: string; eventId: string; place?: string; lat?: number; lon?: number; type: string }> };
  const events = (await app.inject({ url: '/api/events?limit=500' })).json().results as unknown[];
  assert.equal(results.length, events.length, 'one row per event');
  const placed = results.filter((r) => r.lat !== undefined && r.lon !== undefined);
  assert.ok(placed.length >= 5, `${placed.length} events with coordinates`);
  for (const r of placed) {
    assert.ok(Math.abs(r.lat!) <= 90 && Math.abs(r.lon!) <= 180);
    const stored = await store.get(r.documentId);
    const event = stored!.doc.layers.events!.find((e) => e.id === r.eventId)!;
    assert.equal(event.location?.lat, r.lat);
    assert.equal(event.location?.lon, r.lon);
  }
  const kharkiv = placed.find((r) => r.place === 'Kharkiv');
  assert.ok(kharkiv, 'a Kharkiv event is on the map');
  assert.ok(Math.abs(kharkiv.lat! - 50) < 0.5 && Math.abs(kharkiv.lon! - 36.25) < 0.5, 'at Kharkiv');
  const protests = (await app.inject({ url: '/api/event-places?type=Protests' })).json().results as Array<{ type: string }>;
  assert.ok(protests.every((r) => r.type === 'Protests'));
  assert.equal((await app.inject({ url: '/api/event-places?limit=0' })).statusCode, 400);
});

test('event places come from the index; an event row stored without coordinates is read from its document', async () => {
  const all = (await app.inject({ url: '/api/event-places?limit=500' })).json().results as Array<Record<string, unknown>>;
  // The same answer with every document read refused: the rows carry the coordinates.
  let reads = 0;
  const counting = new Proxy(store, { get: (target, key) => key === 'get' ? (id: string) => { reads++; return target.get(id); } : Reflect.get(target, key) });
  const indexOnly = await buildApp({ store: counting, plugins: [webUiPlugin({ store: counting })] });
  try {
    assert.deepEqual((await indexOnly.inject({ url: '/api/event-places?limit=500' })).json().results, all);
    assert.equal(reads, 0, 'no document read');
    // Rows stored before the coordinates were indexed (SQLite migration 003): read from the document, once per document.
    const copy = join(dir, 'old-copy.db');
    const db = new Database(join(dir, 'ui.db'));
    await db.backup(copy);
    db.close();
    const oldDb = new Database(copy);
    oldDb.prepare('UPDATE events SET lat = NULL, lon = NULL, place_precision = NULL').run();
    oldDb.close();
    const oldStore = await openStore(`sqlite:${copy}`);
    let oldReads = 0;
    const oldCounting = new Proxy(oldStore, { get: (target, key) => key === 'get' ? (id: string) => { oldReads++; return target.get(id); } : Reflect.get(target, key) });
    const oldApp = await buildApp({ store: oldCounting, plugins: [webUiPlugin({ store: oldCounting })] });
    try {
      const fromDocuments = (await oldApp.inject({ url: '/api/event-places?limit=500' })).json().results as Array<Record<string, unknown>>;
      const key = (r: Record<string, unknown>) => `${r.documentId}/${r.eventId}`;
      const byKey = new Map(all.map((r) => [key(r), r]));
      assert.equal(fromDocuments.length, all.length);
      for (const r of fromDocuments) {
        const indexed = byKey.get(key(r))!;
        assert.deepEqual([r.lat, r.lon, r.precision], [indexed.lat, indexed.lon, indexed.precision], key(r));
      }
      const placedDocuments = new Set(fromDocuments.filter((r) => r.place !== undefined).map((r) => r.documentId));
      assert.ok(oldReads > 0 && oldReads <= placedDocuments.size, `${oldReads} reads for ${placedDocuments.size} documents with a placed event`);
    } finally {
      await oldApp.close();
      await oldStore.close();
    }
  } finally {
    await indexOnly.close();
  }
});

test('events and event places carry each claimant\'s crowd size, as stored in the document (the API schema keeps them)', async () => {
  for (const url of ['/api/events?type=Protests&limit=500', '/api/event-places?type=Protests&limit=500']) {
    const { results } = (await app.inject({ url })).json() as { results: Array<{ documentId: string; eventId: string; crowd?: Array<{ figure: string; claimant: string }> }> };
    const withCrowd = results.filter((r) => r.crowd);
    assert.ok(withCrowd.length >= 1, `${url}: a protest with crowd sizes`);
    for (const r of withCrowd) {
      const event = (await store.get(r.documentId))!.doc.layers.events!.find((e) => e.id === r.eventId)!;
      assert.deepEqual(r.crowd!.map((c) => c.figure), (event.crowd ?? []).map((c) => c.figure.text), url);
      assert.deepEqual(r.crowd!.map((c) => c.claimant), (event.crowd ?? []).map((c) => (c.claimant.kind === 'outlet' ? 'outlet' : c.claimant.name)), url);
    }
    assert.ok(withCrowd.some((r) => r.crowd!.length >= 2), `${url}: organisers and police both give a figure somewhere`);
  }
});

test('a place filter in another spelling finds the place under every spelling, and the answer says how it was read', async () => {
  const get = async (url: string) => (await app.inject({ url })).json() as { results: Array<{ documentId?: string; id?: string; eventId?: string }>; placeReadAs?: Record<string, string> };
  for (const path of ['/api/events', '/api/event-places', '/api/search', '/api/quotes']) {
    const canonical = await get(`${path}?place=Horlivka&limit=500`);
    const variant = await get(`${path}?place=Gorlovka&limit=500`);
    const key = (r: { documentId?: string; id?: string; eventId?: string; quoteId?: string }) => `${r.documentId ?? r.id}/${r.eventId ?? (r as { quoteId?: string }).quoteId ?? ''}`;
    assert.ok(canonical.results.length > 0, `${path}: Horlivka has results`);
    assert.deepEqual(variant.results.map(key).sort(), canonical.results.map(key).sort(), `${path}: Gorlovka finds what Horlivka finds`);
    assert.equal(canonical.placeReadAs, undefined, `${path}: the canonical name is used as given`);
    assert.deepEqual(variant.placeReadAs, { query: 'Gorlovka', name: 'Horlivka', precision: 'town', country: 'UA' }, path);
  }
  // The events placed at Horlivka, not every event of the articles that mention it. Written for this
  // test: an article with an event placed nowhere beside a Horlivka shelling.
  const text = 'Shelling hit Horlivka on Monday, the city council said. The invasion goes on.';
  await store.put([storable(sampleDocument({ text, meta: { outlet: 'Example Wire', publishedAt: '2024-03-12' },
    entities: [{ name: 'Horlivka', type: 'place', aliases: ['Gorlovka'] }],
    events: [{ type: 'Explosions/Remote violence', trigger: 'Shelling', place: 'Horlivka' }, { type: 'Strategic developments', trigger: 'invasion' }] }))]);
  const every = (await get('/api/events?limit=1000')).results as Array<{ place?: string; eventId: string; documentId: string }>;
  const mentioning = new Set((await get('/api/search?place=Horlivka&limit=500')).results.map((r) => r.id));
  const others = every.filter((e) => mentioning.has(e.documentId) && e.place !== 'Horlivka');
  assert.ok(others.length > 0, 'the sample\'s Horlivka articles report events elsewhere or nowhere too');
  for (const path of ['/api/events', '/api/event-places']) {
    const placed = (await get(`${path}?place=Gorlovka&limit=500`)).results as Array<{ place?: string }>;
    assert.deepEqual([...new Set(placed.map((e) => e.place))], ['Horlivka'], path);
    assert.equal(placed.length, every.filter((e) => e.place === 'Horlivka').length, `${path}: every event placed there`);
  }
  // A country: the events placed anywhere in it, and the answer says how the name was read.
  const everywhere = (await get('/api/events?limit=1000')).results as Array<{ placeCountry?: string; place?: string }>;
  for (const path of ['/api/events', '/api/event-places']) {
    const inUkraine = await get(`${path}?place=Ukraine&limit=500`);
    assert.deepEqual(inUkraine.placeReadAs, { query: 'Ukraine', name: 'Ukraine', precision: 'country', country: 'UA' }, path);
    const rows = inUkraine.results as Array<{ placeCountry?: string; place?: string }>;
    assert.ok(rows.length > everywhere.filter((e) => e.place === 'Ukraine').length, `${path}: its towns too (${rows.length})`);
    assert.ok(rows.every((e) => e.placeCountry === 'UA'), path);
    assert.equal(rows.length, everywhere.filter((e) => e.placeCountry === 'UA').length, path);
  }
  assert.equal((await get('/api/search?place=Ukraine&limit=500')).placeReadAs, undefined, 'documents: the place as named, read as before');
  const unknown = await get('/api/events?place=Zzyzxville');
  assert.deepEqual(unknown, { results: [] }, 'a name the gazetteer does not know is used as given, with no reading');
});
