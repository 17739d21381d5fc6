/**
 * `newslens analyze` on bad and awkward inputs, through the real CLI: each bad input gives one clear
 * message on stderr (what is wrong, what to do), exit code 3 and no stack trace; awkward but readable
 * inputs (legacy encodings, BOM, CRLF, UTF-16, broken HTML) are read, with a warning where one is due.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { Document } from '../../src/model/document.js';
import { encodeLegacy } from '../read/encode-legacy.js';
import { ENGLISH, FRENCH, GERMAN, RUSSIAN } from '../read/samples.js';
import { runCli, type CliRun } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newslens-bad-input-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs analyze and checks the shape every input failure must have. */
function expectInputError(path: string, pattern: RegExp, extra: string[] = []): CliRun {
  const r = runCli(['analyze', path, ...extra]);
  assert.equal(r.status, 3, `${path}: exit ${r.status}\n${r.stderr}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  assert.match(r.stderr, /^newslens: /);
  assert.match(r.stderr, pattern);
  assert.match(r.stderr, /\n {2}\S.*\n$/, 'a line saying what to do');
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|internal error/, 'no stack trace');
  return r;
}

/**
 * Runs analyze with JSON output. These tests check reading, so exit 4 (a later stage failed, the
 * document is partial) is accepted beside 0: the reader's part is the text, metadata and messages.
 */
function analyzeJson(path: string, extra: string[] = []): { doc: Document; stderr: string } {
  const r = runCli(['analyze', path, '--format', 'json', ...extra]);
  assert.ok(r.status === 0 || r.status === 4, `exit ${r.status}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  return { doc: JSON.parse(r.stdout) as Document, stderr: r.stderr };
}

test('empty and whitespace-only files', () => {
  expectInputError(file('empty.txt', ''), /empty\.txt: the input is empty \(0 bytes\) \[E_INPUT_EMPTY\]/);
  expectInputError(file('blank.txt', '  \r\n\t\n  '), /blank\.txt: the input holds only whitespace .*\[E_INPUT_EMPTY\]/);
});

test('binary files say what they look like', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...randomBytes(200)]);
  expectInputError(file('photo.txt', png), /photo\.txt: the input looks like a PNG image, not text: .*OCR.*\[E_INPUT_BINARY\]/);
  expectInputError(file('report.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(500)])), /looks like a PDF document.*pdftotext.*\[E_INPUT_BINARY\]/);
  expectInputError(file('noise.bin', randomBytes(8192)), /looks like binary data \(it contains NUL bytes, the first at byte \d+\).*\[E_INPUT_BINARY\]/);
});

test('undecodable bytes name the offset of the first bad byte', () => {
  const gbk = encodeLegacy('在周三举行的新闻发布会上，警方发言人表示，至少有三十七人被拘留，十四名警察受伤。', 'gbk');
  expectInputError(file('chinese-gbk.txt', gbk), /byte 0x[0-9A-F]{2} at offset 0 is not valid UTF-8, and the text does not read as windows-1252, windows-1251 or koi8-r either.*\[E_INPUT_UNDECODABLE\]\n {2}Re-save the file as UTF-8, or pass --encoding/);
});

test('windows-1251 Russian decodes correctly, with a warning naming the encoding', () => {
  const { doc, stderr } = analyzeJson(file('russian.txt', encodeLegacy(RUSSIAN, 'windows-1251')));
  assert.equal(doc.text, RUSSIAN);
  assert.equal(doc.meta.source?.encoding, 'windows-1251');
  assert.match(stderr, /warning: W_INPUT_DECODED_LEGACY the input is not UTF-8 .*decoded as windows-1251 \(Cyrillic\)/);
  // --encoding overrides detection, and then no warning is due.
  const forced = analyzeJson(join(dir, 'russian.txt'), ['--encoding', 'cp1251']);
  assert.equal(forced.doc.text, RUSSIAN);
  assert.doesNotMatch(forced.stderr, /W_INPUT_DECODED_LEGACY/);
});

test('latin-1 French and German decode correctly, with the warning', () => {
  const text = `${FRENCH}\n${GERMAN}`;
  const { doc, stderr } = analyzeJson(file('western.txt', encodeLegacy(text, 'windows-1252')));
  assert.equal(doc.text, text);
  assert.match(stderr, /W_INPUT_DECODED_LEGACY .*windows-1252 \/ latin-1/);
});

test('UTF-8 with a BOM and CRLF line ends; UTF-16 with a BOM', () => {
  const crlf = `${ENGLISH}\r\n\r\nThe ministry said 14 officers were hurt.\r\n`;
  const { doc, stderr } = analyzeJson(file('bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)])));
  assert.equal(doc.text, crlf.replace(/\r\n/g, '\n'));
  assert.equal(doc.text.charCodeAt(0), 'P'.charCodeAt(0));
  assert.doesNotMatch(stderr, /W_INPUT_/);
  const utf16 = analyzeJson(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ENGLISH}\r\n${RUSSIAN}`, 'utf16le')])));
  assert.equal(utf16.doc.text, `${ENGLISH}\n${RUSSIAN}`);
  assert.equal(utf16.doc.meta.source?.encoding, 'utf-16le');
});

test('a 50 MB text file is rejected by its size, with what to do', () => {
  const path = join(dir, 'huge.txt');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'The council met on Monday and talked for hours. '));
  expectInputError(path, /huge\.txt is 50\.0 MB, over the 10\.0 MB limit \[E_INPUT_TOO_LARGE\]\n {2}Split it into articles, or raise the limit with --max-bytes/);
  expectInputError(path, /over the 1\.0 MB limit/, ['--max-bytes', '1M']);
  const piped = runCli(['analyze', '-', '--max-bytes', '1M'], Buffer.alloc(3 * 1024 * 1024, 'The council met. '));
  assert.equal(piped.status, 3, piped.stderr);
  assert.match(piped.stderr, /standard input is over the 1\.0 MB limit \[E_INPUT_TOO_LARGE\]/);
  rmSync(path);
});

test('broken HTML is still extracted, with a warning', () => {
  const html = `<html><head><title>Clashes near parliament | Example Wire</title><body><div class="story"><p>${ENGLISH}<p>They said <b>twelve <i>officers</b> were hurt</i>.<div><p>The opposition said the police had used force`;
  const { doc, stderr } = analyzeJson(file('broken.html', html));
  assert.equal(doc.text, `${ENGLISH}\nThey said twelve officers were hurt.\nThe opposition said the police had used force`);
  assert.equal(doc.meta.title, 'Clashes near parliament');
  assert.match(stderr, /warning: W_INPUT_HTML_REPAIRED the HTML is malformed: /);
});

test('an HTML page with no article', () => {
  const html = '<!doctype html><html><head><title>Front page</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><ul><li><a href="/a">Headline about one thing</a></li><li><a href="/b">Headline about another thing</a></li></ul></body></html>';
  expectInputError(file('front.html', html), /front\.html: no article text was found in the page .*\[E_INPUT_NO_ARTICLE\]\n {2}The page may be a front page, a paywall or rendered by scripts/);
});

test('malformed JSON gives line and column; multi-record JSONL points at ingest', () => {
  expectInputError(file('bad.json', '{\n  "title": "Clashes",\n  "text": "Police said"\n  "url": "https://x.example"\n}\n'), /bad\.json: malformed JSON at line 4, column 3: expected , or } after a property value, found "\\""  ?\[E_INPUT_MALFORMED\]/);
  const jsonl = ['{"text": "First article.", "title": "One"}', '{"text": "Second article.", "title": "Two"}', '{"text": "Third article.", "title": "Three"}'].join('\n');
  expectInputError(file('many.jsonl', `${jsonl}\n`), /many\.jsonl: the input holds 3 article records \(JSON Lines\); analyze reads one article \[E_INPUT_MANY_RECORDS\]\n {2}Use `newslens ingest`/);
});

test('one JSON record is read with its metadata', () => {
  const { doc } = analyzeJson(file('one.json', JSON.stringify({ headline: 'Clashes', body: ENGLISH, link: 'https://x.example/clashes', publisher: { name: 'Example Wire' }, datePublished: '2024-05-15' })));
  assert.equal(doc.text, ENGLISH);
  assert.deepEqual([doc.meta.title, doc.meta.url, doc.meta.outlet, doc.meta.publishedAt], ['Clashes', 'https://x.example/clashes', 'Example Wire', '2024-05-15']);
});

test('bad option values are usage errors (exit 2)', () => {
  const example = join(PACKAGE_ROOT, 'examples', 'donetsk-market-shelling.txt');
  for (const [args, pattern] of [
    [['--encoding', 'klingon'], /--encoding "klingon" is not an encoding newslens knows/],
    [['--max-bytes', 'lots'], /--max-bytes must be a positive size/],
    [['--published', 'yesterday'], /--published must be a date/],
    [['--input-format', 'pdf'], /--input-format must be auto, text, html, json or jsonl/],
  ] as const) {
    const r = runCli(['analyze', example, ...args]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, pattern);
  }
});
