/** readArticle end to end: canonical text, raw artifact, source metadata, size limit, failures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from '../../src/read/index.js';
import { analyze } from '../../src/analyze.js';
import { checkInvariants } from '../../src/model/invariants.js';
import { encodeLegacy } from './encode-legacy.js';
import { ENGLISH, RUSSIAN } from './samples.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('canonical text: BOM dropped, CRLF and CR become LF, controls become spaces; raw keeps the input', () => {
  const input = `\ufeffFirst line.\r\nSecond line.\rThird\u0007line.`;
  const r = readArticle(utf8(input), { name: 'note.txt' });
  assert.ok(r.ok);
  assert.equal(r.text, 'First line.\nSecond line.\nThird line.');
  assert.equal(r.raw, input.slice(1));
  assert.deepEqual(r.meta.source, { reader: 'text', format: 'text', encoding: 'utf-8', path: 'note.txt' });
  assert.deepEqual(r.messages.map((m) => m.code), ['W_INPUT_CONTROL_CHARS']);
  assert.match(r.messages[0]!.message, /U\+0007, at offset 30/);
});

test('a string input is read like bytes, without an encoding', () => {
  const r = readArticle('Line one.\r\nLine two.');
  assert.ok(r.ok);
  assert.equal(r.text, 'Line one.\nLine two.');
  assert.deepEqual(r.meta.source, { reader: 'text', format: 'text' });
});

test('empty and whitespace-only inputs', () => {
  const empty = readArticle(new Uint8Array(0));
  assert.ok(!empty.ok && empty.error.code === 'E_INPUT_EMPTY' && /0 bytes/.test(empty.error.message));
  const blank = readArticle(utf8(' \r\n\t \n'));
  assert.ok(!blank.ok && blank.error.code === 'E_INPUT_EMPTY' && /only whitespace/.test(blank.error.message));
  const record = readArticle({ text: '' });
  assert.ok(!record.ok && record.error.code === 'E_INPUT_EMPTY');
});

test('the size limit is checked before decoding: 50 MB is refused with its size', () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const r = readArticle(big);
  assert.ok(!r.ok && r.error.code === 'E_INPUT_TOO_LARGE');
  assert.match(!r.ok ? r.error.message : '', /50\.0 MB, over the 10\.0 MB limit/);
  const small = readArticle('x'.repeat(2000), { maxBytes: 1000 });
  assert.ok(!small.ok && small.error.code === 'E_INPUT_TOO_LARGE');
});

test('a page in windows-1251 declared in its Content-Type', () => {
  const html = `<html><head><title>Новости</title></head><body><p>${RUSSIAN}</p><p>${ENGLISH}</p></body></html>`;
  const r = readArticle(encodeLegacy(html, 'windows-1251'), { name: 'https://news.example/story', contentType: 'text/html; charset=windows-1251' });
  assert.ok(r.ok);
  assert.equal(r.text, `${RUSSIAN}\n${ENGLISH}`);
  assert.deepEqual(r.messages, []);
  assert.equal(r.meta.url, 'https://news.example/story');
  assert.deepEqual(r.meta.source, { reader: 'html', format: 'html', encoding: 'windows-1251', path: 'https://news.example/story' });
  assert.equal(r.raw, html);
});

test('a page declaring its charset in a meta element', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>T</title></head><body><p>${RUSSIAN}</p></body></html>`;
  const r = readArticle(encodeLegacy(html, 'windows-1251'), { name: 'saved.html' });
  assert.ok(r.ok && r.text === RUSSIAN && r.meta.source?.encoding === 'windows-1251');
});

test('JSON records: metadata and an HTML body; record metadata wins over the page', () => {
  const json = JSON.stringify({ title: 'From the record', html: `<html><head><title>From the page</title><meta name="author" content="Page Author"></head><body><p>${ENGLISH}</p></body></html>`, outlet: 'Example Wire' });
  const r = readArticle(utf8(json), { name: 'one.json' });
  assert.ok(r.ok);
  assert.equal(r.text, ENGLISH);
  assert.equal(r.meta.title, 'From the record');
  assert.equal(r.meta.author, 'Page Author');
  assert.equal(r.meta.outlet, 'Example Wire');
  assert.deepEqual(r.meta.source, { reader: 'html', format: 'json', encoding: 'utf-8', path: 'one.json' });
});

test('records passed by callers keep only known metadata fields (the schema allows no others)', () => {
  const r = readArticle({ text: 'Some words.', title: 'T', extra: 1, link: 'https://x.example/a' } as never);
  assert.ok(r.ok);
  assert.deepEqual(r.meta, { title: 'T', url: 'https://x.example/a', source: { reader: 'text', format: 'record' } });
  const doc = analyze({ html: `<p>${ENGLISH}</p>`, title: 'T' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.equal(doc.meta.source?.reader, 'html');
});

test('a feed is one input of many articles: analyze points at ingest', () => {
  const r = readArticle('<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>x</title></item></channel></rss>');
  assert.ok(!r.ok && r.error.code === 'E_INPUT_MANY_RECORDS' && /RSS or Atom feed/.test(r.error.message));
});

test('wrong input types are programmer errors', () => {
  assert.throws(() => readArticle(42 as never), /expected a string, bytes or an article record, found number/);
});
