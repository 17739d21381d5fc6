/** Ingest end to end into SQLite: every input kind, failures with reasons, idempotent re-runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { pageRecord, warcRecord } from '../read/warc-build.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Ferry</title><link>https://harbour.example/ferry</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>The ferry resumed service after the storm.</description></item>
<item><title>Empty</title><link>https://harbour.example/empty</link></item>
</channel></rss>`;

function makeInputs(): { dir: string; inputs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-ingest-'));
  const inputs = join(dir, 'inputs');
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  writeFileSync(join(inputs, 'one.txt'), 'The council approved a new budget for the water network on Tuesday.\n');
  writeFileSync(join(inputs, 'nested', 'two.txt'), 'Farmers in the valley said the harvest was the best in a decade.\n');
  writeFileSync(join(inputs, 'nested', 'notes.bin'), 'not picked up: unknown extension');
  writeFileSync(join(inputs, '.hidden.txt'), 'not picked up: hidden');
  writeFileSync(join(inputs, 'lines.jsonl'), [
    JSON.stringify({ text: 'Rail workers ended their strike after the talks.', url: 'https://rail.example/strike', outlet: 'Rail Post', publishedAt: '2024-03-01' }),
    '{"text": "broken',
    '',
    JSON.stringify({ title: 'no text here' }),
    JSON.stringify({ text: 'The council approved a new budget for the water network on Tuesday.\n' }),
  ].join('\n'));
  writeFileSync(join(inputs, 'feed.xml'), FEED);
  writeFileSync(join(inputs, 'crawl.warc.gz'), Buffer.concat([
    gzipSync(warcRecord({ type: 'warcinfo', block: 'software: test\r\n' })),
    gzipSync(pageRecord('https://city.example/park', 'A new park opened near the river on Sunday.', 'park')),
    gzipSync(pageRecord('https://city.example/library', 'The library extended its opening hours.', 'lib')),
  ]));
  return { dir, inputs };
}

test('ingests a folder of text, JSONL, a feed and a WARC; records failures; a re-run stores nothing twice', async () => {
  const { dir, inputs } = makeInputs();
  const store = await openStore(`sqlite:${join(dir, 'c.db')}`);
  try {
    const first = await ingest([inputs], { store, workers: 0 });
    assert.equal(first.stored, 6, 'two texts, one JSONL line, one feed item, two WARC pages');
    assert.equal(first.duplicates, 1, 'the JSONL copy of one.txt');
    assert.equal(first.failed, 4, 'a broken JSON line, a blank line between records, a record without text, a feed item without content');
    assert.deepEqual(first.failuresByCode, { E_INPUT_MALFORMED: 2, E_INPUT_EMPTY: 2 });
    assert.ok(first.failures.some((f) => f.sourceKey.endsWith('lines.jsonl#L3') && /line 3: a blank line between records/.test(f.message)));
    assert.ok(first.failures.some((f) => f.sourceKey.endsWith('lines.jsonl#L2') && /line 2: malformed JSON/.test(f.message)));
    assert.equal(first.ignored, 1, 'the warcinfo record');
    assert.equal(first.bytesRead, first.totalBytes);

    const again = await ingest([inputs], { store, workers: 0 });
    assert.equal(again.stored, 0);
    assert.equal(again.duplicates, 7);
    assert.equal(again.failed, 4);
    const stats = await store.stats();
    assert.equal(stats.documents, 6);
    assert.equal(stats.failed, 4, 'failures are upserted, not doubled');

    const [park] = await store.search({ text: 'park river' });
    assert.equal(park?.url, 'https://city.example/park');
    assert.equal(park?.publishedAt, '2024-02-01T12:00:00.000Z', 'the WARC-Date stands in for a missing publication date');
    const [ferry] = await store.search({ text: 'ferry' });
    assert.equal(ferry?.outlet, 'Harbour Gazette', 'the feed title is the outlet');
    assert.equal(ferry?.publishedAt, '2024-03-05T08:00:00.000Z');
    const [rail] = await store.search({ outlet: 'Rail Post' });
    assert.equal(rail?.url, 'https://rail.example/strike');
    const stored = await store.get(rail!.id);
    assert.ok(stored?.doc.layers.sentences?.length, 'the analysis layers are stored');
    assert.equal(stored?.pipelineVersion, stored?.doc.pipeline?.version);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('worker threads give the same documents as analysis on the calling thread', async () => {
  const { dir, inputs } = makeInputs();
  const inline = await openStore(`sqlite:${join(dir, 'inline.db')}`);
  const threaded = await openStore(`sqlite:${join(dir, 'threaded.db')}`);
  try {
    await ingest([inputs], { store: inline, workers: 0, batchSize: 2 });
    const summary = await ingest([inputs], { store: threaded, workers: 2, batchSize: 2 });
    assert.equal(summary.stored, 6);
    const all = async (s: typeof inline): Promise<string[]> => (await s.scan(0, 100)).map((r) => JSON.stringify(r.doc.layers)).sort();
    assert.deepEqual(await all(threaded), await all(inline));
  } finally {
    await inline.close();
    await threaded.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('applies --outlet overrides to every document', async () => {
  const { dir, inputs } = makeInputs();
  const store = await openStore(`sqlite:${join(dir, 'c.db')}`);
  try {
    await ingest([join(inputs, 'lines.jsonl')], { store, workers: 0, overrides: { outlet: 'Override Daily' } });
    assert.equal((await store.search({ outlet: 'Override Daily' })).length, 2);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingests a feed and a page by URL; a URL that fails is a failure with its reason', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(FEED); return; }
    if (req.url === '/page') { res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }); res.end('The museum reopened after two years of repairs.'); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { store, cleanup } = await openFreshSqlite('ingest');
  try {
    const summary = await ingest([`${base}/feed`, `${base}/page`, `${base}/missing`], { store, workers: 0 });
    assert.equal(summary.stored, 2);
    assert.equal(summary.failed, 2);
    assert.ok(summary.failures.some((f) => f.code === 'E_INPUT_UNREADABLE' && /404/.test(f.message)));
    const [page] = await store.search({ text: 'museum' });
    assert.equal(page?.url, `${base}/page`);
  } finally {
    await store.close();
    server.close();
    await cleanup();
  }
});

test('a missing input is an error before anything is read', async () => {
  const { store, dir, cleanup } = await openFreshSqlite('ingest');
  try {
    await assert.rejects(ingest([join(dir, 'nope')], { store, workers: 0 }), /no such file or folder/);
  } finally {
    await store.close();
    await cleanup();
  }
});
