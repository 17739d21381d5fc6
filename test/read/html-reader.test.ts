/** The HTML reader: main text without furniture, metadata from tags and JSON-LD, broken pages, no article. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { readHtml } from '../../src/read/html/read-html.js';
import { stripSiteSuffix } from '../../src/read/html/extract-metadata.js';
import { ENGLISH } from './samples.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const SECOND = 'The opposition said the police had used force against people who were lying on the ground.';
const THIRD = 'Protest leaders said they would return to the avenue on Wednesday evening, despite the arrests.';

test('the example page: article paragraphs and a subheading, no navigation, share, related, newsletter or footer', () => {
  const html = readFileSync(join(PACKAGE_ROOT, 'examples', 'tbilisi-protest-arrests.html'), 'utf8');
  const r = readHtml(html);
  assert.ok(r.ok);
  const lines = r.text.split('\n');
  assert.equal(lines.length, 9);
  assert.match(lines[0]!, /^TBILISI — Police detained at least 37 people/);
  assert.ok(lines.includes('Injuries disputed'));
  assert.match(lines[8]!, /^Protest leaders said they would return/);
  for (const furniture of ['Subscribe', 'Share on', 'Read more', 'Most read', 'newsletter', 'Topics:', 'All rights reserved', 'cookies', 'Photo: Monitor staff']) {
    assert.ok(!r.text.includes(furniture), furniture);
  }
  assert.deepEqual(r.meta, {
    outlet: 'Example Caucasus Monitor',
    title: 'Dozens detained as police clear protest outside Georgian parliament',
    author: 'Tamar Gelashvili',
    publishedAt: '2024-05-15T08:40:00+04:00',
    url: 'https://caucasus-monitor.example/politics/2024/05/15/tbilisi-protest-arrests',
    language: 'en-GB',
  });
  assert.deepEqual(r.messages, []);
});

test('metadata from JSON-LD in a @graph with @id references, when meta tags are missing', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: 'Example Wire' },
      { '@type': 'Person', '@id': '#p1', name: 'Ana Example' },
      { '@type': ['NewsArticle'], headline: 'Clashes near parliament', datePublished: '2024-05-15T06:00:00Z', author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Ben Example' }], publisher: { '@id': '#org' }, inLanguage: 'en-US', url: 'https://wire.example/clashes' },
    ],
  };
  const r = readHtml(page(`<title>Ignored | Example Wire</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><p>${ENGLISH}</p><p>${SECOND}</p></article>`));
  assert.ok(r.ok);
  assert.deepEqual({ ...r.meta }, { outlet: 'Example Wire', title: 'Clashes near parliament', author: 'Ana Example, Ben Example', publishedAt: '2024-05-15T06:00:00Z', url: 'https://wire.example/clashes', language: 'en' });
});

test('metadata from classic meta tags, <time> and a relative canonical link', () => {
  const head = '<title>Clashes near parliament - Example Wire</title><meta name="author" content="Ana Example"><meta name="DC.date" content="2024-05-15"><link rel="canonical" href="/world/clashes"><meta property="og:locale" content="en_GB">';
  const r = readHtml(page(head, `<p>${ENGLISH}</p><p>${SECOND}</p>`).replace(' lang="en"', ''), 'https://wire.example/world/clashes?utm_source=x');
  assert.ok(r.ok);
  assert.equal(r.meta.title, 'Clashes near parliament - Example Wire');
  assert.equal(r.meta.author, 'Ana Example');
  assert.equal(r.meta.publishedAt, '2024-05-15');
  assert.equal(r.meta.url, 'https://wire.example/world/clashes');
  assert.equal(r.meta.language, 'en-GB');
  const timed = readHtml(page('', `<article><time datetime="2024-05-14T22:15:00+03:00">Tuesday</time><p>${ENGLISH}</p></article>`));
  assert.ok(timed.ok && timed.meta.publishedAt === '2024-05-14T22:15:00+03:00');
  const bad = readHtml(page('<meta property="article:published_time" content="yesterday">', `<p>${ENGLISH}</p>`));
  assert.ok(bad.ok && bad.meta.publishedAt === undefined);
  assert.equal(bad.ok && bad.messages[0]?.code, 'W_INPUT_BAD_DATE');
});

test('a site suffix is taken off the title', () => {
  assert.equal(stripSiteSuffix('Clashes near parliament | Example Wire', 'Example Wire'), 'Clashes near parliament');
  assert.equal(stripSiteSuffix('Clashes near parliament – Example Wire', 'Example Wire'), 'Clashes near parliament');
  assert.equal(stripSiteSuffix('Clashes near parliament | Wire'), 'Clashes near parliament');
  assert.equal(stripSiteSuffix('Russia - Ukraine war: what we know'), 'Russia - Ukraine war: what we know');
});

test('broken HTML still yields the text, with W_INPUT_HTML_REPAIRED saying what was wrong', () => {
  const broken = `<html><head><title>Clashes</title><body><div class="story"><p>${ENGLISH}<p>They said <b>twelve <i>officers</b> were hurt</i>.<div><p>${SECOND}`;
  const r = readHtml(broken);
  assert.ok(r.ok);
  assert.deepEqual(r.text.split('\n'), [ENGLISH, 'They said twelve officers were hurt.', SECOND]);
  const warning = r.messages.find((m) => m.code === 'W_INPUT_HTML_REPAIRED');
  assert.ok(warning);
  assert.match(warning.message, /never closed \(<div>\)/);
  assert.match(warning.message, /closed out of order \(<i> inside <b>\)/);
  const truncated = readHtml(`<!doctype html><html><body><article><p>${ENGLISH}</p><p>${THIRD}</p><p>The ministry said that <a href="/x`);
  assert.ok(truncated.ok);
  assert.match(truncated.text, /^Police detained[^\n]+\nProtest leaders[^\n]+\nThe ministry said that$/);
  assert.match(truncated.messages[0]!.message, /it is cut short/);
  const wellFormed = readHtml(page('<title>T</title>', `<p>${ENGLISH}</p><br><img src="a.png"><p>${SECOND}<p>${THIRD}`));
  assert.ok(wellFormed.ok);
  assert.deepEqual(wellFormed.messages, [], 'optional end tags and void elements are not problems');
});

test('fragments, content after </html>, tables, <br> and furniture lines', () => {
  const fragment = readHtml(`<p>${ENGLISH}</p><p>${SECOND}</p>`);
  assert.ok(fragment.ok && fragment.text === `${ENGLISH}\n${SECOND}`);
  const after = readHtml(`<html><body><p>${ENGLISH}</p></body></html><p>${SECOND}</p>`);
  assert.ok(after.ok && after.text === `${ENGLISH}\n${SECOND}`);
  const table = readHtml(page('', `<p>${ENGLISH}</p><table><tr><th>Region</th><th>Detained</th></tr><tr><td>Tbilisi</td><td>37</td></tr></table>`));
  assert.ok(table.ok && table.text.endsWith('\nRegion\tDetained\nTbilisi\t37'));
  const layout = readHtml(page('', `<table><tr><td><a href="/">Home</a></td><td><p>${ENGLISH}</p><p>${SECOND}</p></td></tr></table>`));
  assert.ok(layout.ok && layout.text === `${ENGLISH}\n${SECOND}`);
  const br = readHtml(page('', `<div class="article-body has-ads"><p>${ENGLISH}<br><br>${SECOND}</p><p>Advertisement</p><p>${THIRD}</p></div>`));
  assert.ok(br.ok && br.text === `${ENGLISH}\n${SECOND}\n${THIRD}`);
  const spaces = readHtml(page('', `<p>  Police   detained\n  37\u00a0people; a\u00adnother   line.  </p>`));
  assert.ok(spaces.ok && spaces.text === 'Police detained 37\u00a0people; another line.');
});

test('pages without an article fail with E_INPUT_NO_ARTICLE and say why', () => {
  const cases: Array<[string, RegExp]> = [
    [page('<title>Front page</title>', '<nav><a href="/">Home</a><a href="/w">World</a></nav><ul><li><a href="/1">Headline one about a thing that happened</a></li><li><a href="/2">Another headline about another thing</a></li></ul><footer>© 2024</footer>'), /only navigation, links or page furniture/],
    [page('<title>App</title>', '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'), /only navigation/],
    [page('<title>Story</title>', '<article><h1>Big story</h1><p>Subscribe to continue reading</p><p>Already a subscriber? Log in</p></article>'), /paywall/],
    ['<html><body></body></html>', /only navigation/],
  ];
  for (const [html, why] of cases) {
    const r = readHtml(html);
    assert.ok(!r.ok && r.error.code === 'E_INPUT_NO_ARTICLE', html);
    assert.match(!r.ok ? r.error.message : '', why);
  }
});

test('pathological nesting: deep pages use the paragraph extractor, absurd ones fail fast', () => {
  const deep = `<html><body>${'<font size="2">'.repeat(300)}<p>${ENGLISH}</p><p>${SECOND}</p></body></html>`;
  const r = readHtml(deep);
  assert.ok(r.ok);
  assert.equal(r.text, `${ENGLISH}\n${SECOND}`);
  assert.match(r.messages[0]!.message, /elements nested 30\d deep/);
  const absurd = readHtml(`<html><body>${'<div>'.repeat(20000)}<p>${ENGLISH}</p></body></html>`);
  assert.ok(!absurd.ok && absurd.error.code === 'E_INPUT_MALFORMED');
  assert.match(!absurd.ok ? absurd.error.message : '', /nests elements more than 3000 deep/);
});

test('tag soup never throws', () => {
  const pieces = ['<p>', '</p>', '<div>', '</div>', '<b>', '</i>', '<a href="', '<!--', '<script>', '">', '<html>', '<body>', '<table><tr><td>', 'words are here ', '&amp;', '&#x0;', '<br>', '</body>', '<![CDATA[', '\u0000'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 200; i++) {
    const soup = Array.from({ length: 60 }, () => pieces[next() % pieces.length]).join('');
    const r = readHtml(soup);
    assert.ok(r.ok || ['E_INPUT_NO_ARTICLE', 'E_INPUT_MALFORMED'].includes(r.error.code), soup);
  }
});
