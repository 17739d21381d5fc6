/** The HTTP API through app.inject(): no port, a SQLite store per test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/build-app.js';
import { corpusSamples, storable } from '../store/sample-documents.js';
import { FRENCH, RUSSIAN, windows1251 } from './legacy-encodings.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

const TOKEN = 'test-token-0123456789abcdef';

async function withApp(options: Partial<AppOptions>, fn: (app: FastifyInstance) => Promise<void>): Promise<void> {
  const { store, cleanup } = await openFreshSqlite('api');
  await store.put(corpusSamples().map((d) => storable(d)));
  const app = await buildApp({ store, ...options });
  try {
    await fn(app);
  } finally {
    await app.close();
    await store.close();
    await cleanup();
  }
}

const ARTICLE = { text: 'The port authority said on Friday that the new terminal would open in May. "We are ready," said director Lena Ortiz.', outlet: 'Harbour Gazette', url: 'https://harbour.example/terminal', publishedAt: '2024-04-05' };

test('analyses a posted article and returns its Document without storing it', () => withApp({}, async (app) => {
  const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE });
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  assert.equal(doc.text, ARTICLE.text);
  assert.equal(doc.meta.outlet, 'Harbour Gazette');
  assert.ok(Array.isArray(doc.layers.sentences));
  const stats = (await app.inject({ url: '/api/stats' })).json();
  assert.equal(stats.documents, 3);
}));

test('ingest needs the token; with it, articles are stored once', () => withApp({ token: TOKEN }, async (app) => {
  const payload = { articles: [ARTICLE, { text: '' }, { title: 'no body' }] };
  assert.equal((await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [ARTICLE] } })).statusCode, 401);
  const wrong = await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [ARTICLE] }, headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.statusCode, 401);
  assert.equal(wrong.json().error.code, 'UNAUTHORIZED');
  const invalid = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(invalid.statusCode, 400, 'an article without text or html fails validation');
  assert.equal(invalid.json().error.code, 'VALIDATION');
  const res = await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [ARTICLE, { text: '   ' }] }, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.statusCode, 200);
  const [stored, empty] = res.json().results;
  assert.equal(stored.status, 'stored');
  assert.equal(empty.status, 'failed');
  assert.equal(empty.code, 'E_INPUT_EMPTY');
  const again = await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [ARTICLE] }, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(again.json().results[0].status, 'duplicate');
  const doc = await app.inject({ url: `/api/documents/${stored.id}?layers=sentences` });
  assert.equal(doc.statusCode, 200);
  assert.deepEqual(Object.keys(doc.json().document.layers), ['sentences']);
  assert.equal((await app.inject({ url: '/api/stats' })).json().failed, 1);
}));

test('an uploaded file is decoded as the CLI readers decode it: windows-1251 and latin-1 text, a latin-1 HTML page', () => withApp({ token: TOKEN }, async (app) => {
  const post = (file: object, meta: object = {}) => app.inject({ method: 'POST', url: '/api/analyze', payload: { file, ...meta } });
  const cyrillic = await post({ name: 'novosti.txt', base64: windows1251(RUSSIAN).toString('base64') }, { outlet: 'Gorod', publishedAt: '2024-05-07' });
  assert.equal(cyrillic.statusCode, 200, cyrillic.body);
  const doc = cyrillic.json();
  assert.equal(doc.text, RUSSIAN);
  assert.equal(doc.meta.outlet, 'Gorod', 'the metadata given beside the file is kept');
  assert.match(doc.meta.publishedAt, /^2024-05-07/);
  assert.ok(doc.messages.some((m: { code: string; message: string }) => m.code === 'W_INPUT_DECODED_LEGACY' && /windows-1251/.test(m.message)), 'a warning names the encoding');
  const latin = (await post({ name: 'maire.txt', contentType: 'text/plain', base64: Buffer.from(FRENCH, 'latin1').toString('base64') })).json();
  assert.equal(latin.text, FRENCH);
  // A page that declares its charset: the declaration is read, the article extracted, the title kept.
  const page = `<!doctype html><html><head><meta charset="iso-8859-1"><title>Tramway : la ligne ouvrira en mai</title></head><body><nav>Accueil</nav><article><h1>Tramway : la ligne ouvrira en mai</h1><p>${FRENCH}</p><p>Les travaux ont coûté 40 millions d'euros, selon la mairie.</p></article></body></html>`;
  const html = (await post({ name: 'tramway.html', base64: Buffer.from(page, 'latin1').toString('base64') })).json();
  assert.match(html.text, /Hélène Dubois/);
  assert.match(html.text, /coûté 40 millions/);
  assert.doesNotMatch(html.text, /Accueil/);
  assert.equal(html.meta.title, 'Tramway : la ligne ouvrira en mai');
  // The same upload can be ingested; its raw bytes are what the store keeps.
  const stored = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { articles: [{ file: { name: 'novosti.txt', base64: windows1251(RUSSIAN).toString('base64') } }] } });
  assert.equal(stored.json().results[0].status, 'stored', stored.body);
  const got = (await app.inject({ url: `/api/documents/${stored.json().results[0].id}` })).json();
  assert.equal(got.document.text, RUSSIAN);
  const bad = await post({ name: 'x.txt', base64: 'not base64!' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'INVALID_FILE');
}));

test('with warmUp, the analysis worker starts and warms up when the server listens; /healthz says when it is ready', () => withApp({ warmUp: true }, async (app) => {
  assert.equal((await app.inject({ url: '/healthz' })).json().analysis, 'idle', 'nothing starts before the server listens');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const states = new Set<string>();
  const started = Date.now();
  for (;;) {
    const { analysis } = (await app.inject({ url: '/healthz' })).json() as { analysis: string };
    states.add(analysis);
    if (analysis === 'ready') break;
    assert.ok(Date.now() - started < 60_000, 'ready within a minute');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(states.has('warming'), `the warm-up is visible: ${[...states].join(', ')}`);
  const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().text, ARTICLE.text);
}));

test('an analysis over the time limit is stopped: 503 E_ANALYSIS_TIMEOUT, and the server goes on', () => withApp({ analysisTimeoutMs: 1 }, async (app) => {
  const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE });
  assert.equal(res.statusCode, 503);
  assert.equal(res.json().error.code, 'E_ANALYSIS_TIMEOUT');
  assert.equal((await app.inject({ url: '/api/stats' })).statusCode, 200);
}));

test('an unreadable article is a 400 with its input code', () => withApp({}, async (app) => {
  const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: '   ' } });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.code, 'E_INPUT_EMPTY');
}));

test('without a configured token, writes are refused', () => withApp({}, async (app) => {
  const res = await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [ARTICLE] }, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json().error.code, 'WRITES_DISABLED');
}));

test('gets a document with every layer; a missing one is a JSON 404', () => withApp({}, async (app) => {
  const [doc] = corpusSamples();
  const res = await app.inject({ url: `/api/documents/${doc!.id}` });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json().document, doc);
  const missing = await app.inject({ url: '/api/documents/0000000000000000' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'DOCUMENT_NOT_FOUND');
  assert.equal((await app.inject({ url: '/api/documents/not-an-id' })).json().error.code, 'VALIDATION');
  assert.equal((await app.inject({ url: '/nowhere' })).json().error.code, 'NOT_FOUND');
}));

test('searches, lists quotes ("what did X say about Y"), entities and events', () => withApp({}, async (app) => {
  const search = (await app.inject({ url: '/api/search?q=market&outlet=North%20Wire&limit=5' })).json();
  assert.equal(search.results.length, 2);
  assert.ok(search.results.every((r: { outlet: string }) => r.outlet === 'North Wire'));
  const said = (await app.inject({ url: '/api/quotes?speaker=Varga&about=rebuild' })).json();
  assert.deepEqual(said.results.map((r: { content: string }) => r.content), ['We will rebuild the market within a month']);
  // The person page's "speech only": the store keeps to quotes whose cue is speech; a quote of unknown kind is left out.
  const spoken = (await app.inject({ url: '/api/quotes?speaker=Varga&kind=speech' })).json();
  assert.deepEqual(spoken.results.map((r: { content: string; cueKind: string }) => [r.content, r.cueKind]), [['We will rebuild the market within a month', 'speech']]);
  assert.equal((await app.inject({ url: '/api/quotes?speaker=Varga' })).json().results.length, 2);
  const badKind = await app.inject({ url: '/api/quotes?kind=shouted' });
  assert.equal(badKind.statusCode, 400);
  assert.equal(badKind.json().error.code, 'VALIDATION');
  const outlets = (await app.inject({ url: '/api/outlets' })).json();
  assert.deepEqual(outlets.results, [{ outlet: 'North Wire', documents: 2 }, { outlet: 'South Herald', documents: 1 }]);
  assert.equal((await app.inject({ url: '/api/outlets?limit=0' })).statusCode, 400);
  const people = (await app.inject({ url: '/api/entities?type=person' })).json();
  assert.deepEqual(people.results.map((r: { name: string }) => r.name), ['Elena Varga', 'Omar Haddad']);
  const events = (await app.inject({ url: '/api/events?type=Shelling/artillery/missile%20attack' })).json();
  assert.equal(events.results.length, 1);
  const denied = (await app.inject({ url: '/api/search?claimStatus=denied' })).json();
  assert.equal(denied.results.length, 1);
  const bad = await app.inject({ url: '/api/search?claimStatus=maybe' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'VALIDATION');
  assert.equal((await app.inject({ url: '/api/search?limit=5000' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/search?q=%22market%20NEAR(' })).statusCode, 200, 'query syntax from users is sanitised');
}));

test('cueKinds=fill gives a quote stored without its kind the kind of its cue, and counts it; the default is the document as stored', () => withApp({}, async (app) => {
  const fund = corpusSamples()[2]!;
  assert.equal(fund.layers.quotes![0]!.cueKind, undefined, 'the sample is stored without a kind, as before quotes carried one');
  const stored = (await app.inject({ url: `/api/documents/${fund.id}` })).json();
  assert.deepEqual(stored.document, fund);
  assert.equal(stored.cueKindsFilled, undefined);
  const filled = (await app.inject({ url: `/api/documents/${fund.id}?cueKinds=fill` })).json();
  assert.equal(filled.cueKindsFilled, 1);
  assert.equal(filled.document.layers.quotes[0].cueKind, 'speech', 'a direct quote is speech');
  const market = corpusSamples()[0]!;
  const kept = (await app.inject({ url: `/api/documents/${market.id}?cueKinds=fill` })).json();
  assert.deepEqual([kept.cueKindsFilled, kept.document], [0, market], 'a quote with its kind is left as it is');
  assert.equal((await app.inject({ url: `/api/documents/${fund.id}?cueKinds=guess` })).statusCode, 400);
}));

test('lists the roles the articles give a person; the name is required', () => withApp({}, async (app) => {
  const res = await app.inject({ url: '/api/person-roles?name=Elena%20Varga' });
  assert.equal(res.statusCode, 200);
  // The samples give no roles: an empty list, with what was read.
  assert.deepEqual(res.json(), { results: [], total: 0, documents: 2, notIndexed: 0 });
  assert.equal((await app.inject({ url: '/api/person-roles' })).json().error.code, 'VALIDATION');
  // A page of the roles (every article still counts): limit 1..1000, offset >= 0.
  assert.equal((await app.inject({ url: '/api/person-roles?name=Varga&limit=1&offset=1' })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/person-roles?name=Varga&limit=0' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/person-roles?name=Varga&limit=1001' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/person-roles?name=Varga&offset=-1' })).statusCode, 400);
}));

test('limits the body size and answers malformed JSON with a JSON error', () => withApp({ bodyLimit: 1024 }, async (app) => {
  const big = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x'.repeat(5000) } });
  assert.equal(big.statusCode, 413);
  assert.equal(big.json().error.code, 'BODY_TOO_LARGE');
  const broken = await app.inject({ method: 'POST', url: '/api/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
  assert.equal(broken.statusCode, 400);
  assert.equal(broken.json().error.code, 'INVALID_BODY');
  const wrongType = await app.inject({ method: 'POST', url: '/api/analyze', payload: 'text', headers: { 'content-type': 'text/csv' } });
  assert.equal(wrongType.statusCode, 415);
}));

test('serves the OpenAPI document at /docs with every route', () => withApp({}, async (app) => {
  const res = await app.inject({ url: '/docs' });
  assert.equal(res.statusCode, 200);
  const spec = res.json();
  assert.match(spec.openapi, /^3\./);
  for (const path of ['/api/analyze', '/api/documents', '/api/documents/{id}', '/api/search', '/api/quotes', '/api/entities', '/api/events', '/api/person-roles', '/api/outlets', '/api/stats']) assert.ok(spec.paths[path], path);
  assert.deepEqual(spec.paths['/api/documents'].post.security, [{ bearer: [] }]);
}));

test('CORS is off by default, and on only for configured origins', async () => {
  await withApp({}, async (app) => {
    const res = await app.inject({ url: '/api/stats', headers: { origin: 'https://ui.example' } });
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });
  await withApp({ corsOrigins: ['https://ui.example'] }, async (app) => {
    const ok = await app.inject({ url: '/api/stats', headers: { origin: 'https://ui.example' } });
    assert.equal(ok.headers['access-control-allow-origin'], 'https://ui.example');
    const other = await app.inject({ url: '/api/stats', headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/documents', headers: { origin: 'https://ui.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.statusCode, 204);
    assert.match(String(preflight.headers['access-control-allow-headers']), /authorization/);
  });
});

test('leaves room for a UI plugin at /', () => withApp({ plugins: [async (app) => { app.get('/', async (_req, reply) => reply.type('text/html').send('<!doctype html><title>ui</title>')); }] }, async (app) => {
  const res = await app.inject({ url: '/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /text\/html/);
}));
