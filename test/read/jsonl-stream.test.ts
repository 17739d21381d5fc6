/** The streaming JSONL reader: one item per non-blank line (and per run of blank lines between records), errors with their line, nothing dropped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readJsonlRecords, type JsonlItem } from '../../src/read/jsonl-stream.js';

async function collect(chunks: Array<string | Uint8Array>, maxLineBytes?: number): Promise<JsonlItem[]> {
  const items: JsonlItem[] = [];
  for await (const item of readJsonlRecords(Readable.from(chunks, { objectMode: true }), maxLineBytes ? { maxLineBytes } : {})) items.push(item);
  return items;
}

test('records and errors, each with its line, across chunk boundaries', async () => {
  const text = '\ufeff{"text": "Première ligne.", "title": "One"}\r\n\n{"html": "<p>Second record here.</p>", "date": "2024-05-15"}\n{"text": broken}\n["not", "an", "object"]\n{"title": "no body"}\n{"text": "Last, no newline."}';
  const bytes = Buffer.from(text, 'utf8');
  // Split into 7-byte chunks so lines, and a multi-byte character, cross chunk boundaries.
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
  const items = await collect(chunks);
  assert.deepEqual(items.map((i) => [i.line, i.ok]), [[1, true], [2, false], [3, true], [4, false], [5, false], [6, false], [7, true]]);
  const [first, blank, second, broken, array, nobody, last] = items as [JsonlItem, JsonlItem, JsonlItem, JsonlItem, JsonlItem, JsonlItem, JsonlItem];
  assert.ok(first.ok && first.record.text === 'Première ligne.' && first.record.title === 'One');
  assert.ok(!blank.ok && blank.error.code === 'E_INPUT_EMPTY' && /^line 2: a blank line between records/.test(blank.error.message));
  assert.ok(second.ok && second.record.html === '<p>Second record here.</p>' && second.record.publishedAt === '2024-05-15');
  assert.ok(!broken.ok && broken.error.code === 'E_INPUT_MALFORMED');
  assert.match(!broken.ok ? broken.error.message : '', /^line 4: malformed JSON at line 4, column 10: expected a value/);
  assert.ok(!array.ok && /found an array of 3/.test(array.error.message));
  assert.ok(!nobody.ok && /no text or html field/.test(nobody.error.message));
  assert.ok(last.ok && last.record.text === 'Last, no newline.');
});

test('an over-long line and a non-UTF-8 line are errors, and reading goes on', async () => {
  const long = `{"text": "${'x'.repeat(5000)}"}`;
  const latin1 = Buffer.from('{"text": "caf\xe9"}', 'latin1');
  const items = await collect([`${long}\n`, latin1, '\n{"text": "after"}\n'], 1000);
  assert.deepEqual(items.map((i) => [i.line, i.ok, i.ok ? '' : i.error.code]), [[1, false, 'E_INPUT_TOO_LARGE'], [2, false, 'E_INPUT_UNDECODABLE'], [3, true, '']]);
  assert.match(!items[1]!.ok ? items[1]!.error.message : '', /^line 2: byte 0xE9 at byte 14 of the line is not valid UTF-8/);
});

test('string chunks (a stream with an encoding set) work too', async () => {
  const items = await collect(['{"text":"a"}\n{"te', 'xt":"b"}\n']);
  assert.deepEqual(items.map((i) => (i.ok ? i.record.text : i.error.code)), ['a', 'b']);
});

/** windows-1251 bytes of `text` (ASCII and the Russian alphabet are all this test needs). */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 128) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    throw new Error(`not in this test's windows-1251 table: ${ch}`);
  }));
}

test('bad items in the middle of a feed: each is an error with its line, blank lines too; trailing blank lines are nothing', async () => {
  const good = (n: number) => `{"text": "Record number ${n} of the feed.", "url": "https://feed.example/${n}"}\n`;
  const russian = cp1251('{"text": "Власти города сообщили, что обстрел продолжался всю ночь, и попросили жителей оставаться в укрытиях."}\n');
  const items = await collect([
    good(1), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x0a]), good(3), '\n', '   \t\n', good(6),
    '{"text": "broken, "title": }\n', russian, '{"text": ""}\n', good(10), '\n\n',
  ]);
  assert.deepEqual(items.map((i) => [i.line, i.ok ? 'ok' : i.error.code]), [
    [1, 'ok'], [2, 'E_INPUT_BINARY'], [3, 'ok'], [4, 'E_INPUT_EMPTY'], [6, 'ok'], [7, 'E_INPUT_MALFORMED'],
    [8, 'E_INPUT_UNDECODABLE'], [9, 'E_INPUT_EMPTY'], [10, 'ok'],
  ]);
  const message = (line: number) => { const item = items.find((i) => i.line === line)!; return item.ok ? '' : item.error.message; };
  assert.match(message(2), /^line 2: binary data \(a NUL byte at byte 4 of the line\)/);
  assert.match(message(4), /^lines 4-5: 2 blank lines between records/);
  assert.match(message(8), /^line 8: byte 0x.. at byte 11 of the line is not valid UTF-8 .*it reads as windows-1251 \(Cyrillic\)/);
});
