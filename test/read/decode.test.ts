/** Bytes → text: BOMs, UTF-16, declared charsets, legacy detection, damaged and undecodable bytes, binary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { decodeBytes } from '../../src/read/decode.js';
import { decodeWith } from '../../src/read/decode-with.js';
import { plausibility } from '../../src/read/detect-legacy-encoding.js';
import { encodeLegacy } from './encode-legacy.js';
import { CHINESE, ENGLISH, FRENCH, GERMAN, RUSSIAN } from './samples.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('valid UTF-8 decodes silently, with and without a BOM', () => {
  for (const bytes of [utf8(FRENCH), Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(FRENCH)])]) {
    const r = decodeBytes(bytes);
    assert.ok(r.ok);
    assert.equal(r.text, FRENCH);
    assert.equal(r.encoding, 'utf-8');
    assert.deepEqual(r.messages, []);
  }
});

test('UTF-16 with a BOM (LE and BE) and without one (LE, with a warning)', () => {
  const le = Buffer.from(`\ufeff${RUSSIAN}`, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
    const r = decodeBytes(bytes);
    assert.ok(r.ok, encoding);
    assert.equal(r.text, RUSSIAN);
    assert.equal(r.encoding, encoding);
  }
  const bare = decodeBytes(Buffer.from(ENGLISH, 'utf16le'));
  assert.ok(bare.ok);
  assert.equal(bare.text, ENGLISH);
  assert.equal(bare.messages[0]?.code, 'W_INPUT_DECODED_LEGACY');
});

test('legacy encodings are detected from byte statistics and named in a warning', () => {
  const cases: Array<[string, string]> = [[RUSSIAN, 'windows-1251'], [RUSSIAN.replace(/[«»—]/g, '"'), 'koi8-r'], [FRENCH, 'windows-1252'], [GERMAN, 'windows-1252']];
  for (const [text, encoding] of cases) {
    const r = decodeBytes(encodeLegacy(text, encoding));
    assert.ok(r.ok, encoding);
    assert.equal(r.text, text, encoding);
    assert.equal(r.encoding, encoding);
    assert.equal(r.messages.length, 1);
    assert.equal(r.messages[0]!.code, 'W_INPUT_DECODED_LEGACY');
    assert.match(r.messages[0]!.message, new RegExp(`decoded as ${encoding === 'koi8-r' ? 'KOI8-R' : encoding}`));
    assert.match(r.messages[0]!.message, /at offset \d+/);
  }
});

test('English with windows-1252 curly quotes reads as windows-1252, quotes intact', () => {
  const text = 'He said “no” – and left. It cost €5 and the minister’s aide…';
  const r = decodeBytes(encodeLegacy(text, 'windows-1252'));
  assert.ok(r.ok);
  assert.equal(r.text, text);
});

test('windows-1252 bytes 0x80–0x9F decode to their characters (Node 20 TextDecoder drops them)', () => {
  assert.equal(decodeWith('windows-1252', Uint8Array.of(0x41, 0x93, 0x80, 0x94, 0x42)), 'A“€”B');
});

test('a declared charset is used; one that reads as mojibake is overruled with a warning', () => {
  const bytes = encodeLegacy(RUSSIAN, 'windows-1251');
  const declared = decodeBytes(bytes, { declared: { label: 'cp1251', from: 'content-type' } });
  assert.ok(declared.ok);
  assert.equal(declared.text, RUSSIAN);
  assert.deepEqual(declared.messages, []);
  const wrong = decodeBytes(bytes, { declared: { label: 'iso-8859-1', from: 'html-meta' } });
  assert.ok(wrong.ok);
  assert.equal(wrong.text, RUSSIAN);
  assert.match(wrong.messages[0]!.message, /declares iso-8859-1, but the bytes read as windows-1251/);
  // UTF-8 bytes declared as a legacy charset are still UTF-8.
  const utf = decodeBytes(utf8(RUSSIAN), { declared: { label: 'windows-1251', from: 'content-type' } });
  assert.ok(utf.ok);
  assert.equal(utf.text, RUSSIAN);
});

test('--encoding overrides detection; an unknown label is a configuration error', () => {
  const r = decodeBytes(encodeLegacy(FRENCH, 'windows-1252'), { encoding: 'latin1' });
  assert.ok(r.ok);
  assert.equal(r.text, FRENCH);
  assert.deepEqual(r.messages, []);
  assert.throws(() => decodeBytes(utf8('x'), { encoding: 'klingon' }), /expected an encoding label/);
  const wrong = decodeBytes(encodeLegacy(RUSSIAN, 'windows-1251'), { encoding: 'utf-8' });
  assert.ok(!wrong.ok && wrong.error.code === 'E_INPUT_UNDECODABLE');
  assert.match(!wrong.ok ? wrong.error.message : '', /decoded as utf-8 \(as asked\), \d+ characters are undecodable \(the first at character 0\): the input is not utf-8/);
});

test('UTF-8 with a few damaged bytes decodes with U+FFFD and a warning naming the offset', () => {
  const good = utf8(`${FRENCH} ${FRENCH}`);
  const bytes = Uint8Array.from([...good.subarray(0, 50), 0xff, ...good.subarray(50)]);
  const r = decodeBytes(bytes);
  assert.ok(r.ok);
  assert.ok(r.text.includes('\ufffd'));
  assert.equal(r.messages[0]!.code, 'W_INPUT_REPLACEMENT_CHARS');
  assert.match(r.messages[0]!.message, /byte offset 50: 0xFF/);
});

test('undecodable input fails with the offset of the first bad byte', () => {
  // GBK Chinese: not UTF-8, and mojibake in every single-byte candidate.
  const gbk = decodeBytes(encodeLegacy(CHINESE, 'gbk'));
  assert.equal(gbk.ok, false);
  assert.ok(!gbk.ok && gbk.error.code === 'E_INPUT_UNDECODABLE');
  assert.match(!gbk.ok ? gbk.error.message : '', /^byte 0x[0-9A-F]{2} at offset 0 is not valid UTF-8, and the text does not read as windows-1252, windows-1251 or koi8-r/);
  // Mostly UTF-8 but riddled with bad bytes: a mixture, not a legacy file.
  const riddled = Uint8Array.from([...utf8(RUSSIAN)].flatMap((b, i) => (i % 20 === 0 ? [b, 0xff] : [b])));
  const r = decodeBytes(riddled);
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error.message : '', /mostly UTF-8 but has \d+ byte sequences that are not \(the first at byte offset \d+/);
});

test('binary input is named: signatures, NUL bytes, control bytes', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const cases: Array<[Uint8Array, RegExp]> = [
    [utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /looks like a PDF document.*pdftotext/],
    [png, /looks like a PNG image/],
    [Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), /JPEG image/],
    [Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip-compressed data.*gunzip/],
    [Uint8Array.from([...utf8('PK'), 3, 4, 20, 0, 6, 0, ...utf8('[Content_Types].xml word/document.xml')]), /Word document \(DOCX\)/],
    [randomBytes(4096), /looks like binary data \(it contains NUL bytes, the first at byte \d+\)/],
    [Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61)), /control bytes/],
  ];
  for (const [bytes, pattern] of cases) {
    const r = decodeBytes(bytes);
    assert.equal(r.ok, false, String(pattern));
    assert.ok(!r.ok && r.error.code === 'E_INPUT_BINARY');
    assert.match(!r.ok ? r.error.message : '', pattern);
  }
});

test('plausibility: clean text scores high, mojibake low', () => {
  assert.ok(plausibility(RUSSIAN) > 0.95);
  assert.ok(plausibility(FRENCH) > 0.95);
  assert.ok(plausibility(ENGLISH) === 1);
  assert.ok(plausibility(decodeWith('windows-1252', encodeLegacy(RUSSIAN, 'windows-1251'))) < 0.5);
  assert.ok(plausibility(decodeWith('windows-1251', encodeLegacy(FRENCH, 'windows-1252'))) < 0.5);
});
