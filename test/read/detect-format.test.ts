/** Format detection: a file's extension, then Content-Type, then a URL's extension, then the content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, formatFromContent } from '../../src/read/detect-format.js';

test('content sniffing', () => {
  const cases: Array<[string, string]> = [
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['\ufeff  <!-- saved page -->\n<html lang="en">', 'html'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<body><p>text</p></body>', 'html'],
    ['<p>A fragment of an article.</p>', 'html'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['{"text": "a"}', 'json'],
    ['{\n  "text": "a"\n}\n', 'json'],
    ['[{"text": "a"}]', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['Police said <b> tags are not HTML at the start of prose.', 'text'],
    ['[Updated] Police said the road was closed.', 'text'],
    ['{Bracketed} text is text too.', 'text'],
    ['<script>alert(1)</script> said the page', 'text'],
    ['The minister said on Monday.', 'text'],
  ];
  for (const [head, format] of cases) assert.equal(formatFromContent(head), format, head);
});

test("a local file's extension wins over the content; a server's Content-Type wins over a URL's extension", () => {
  assert.equal(detectFormat('<html><body>x</body></html>', 'notes.txt'), 'text');
  assert.equal(detectFormat('plain words', 'page.HTML'), 'html');
  assert.equal(detectFormat('{"text":"a"}', 'a.ndjson'), 'jsonl');
  assert.equal(detectFormat('{"text":"a"}', 'https://example.org/api/article.json?id=3', 'text/html; charset=utf-8'), 'html');
  assert.equal(detectFormat('{"text":"a"}', 'https://example.org/a', 'application/json'), 'json');
  assert.equal(detectFormat('<html>', 'https://example.org/story.php'), 'html');
  assert.equal(detectFormat('words', 'https://example.org/story.txt'), 'text');
  assert.equal(detectFormat('words', 'stdin'), 'text');
});
