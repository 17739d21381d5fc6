/**
 * The person page in a real browser: each of a person's quotes says what its cue reports, and "speech
 * only" asks the store for speech (the count and the list follow), by keyboard, kept in the address;
 * quote text holding markup stays text, in one pair of quotation marks without the comma before the cue. Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, TOKEN, open, shoot, type PageGlobals, useHarness } from './support.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

/** Written for this test: one person who speaks twice and is said to believe something, markup in the words. */
const ARTICLES = [
  'Harbour officials reopen ferry route\n\nThe harbour authority in Split reopened the ferry route on Friday.\n'
    + '"The boats will run every hour <i>from Monday</i>," port director Ivana Maric told reporters.\n'
    + 'Maric believes the route <img src=x onerror="window.__pwned=9"> will pay for itself within a year.',
  'Ferry fares stay the same\n\nThe ferry route from Split will keep its fares this summer.\n'
    + '"Nobody will pay more than last year," port director Ivana Maric said on Tuesday.',
];

test('a person\'s quotes say what their cue reports; "speech only" is asked of the store, by keyboard, and kept in the address', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  const res = await fetch(`${harness().base}/api/documents`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles: ARTICLES.map((text, i) => ({ text, title: `Ferry ${i}`, outlet: 'Example Coast News', publishedAt: `2024-05-0${i + 3}` })) }),
  });
  const { results } = (await res.json()) as { results: Array<{ status: string }> };
  assert.deepEqual(results.map((r) => r.status), ['stored', 'stored']);
  const asked: string[] = [];
  page.on('request', (request) => { if (request.url().includes('/api/quotes')) asked.push(request.url()); });

  await open(page, harness().base, '#/person/Ivana%20Maric', 'person');
  await page.waitForSelector('ul.quotes li');
  const kinds = await page.locator('ul.quotes li .cue-kind').allTextContents();
  assert.ok(kinds.length >= 3, `three quotes listed, found ${kinds.join(' | ')}`);
  assert.ok(kinds.some((k) => /belief or thought/.test(k)) && kinds.filter((k) => /^speech/.test(k)).length >= 2, kinds.join(' | '));
  const words = await page.locator('ul.quotes li blockquote').allTextContents();
  assert.ok(words.some((w) => w.includes('The boats will run every hour <i>from Monday</i>')), words.join(' | '));
  for (const w of words) {
    assert.match(w, /^“[^"“”]/, `one opening mark: ${w}`);
    assert.match(w, /[^"“”,.]”$/, `one closing mark, no comma or period before it: ${w}`);
  }
  const all = await page.locator('ul.quotes li').count();
  assert.ok(!asked.at(-1)!.includes('kind='), 'all attributions by default');

  // By keyboard: the filter's second option is all (checked); arrow keys move within the group.
  await page.locator('#person-scope-all').focus();
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.includes('quotes=speech'));
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelectorAll('ul.quotes li').length < n, all);
  assert.match(asked.at(-1)!, /[?&]kind=speech(&|$)/, 'the store is asked for speech');
  const speech = await page.locator('ul.quotes li .cue-kind').allTextContents();
  assert.ok(speech.length >= 2 && speech.every((k) => /^speech/.test(k)), speech.join(' | '));
  assert.match((await page.locator('#person-scope-status').textContent()) ?? '', new RegExp(`^Speech only: ${speech.length} quotes`));
  assert.match((await page.locator('.lede').textContent()) ?? '', new RegExp(`^${speech.length} things said`));
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id), 'person-scope-speech', 'focus stays on the filter');
  await shoot(page, 'person-speech-only');

  // The address alone opens the filtered page.
  await page.reload();
  await page.waitForSelector('body[data-ready="person"] ul.quotes li');
  assert.equal(await page.locator('#person-scope-speech').isChecked(), true);
  assert.equal(await page.locator('ul.quotes li').count(), speech.length);
  assert.equal(await page.locator('main img, main i').count(), 0, 'markup in the words stays text');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('the timeline shows each of the person\'s quotes in the same words as the person page (one helper)', { skip, timeout: 60_000 }, async () => {
  const page = await harness().page();
  await open(page, harness().base, '#/person/Ivana%20Maric', 'person');
  await page.waitForSelector('ul.quotes li blockquote');
  const onPerson = (await page.locator('ul.quotes li blockquote').allTextContents()).sort();
  await open(page, harness().base, '#/timeline?speaker=Ivana%20Maric', 'timeline');
  await page.waitForSelector('.tl-item.quote a');
  const onTimeline = (await page.locator('.tl-item.quote a').allTextContents()).sort();
  assert.deepEqual(onTimeline, onPerson, 'the same words, marks and punctuation in both views');
  assert.ok(onTimeline.some((w) => w === '“Nobody will pay more than last year”'), onTimeline.join(' | '));
  assert.equal(await page.locator('main img, main i').count(), 0, 'markup in the words stays text');
});

test('when the store holds quotes stored before cue kinds, the person page says how many and the command that fills them in', { skip, timeout: 60_000 }, async () => {
  const page = await harness().page();
  // The count comes from the store (tested on SQLite and PostgreSQL); here the page's part: the notice.
  await page.route('**/api/stats', async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, json: { ...(await real.json()), quotesWithoutCueKind: 3 } });
  });
  await open(page, harness().base, '#/person/Ivana%20Maric?quotes=speech', 'person');
  const notice = page.locator('#cue-kinds-pending');
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? '', /^3 quotes in this corpus were stored before cue kinds were indexed: .*"Speech only" leaves them out until newslens reanalyze --index-only fills them in/);
  assert.equal(await notice.locator('code').textContent(), 'newslens reanalyze --index-only');

  const clean = await harness().page();
  await open(clean, harness().base, '#/person/Ivana%20Maric?quotes=speech', 'person');
  await clean.waitForSelector('ul.quotes li');
  await clean.waitForLoadState('networkidle');
  assert.equal(await clean.locator('#cue-kinds-pending').count(), 0, 'no notice when every row has its kind');
});

test('when some of a person\'s articles were stored before roles were indexed, the roles section says how many and the command', { skip, timeout: 60_000 }, async () => {
  const page = await harness().page();
  // The count comes from the store (tested on SQLite and PostgreSQL); here the page's part: the notice.
  await page.route('**/api/person-roles?*', async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, json: { ...(await real.json()), notIndexed: 2 } });
  });
  await open(page, harness().base, '#/person/Ivana%20Maric', 'person');
  const notice = page.locator('#person-roles-pending');
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? '', /^2 articles of these were stored before roles were indexed and are left out until newslens reanalyze --index-only fills them in from the stored articles/);
  assert.equal(await notice.locator('code').textContent(), 'newslens reanalyze --index-only');

  const clean = await harness().page();
  await open(clean, harness().base, '#/person/Ivana%20Maric', 'person');
  await clean.locator('.person-roles h2').waitFor();
  await clean.waitForLoadState('networkidle');
  assert.equal(await clean.locator('#person-roles-pending').count(), 0, 'no notice when every article has its roles indexed');
});

test('a person with more roles than the page lists says how many more, and a role\'s markup stays text', { skip, timeout: 60_000 }, async () => {
  const page = await harness().page();
  // The API lists a page of roles (the most widely given first) and their total.
  await page.route('**/api/person-roles?*', async (route) => {
    const real = await route.fetch();
    const body = await real.json();
    const example = { documentId: '0123456789abcdef', start: 0, end: 5, outlet: '<b>Wire</b>' };
    await route.fulfill({ response: real, json: { ...body, results: [{ role: '<img src=x onerror="globalThis.pwned=1">', documents: 3, example }], total: 4, documents: 3 } });
  });
  await open(page, harness().base, '#/person/Ivana%20Maric', 'person');
  const more = page.locator('#person-roles-more');
  await more.waitFor();
  assert.equal(await more.textContent(), 'and 3 other roles, each given by fewer articles.');
  const role = page.locator('.person-roles ul.roles li a');
  assert.equal(await role.textContent(), '<img src=x onerror="globalThis.pwned=1">');
  assert.equal(await page.locator('.person-roles img, .person-roles b').count(), 0, 'no markup from the answer');
  assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
});

test('no request left the server and no person page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
