/**
 * Response-schema drift: every route's response schema covers what its handler returns. Fastify
 * serialises a response through its schema, which silently drops any property the schema does not
 * name (the API once lost the events' stored lat/lon that way). Here every JSON route of the API and
 * the web UI's /api/event-places is called on the sample corpus (the examples, analysed for real: events
 * placed with coordinates, crowd sizes, roles, quotes with kinds...), the handler's payload is taken
 * before serialisation (a preSerialization hook), and the body sent must be that payload exactly.
 * A route added without a request here fails the coverage test, so it cannot escape the check.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { buildApp } from '../../src/server/build-app.js';
import { webUiPlugin } from '../../src/server/routes/web-ui.js';
import { loadSampleCorpus } from '../../src/server/sample-corpus.js';
import { getDefaultPipeline } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

const TOKEN = 'drift-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'newslens-drift-'));
let store: Store;
let app: FastifyInstance;
/** The payload each request's handler returned, before serialisation, by request id. */
const payloads = new Map<string, unknown>();

before(async () => {
  store = await openStore(`sqlite:${join(dir, 'sample.db')}`);
  await loadSampleCorpus(store, { workers: 0, pipeline: getDefaultPipeline() });
  // A root-level hook (skip-override: not encapsulated) sees every route's payload.
  const spy: FastifyPluginAsync = async (root) => {
    root.addHook('preSerialization', async (request, _reply, payload) => {
      payloads.set(request.id, structuredClone(payload));
      return payload;
    });
    // POST /api/analyze returns the Document's JSON bytes as the worker made them: nothing passes a
    // response schema, so the bytes are what the handler returned (checked below to be a whole Document).
    root.addHook('onSend', async (request, _reply, payload) => {
      if (Buffer.isBuffer(payload) && !payloads.has(request.id)) payloads.set(request.id, JSON.parse(payload.toString('utf8')));
      return payload;
    });
  };
  (spy as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
  app = await buildApp({ store, token: TOKEN, pipeline: getDefaultPipeline(), plugins: [webUiPlugin({ store }), spy] });
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Call { method: 'GET' | 'POST'; url: string; payload?: object; headers?: Record<string, string> }

/** One or more requests per route (OpenAPI path), chosen so that the answers carry their optional fields. */
async function calls(): Promise<Record<string, Call[]>> {
  const docs = (await store.search({ limit: 100 })).map((h) => h.id);
  const eventDoc = (await store.events({ place: 'Horlivka' }))[0]!.documentId;
  const get = (url: string): Call => ({ method: 'GET', url });
  return {
    'GET /api/search': [get('/api/search'), get('/api/search?q=shelling'), get('/api/search?place=Gorlovka'), get('/api/search?person=Peskov&limit=50')],
    'GET /api/quotes': [get('/api/quotes?limit=200'), get('/api/quotes?speaker=Peskov&kind=speech')],
    'GET /api/entities': [get('/api/entities?limit=200'), get('/api/entities?type=place')],
    'GET /api/events': [get('/api/events?limit=200'), get('/api/events?place=Gorlovka'), get('/api/events?place=Ukraine')],
    'GET /api/person-roles': [get('/api/person-roles?name=Dmitry%20Peskov')],
    'GET /api/outlets': [get('/api/outlets')],
    'GET /api/stats': [get('/api/stats')],
    'GET /api/claims': [get('/api/claims?limit=1000'), get('/api/claims?claimStatus=denied&eventType=Suicide%20bomb'), get('/api/claims?place=Gorlovka')],
    'GET /api/compare': [get('/api/compare?place=Gorlovka&from=2024-03-10&to=2024-03-14')],
    'GET /api/event-places': [get('/api/event-places'), get('/api/event-places?place=Gorlovka')],
    'GET /api/documents/{id}': [...docs.map((id) => get(`/api/documents/${id}`)), get(`/api/documents/${eventDoc}?cueKinds=fill`), get(`/api/documents/${eventDoc}?layers=quotes,events`)],
    'POST /api/analyze': [{ method: 'POST', url: '/api/analyze', payload: { text: 'GORLOVKA, March 12 – Shelling hit a bus station in Gorlovka on Tuesday, killing three people, city head Ivan Prikhodko said. "They struck the station in the morning," he told reporters.', outlet: 'Drift Wire', publishedAt: '2024-03-12' } }],
    'POST /api/documents': [{ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { articles: [{ text: 'Crews repaired the Portmere ferry quay on Monday, the harbour office said.', outlet: 'Drift Wire', url: 'https://drift.example/1' }, { text: '  ' }] } }],
  };
}

/** The routes the OpenAPI document lists (the routes a client can call), as "METHOD /path". */
async function documentedRoutes(): Promise<string[]> {
  const spec = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)).sort();
}

test('every documented route has a drift check here', async () => {
  const routes = await documentedRoutes();
  assert.ok(routes.includes('GET /api/events') && routes.includes('GET /api/event-places'), routes.join(', '));
  assert.deepEqual(routes.filter((r) => r.includes('/api/')), Object.keys(await calls()).sort());
});

test('every route sends exactly what its handler returned: no property is dropped by its response schema', async () => {
  let checked = 0;
  for (const [route, list] of Object.entries(await calls())) {
    for (const call of list) {
      const res = await app.inject({ method: call.method, url: call.url, ...(call.payload ? { payload: call.payload } : {}), ...(call.headers ? { headers: call.headers } : {}) });
      assert.equal(res.statusCode, 200, `${route}: ${call.url} answered ${res.statusCode} ${res.body.slice(0, 300)}`);
      const sent = res.json();
      const returned = [...payloads.values()].at(-1);
      payloads.clear();
      assert.ok(returned !== undefined, `${route}: no payload seen`);
      // What JSON.stringify would send without any schema: the handler's answer as JSON.
      assert.deepEqual(sent, JSON.parse(JSON.stringify(returned)), `${route}: ${call.url}: the response differs from what the handler returned (a property missing from the response schema?)`);
      if (route === 'POST /api/analyze') {
        const doc = sent as { text: string; meta: Record<string, unknown>; layers: Record<string, unknown[]>; pipeline?: unknown };
        assert.ok(doc.text.startsWith('GORLOVKA') && doc.meta.outlet === 'Drift Wire' && doc.pipeline, 'the analysed Document with its metadata');
        for (const layer of ['tokens', 'entities', 'quotes', 'events', 'dates']) assert.ok(doc.layers[layer]?.length, `POST /api/analyze: layer ${layer}`);
      }
      checked++;
    }
  }
  assert.ok(checked >= 20);
});

test('the sample answers carry the optional fields the check is there for', async () => {
  // Not vacuous: the data exercises fields a schema could drop (coordinates, crowd sizes, roles, kinds, titles).
  const events = (await app.inject({ url: '/api/events?limit=200' })).json().results as Array<Record<string, unknown>>;
  assert.ok(events.some((e) => typeof e.lat === 'number' && typeof e.lon === 'number' && e.placeCountry), 'event coordinates and country');
  assert.ok(events.some((e) => Array.isArray(e.crowd)), 'crowd sizes');
  assert.ok(events.some((e) => typeof e.title === 'string' && typeof e.url === 'string'), 'event article title and url');
  const quotes = (await app.inject({ url: '/api/quotes?limit=200' })).json().results as Array<Record<string, unknown>>;
  assert.ok(quotes.some((q) => q.cueKind === 'speech') && quotes.some((q) => q.cue), 'quote kinds and cues');
  const roles = (await app.inject({ url: '/api/person-roles?name=Dmitry%20Peskov' })).json();
  assert.ok(roles.results.length > 0 && roles.results[0].example.mentionId, 'a role with its mention');
  const places = (await app.inject({ url: '/api/event-places' })).json().results as Array<Record<string, unknown>>;
  assert.ok(places.some((p) => typeof p.lat === 'number' && p.precision), 'event-places coordinates');
});
