/** The streaming JSONL reader: one item per non-blank line, errors with their line, nothing dropped. */
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
  assert.deepEqual(items.map((i) => [i.line, i.ok]), [[1, true], [3, true], [4, false], [5, false], [6, false], [7, true]]);
  const [first, second, broken, array, nobody, last] = items as [JsonlItem, JsonlItem, JsonlItem, JsonlItem, JsonlItem, JsonlItem];
  assert.ok(first.ok && first.record.text === 'Première ligne.' && first.record.title === 'One');
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
