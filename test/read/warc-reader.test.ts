/** The WARC reader: versions, compression layouts, HTTP payloads, and broken records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readWarcRecords, type WarcError, type WarcRecord } from '../../src/read/warc-reader.js';
import { warcPayload } from '../../src/read/warc-payload.js';
import { chunks, gzipPerRecord, httpResponse, pageRecord, warcRecord } from './warc-build.js';

async function readAll(buffer: Buffer, chunkSize = 7): Promise<Array<WarcRecord | WarcError>> {
  const out: Array<WarcRecord | WarcError> = [];
  for await (const r of readWarcRecords(chunks(buffer, chunkSize))) out.push(r);
  return out;
}

const pages = (records: Array<WarcRecord | WarcError>): string[] =>
  records.flatMap((r) => ('error' in r ? [] : [warcPayload(r)])).flatMap((p) => (p.kind === 'page' ? [`${p.url} ${p.bytes.toString('utf8')}`] : []));

const crawl = (): Buffer[] => [
  warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test\r\n' }),
  warcRecord({ type: 'request', uri: 'https://news.example/a', contentType: 'application/http; msgtype=request', block: 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n' }),
  pageRecord('https://news.example/a', '<p>Page A about the harbour.</p>', 'a'),
  warcRecord({ type: 'response', uri: 'https://news.example/logo.png', contentType: 'application/http; msgtype=response', block: httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { 'Content-Type': 'image/png' }) }),
  warcRecord({ type: 'response', uri: 'https://news.example/gone', contentType: 'application/http; msgtype=response', block: httpResponse('missing', {}, '404 Not Found') }),
  pageRecord('https://news.example/b', '<p>Page B, the second one.</p>', 'b', { version: 'WARC/1.1' }),
];

test('reads response records of an uncompressed WARC, ignoring requests, images and errors', async () => {
  const records = await readAll(Buffer.concat(crawl()));
  assert.equal(records.length, 6);
  assert.deepEqual(pages(records), ['https://news.example/a <p>Page A about the harbour.</p>', 'https://news.example/b <p>Page B, the second one.</p>']);
  const reasons = records.flatMap((r) => ('error' in r ? [] : [warcPayload(r)])).flatMap((p) => (p.kind === 'ignored' ? [p.reason] : []));
  assert.deepEqual(reasons, ['warcinfo record', 'request record', 'image/png', 'HTTP 404']);
  const first = records[2] as WarcRecord;
  const payload = warcPayload(first);
  assert.equal(payload.kind === 'page' && payload.date, '2024-02-01T12:00:00Z');
});

test('gzip per record and gzip over the whole file give the same records', async () => {
  const plain = pages(await readAll(Buffer.concat(crawl())));
  assert.deepEqual(pages(await readAll(gzipPerRecord(crawl()), 13)), plain);
  assert.deepEqual(pages(await readAll(gzipSync(Buffer.concat(crawl())), 5)), plain);
});

test('undoes chunked transfer encoding and gzip content encoding', async () => {
  const html = '<p>Chunked and compressed.</p>';
  const gz = gzipSync(html);
  const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
  const record = warcRecord({ type: 'response', uri: 'https://news.example/c', contentType: 'application/http; msgtype=response', block: httpResponse(chunked, { 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }) });
  assert.deepEqual(pages(await readAll(record)), [`https://news.example/c ${html}`]);
});

test('a truncated last record is an error after the good ones', async () => {
  const whole = Buffer.concat(crawl());
  const records = await readAll(whole.subarray(0, whole.length - 20));
  const last = records.at(-1) as WarcError;
  assert.equal(last.error.code, 'E_WARC_RECORD');
  assert.match(last.error.message, /truncated/);
  assert.equal(pages(records).length, 1);
});

test('garbage between records is reported and reading resumes at the next record', async () => {
  const [info, , a, , , b] = crawl();
  const records = await readAll(Buffer.concat([info!, a!, Buffer.from('this is not a record\r\n'), b!]));
  const errors = records.filter((r): r is WarcError => 'error' in r);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.error.message, /garbage/);
  assert.equal(pages(records).length, 2);
});

test('a record without Content-Length is an error; the next record is still read', async () => {
  const broken = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\n\r\n');
  const records = await readAll(Buffer.concat([broken, pageRecord('https://news.example/d', '<p>D</p>', 'd')]));
  assert.match((records[0] as WarcError).error.message, /Content-Length/);
  assert.deepEqual(pages(records), ['https://news.example/d <p>D</p>']);
});

test('a file that is not WARC, and a corrupt gzip stream, are errors, not silence', async () => {
  const notWarc = await readAll(Buffer.from('<html>just a page</html>'));
  assert.equal(notWarc.length, 1);
  assert.match((notWarc[0] as WarcError).error.message, /no WARC record/);
  const gz = gzipPerRecord(crawl());
  const corrupt = Buffer.concat([gz.subarray(0, 200), Buffer.alloc(50, 0x41), gz.subarray(250)]);
  const records = await readAll(corrupt, 64);
  assert.ok(records.some((r) => 'error' in r), 'the corruption is reported');
});

test('skips a record over the size limit without buffering it', async () => {
  const big = pageRecord('https://news.example/big', `<p>${'x'.repeat(5000)}</p>`, 'big');
  const out: Array<WarcRecord | WarcError> = [];
  for await (const r of readWarcRecords(chunks(Buffer.concat([big, pageRecord('https://news.example/e', '<p>E</p>', 'e')]), 100), { maxRecordBytes: 1000 })) out.push(r);
  assert.match((out[0] as WarcError).error.message, /over the 1000-byte limit/);
  assert.deepEqual(pages(out), ['https://news.example/e <p>E</p>']);
});
