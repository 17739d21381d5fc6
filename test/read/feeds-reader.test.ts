/** RSS and Atom feeds → items with title, link, date, author and HTML. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, parseFeed } from '../../src/read/feeds-reader.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>https://harbour.example/</link>
<item><title>Ferry resumes &amp; crowds return</title><link>https://harbour.example/ferry</link><guid isPermaLink="false">ferry-1</guid>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><dc:creator>Ana Silva</dc:creator>
<description>Short summary.</description><content:encoded><![CDATA[<p>The ferry <b>resumed</b> service.</p>]]></content:encoded></item>
<item><title>2024</title><link>https://harbour.example/year</link><description>&lt;p&gt;Escaped HTML body.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title><link href="https://valley.example/" rel="alternate"/>
<entry><title type="html">Dam inspection</title><id>tag:valley.example,2024:1</id>
<link rel="self" href="https://valley.example/feed/1"/><link rel="alternate" href="https://valley.example/dam"/>
<updated>2024-03-06T10:00:00Z</updated><published>2024-03-06T09:00:00Z</published><author><name>Li Wei</name></author>
<content type="html">&lt;p&gt;Engineers inspected the dam.&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><id>tag:valley.example,2024:2</id><summary>Just a summary.</summary></entry>
</feed>`;

test('reads RSS 2.0 items with content:encoded, dc:creator, guid and pubDate', () => {
  const feed = parseFeed(RSS);
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Harbour Gazette');
  assert.deepEqual(feed.items[0], { key: 'ferry-1', title: 'Ferry resumes & crowds return', url: 'https://harbour.example/ferry', publishedAt: 'Tue, 05 Mar 2024 08:00:00 GMT', author: 'Ana Silva', html: '<p>The ferry <b>resumed</b> service.</p>' });
  assert.equal(feed.items[1]!.title, '2024', 'numeric titles stay strings');
  assert.equal(feed.items[1]!.html, '<p>Escaped HTML body.</p>');
  assert.equal(feed.items[1]!.key, 'https://harbour.example/year');
});

test('reads Atom entries: alternate link, published date, author name, content or summary', () => {
  const feed = parseFeed(ATOM);
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Valley News');
  assert.equal(feed.link, 'https://valley.example/');
  assert.deepEqual(feed.items[0], { key: 'tag:valley.example,2024:1', title: 'Dam inspection', url: 'https://valley.example/dam', publishedAt: '2024-03-06T09:00:00Z', author: 'Li Wei', html: '<p>Engineers inspected the dam.</p>' });
  assert.equal(feed.items[1]!.html, 'Just a summary.');
});

test('malformed XML and non-feed XML are errors with a reason', () => {
  assert.throws(() => parseFeed('<rss><channel><item></channel></rss>'), /malformed XML/);
  assert.throws(() => parseFeed('<?xml version="1.0"?><html><body/></html>'), /expected an <rss>/);
});

test('recognises feeds by their root element', () => {
  assert.ok(looksLikeFeed(RSS));
  assert.ok(looksLikeFeed(ATOM));
  assert.ok(!looksLikeFeed('<!doctype html><html></html>'));
});
