/** JSON records: field aliases, body choice, errors with line and column, one record for analyze. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordFromJson } from '../../src/read/json-record.js';
import { readJsonArticle } from '../../src/read/read-json.js';
import { locateJsonError } from '../../src/read/locate-json-error.js';

test('metadata is read under its common names', () => {
  const r = recordFromJson({
    headline: ' Police clear the avenue ',
    body: 'Police cleared the avenue.',
    link: 'https://news.example/a',
    source: { id: 'mon', name: 'Example Monitor' },
    authors: [{ name: 'Tamar Gelashvili' }, 'Nika Example'],
    pubDate: 'Wed, 15 May 2024 08:40:00 +0400',
    lang: 'en_GB',
    views: 1200,
  });
  assert.ok(r.ok);
  assert.deepEqual(r.record, {
    text: 'Police cleared the avenue.',
    title: 'Police clear the avenue',
    url: 'https://news.example/a',
    outlet: 'Example Monitor',
    author: 'Tamar Gelashvili, Nika Example',
    publishedAt: '2024-05-15T08:40:00+04:00',
    language: 'en-GB',
  });
  assert.deepEqual(r.messages, []);
});

test('the body: text, then html, then the fallbacks, read as HTML when they hold tags', () => {
  const html = recordFromJson({ content: { rendered: '<p>Police said <em>nothing</em>.</p>' } });
  assert.ok(html.ok && html.record.html === '<p>Police said <em>nothing</em>.</p>');
  const plain = recordFromJson({ description: 'A summary only.', text: undefined });
  assert.ok(plain.ok && plain.record.text === 'A summary only.');
  const both = recordFromJson({ text: '', html: '<p>From HTML.</p>' });
  assert.ok(both.ok && both.record.html === '<p>From HTML.</p>');
});

test('records without a body, with an empty body or of the wrong type fail clearly', () => {
  const none = recordFromJson({ title: 'x', id: 3 });
  assert.ok(!none.ok && none.error.code === 'E_INPUT_MALFORMED');
  assert.match(!none.ok ? none.error.message : '', /no text or html field \(looked for text, html, content, body, article, description\); its fields are: title, id/);
  const empty = recordFromJson({ text: '   ' });
  assert.ok(!empty.ok && empty.error.code === 'E_INPUT_EMPTY');
  const array = recordFromJson([1, 2], 'line 4: ');
  assert.match(!array.ok ? array.error.message : '', /^line 4: expected a JSON object with a text or html field, found an array of 2/);
});

test('an unreadable date is left out with W_INPUT_BAD_DATE', () => {
  const r = recordFromJson({ text: 'Words.', date: 'the other day' });
  assert.ok(r.ok);
  assert.equal(r.record.publishedAt, undefined);
  assert.equal(r.messages[0]!.code, 'W_INPUT_BAD_DATE');
  assert.match(r.messages[0]!.message, /"the other day"/);
});

test('malformed JSON gives the line and column of the problem', () => {
  const cases: Array<[string, number, number, RegExp]> = [
    ['{"text": "a",\n "title": tru}', 2, 11, /expected a value/],
    ['{"text": "a"\n "title": "b"}', 2, 2, /expected , or } after a property value/],
    ['{"text": "a",}', 1, 14, /trailing comma/],
    ["{'text': 'a'}", 1, 2, /double quotes/],
    ['{"text": "a', 1, 10, /never closed/],
    ['{"text": "line\nbreak"}', 1, 15, /line break inside a string/],
    ['{"text": "a"} x', 1, 15, /more content after the JSON value/],
  ];
  for (const [text, line, column, reason] of cases) {
    const at = locateJsonError(text);
    assert.ok(at, text);
    assert.deepEqual([at.line, at.column], [line, column], text);
    assert.match(at.reason, reason, text);
    const r = readJsonArticle(text, 'json');
    assert.ok(!r.ok && r.error.code === 'E_INPUT_MALFORMED');
    assert.match(!r.ok ? r.error.message : '', new RegExp(`^malformed JSON at line ${line}, column ${column}: `));
  }
  assert.equal(locateJsonError('{"a": [1, 2.5e3, true, null, "\\u00e9"]}'), undefined);
});

test('analyze reads one record: JSONL or arrays with more point at ingest', () => {
  const jsonl = '{"text": "one"}\n{"text": "two"}\n\n{"text": "three"}\n';
  for (const format of ['json', 'jsonl'] as const) {
    const r = readJsonArticle(jsonl, format);
    assert.ok(!r.ok && r.error.code === 'E_INPUT_MANY_RECORDS', format);
    assert.match(!r.ok ? r.error.message : '', /holds 3 article records \(JSON Lines\); analyze reads one article/);
  }
  const array = readJsonArticle('[{"text": "one"}, {"text": "two"}]', 'json');
  assert.match(!array.ok ? array.error.message : '', /holds 2 article records \(a JSON array\)/);
  const single = readJsonArticle('[{"text": "only"}]', 'json');
  assert.ok(single.ok && single.record.text === 'only');
  const oneLine = readJsonArticle('\n{"text": "only"}\n', 'jsonl');
  assert.ok(oneLine.ok && oneLine.record.text === 'only');
  const badLine = readJsonArticle('\n\n{"text": oops}\n', 'jsonl');
  assert.match(!badLine.ok ? badLine.error.message : '', /^malformed JSON at line 3, column 10: expected a value/);
});
