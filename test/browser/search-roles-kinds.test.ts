/**
 * What a fact-checker reaches from a search and a person's page, in a real browser: a search hit opens
 * the article with the searched words marked (under any highlight, walkable with a button); a person's
 * page lists the roles the articles give them, each linked to its words; an article stored before
 * quotes carried their kind says so and "speech only" still shows its speech. Article text with markup
 * stays text in each. Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, open, shoot, type PageGlobals, useHarness } from './support.js';
import { sampleDocument, storable } from '../store/sample-documents.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

// Written for these tests: a harbour master given two roles, one holding markup; a quote stored
// without its kind (as before quotes carried one); a rare word to search for.
const TEXT = 'Quayside flooding closes ferry terminal\n\n'
  + 'Harbour master Mira Kovac closed the ferry terminal on Tuesday after the quayside flooded. '
  + '"The quayside is under water and nobody may board," Kovac said. '
  + 'The <img src=x onerror="window.__pwned=9"> deputy mayor Mira Kovac, as one resident called her, was not amused by the quaysides of the north.';

function storedArticle() {
  const doc = sampleDocument({
    text: TEXT,
    meta: { title: 'Quayside flooding closes ferry terminal', outlet: 'Example Coast News', publishedAt: '2024-06-04', url: 'https://coast.example/quayside' },
    quotes: [{ speaker: 'Mira Kovac', content: 'The quayside is under water and nobody may board', cue: 'said' }],
    entities: [{ name: 'Mira Kovac', type: 'person', aliases: ['Kovac'] }],
  });
  const entity = doc.layers.entities![0]!;
  doc.layers.mentions = [];
  for (const [i, role] of ['Harbour master', 'The <img src=x onerror="window.__pwned=9"> deputy mayor'].entries()) {
    const start = TEXT.indexOf(role);
    const nameAt = TEXT.indexOf('Mira Kovac', start);
    const span = { start, end: start + role.length, text: role };
    entity.roles.push(span);
    entity.mentions.push(`m${i}`);
    doc.layers.mentions.push({ id: `m${i}`, stage: 'entities', rule: 'sample', start: nameAt, end: nameAt + 10, text: 'Mira Kovac', entity: entity.id, type: 'person', kind: 'name', role: span });
  }
  return doc;
}

test('a search hit opens the article with the searched words marked, walkable; markup stays text', { skip, timeout: 120_000 }, async () => {
  const doc = storedArticle();
  assert.deepEqual(await harness().store.put([storable(doc)]), ['stored']);
  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness().base, '#/search?q=quayside', 'search');
  await page.locator('.results ol.hits li h3 a', { hasText: 'Quayside flooding' }).click();
  await page.waitForSelector('body[data-ready="doc"]');
  assert.match(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash), /\?q=quayside$/, 'the link carries the search');
  const hits = page.locator('.article-text mark.search-hit');
  const words = await hits.allTextContents();
  // Every "quayside"/"quaysides" of the text, and nothing else.
  const expected = TEXT.match(/\bquaysides?\b/gi)!;
  assert.deepEqual(words, expected, words.join(' | '));
  assert.match((await page.locator('.search-line').textContent()) ?? '', new RegExp(`“quayside”: ${expected.length} words of the search marked in the text`));
  // Marked inside the quote's highlight too: the search mark sits within the quote's mark.
  assert.ok((await page.locator('.article-text mark[data-h] mark.search-hit').count()) >= 1, 'a searched word inside a highlighted quote is marked too');
  await page.getByRole('button', { name: 'Next match' }).click();
  await page.getByRole('button', { name: 'Next match' }).click();
  assert.equal(await page.locator('.article-text mark.search-hit.current').count(), 1);
  assert.equal(await hits.nth(1).evaluate((el) => (el as { classList: { contains(c: string): boolean } }).classList.contains('current')), true, 'the second press shows the second match');
  // Another highlight mode keeps the marks.
  await page.getByRole('radio', { name: /^Entities, dates, places/ }).check();
  assert.equal(await hits.count(), expected.length);
  await shoot(page, 'article-search-marks');
  // A word that the text does not hold as written says so.
  await open(page, harness().base, `#/doc/${doc.id}?q=${encodeURIComponent('"zzyzx"')}`, 'doc');
  assert.match((await page.locator('.search-line').textContent()) ?? '', /No word of the search “"zzyzx"” appears in the text as written/);
  assert.equal(await page.locator('.article-text mark.search-hit').count(), 0);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('a person\'s page lists the roles the articles give them, each linked to its words; markup in a role stays text', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness().base, `#/person/${encodeURIComponent('Mira Kovac')}`, 'person');
  const roles = page.locator('.person-roles ul.roles li');
  await roles.first().waitFor();
  const items = await roles.allTextContents();
  assert.equal(items.length, 2, items.join(' | '));
  assert.ok(items.some((t) => t.startsWith('Harbour master · 1 article · newest: Example Coast News')), items.join(' | '));
  assert.ok(items.some((t) => t.startsWith('The <img src=x onerror="window.__pwned=9"> deputy mayor · 1 article')), 'the role holding markup is shown as text');
  assert.match((await page.locator('.person-roles .hint').textContent()) ?? '', /As written in the 1 article that mentions them/);
  await shoot(page, 'person-roles');
  await roles.first().locator('a').click();
  await page.waitForSelector('body[data-ready="doc"]');
  assert.match((await page.locator('.selected').textContent()) ?? '', /role given“?Harbour master/, 'the link selects the mention that carries the role');
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('an article stored before quotes carried their kind says so, and "speech only" still shows its speech', { skip, timeout: 60_000 }, async () => {
  const doc = storedArticle();
  assert.equal((await harness().store.get(doc.id))!.doc.layers.quotes![0]!.cueKind, undefined, 'stored without a kind');
  const page = await harness().page();
  await open(page, harness().base, `#/doc/${doc.id}?quotes=speech`, 'doc');
  assert.match((await page.locator('.cue-kinds-filled').textContent()) ?? '', /stored before quotes carried what their cue reports: the kind of 1 quote is read here from its cue’s lexicon entry/);
  assert.ok(await page.getByRole('radio', { name: 'Speech only' }).isChecked());
  assert.ok((await page.locator('.article-text mark', { hasText: 'nobody may board' }).count()) >= 1, 'the quote is shown as speech');
  assert.match((await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()) ?? '', /Showing all 1 attribution/);
  // An article analysed with kinds has no such note.
  const fresh = sampleDocument({ text: 'A note. "All is well," Ana Ruiz said.', quotes: [{ speaker: 'Ana Ruiz', content: 'All is well', cue: 'said', kind: 'speech' }] });
  await harness().store.put([storable(fresh)]);
  await open(page, harness().base, `#/doc/${fresh.id}`, 'doc');
  assert.equal(await page.locator('.cue-kinds-filled').count(), 0);
});

test('no request left the server and no page of these views logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
