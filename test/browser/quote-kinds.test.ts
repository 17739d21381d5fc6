/**
 * The quotes filter in a real browser: each quote says what its cue reports (speech, belief...), and
 * "speech only" hides a belief from the highlights, legend, count and table, by keyboard, kept in the
 * address; quote text holding markup stays text. Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, TOKEN, open, shoot, type PageGlobals, useHarness } from './support.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

test('each quote says what its cue reports; "speech only" hides a belief, by keyboard, and the address keeps it', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  // Written for this test: a speaker who speaks, a councillor said to believe something, markup in both.
  const text = 'Harbour officials reopen ferry route\n\nThe harbour authority in Split reopened the ferry route on Friday.\n'
    + '"The boats will run every hour <i>from Monday</i>," port director Ivana Maric told reporters.\n'
    + 'Councillor Tomislav Babic believes the route <img src=x onerror="window.__pwned=8"> will lose money within a year.';
  const res = await fetch(`${harness().base}/api/documents`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles: [{ text, title: 'Ferry route', outlet: 'Example Coast News', publishedAt: '2024-05-03' }] }),
  });
  const { results } = (await res.json()) as { results: Array<{ id: string; status: string }> };
  assert.equal(results[0]!.status, 'stored');
  await open(page, harness().base, `#/doc/${results[0]!.id}`, 'doc');
  const table = page.locator('table.attribution');
  const babic = table.locator('tbody tr', { hasText: 'Tomislav Babic' });
  const maric = table.locator('tbody tr', { hasText: 'Ivana Maric' });
  assert.match((await babic.textContent()) ?? '', /belief or thought/, 'the belief says what its cue reports');
  assert.match((await maric.textContent()) ?? '', /speech/, 'the speech says so');
  assert.match((await babic.textContent()) ?? '', /<img src=x onerror="window.__pwned=8">/, 'the quote text is shown as text');
  const beliefMarks = page.locator('.article-text mark', { hasText: 'will lose money' });
  const speechMarks = page.locator('.article-text mark', { hasText: 'The boats will run' });
  assert.ok((await beliefMarks.count()) >= 1, 'all attributions are highlighted at first');
  // By keyboard: the arrow keys move within the radio group, as a screen reader announces it.
  const all = page.getByRole('radio', { name: /^All attributions/ });
  assert.ok(await all.isChecked());
  const quotesCount = async (): Promise<number> => Number(/\((\d+)\)/.exec((await page.getByRole('radio', { name: /^Who said what/ }).locator('xpath=..').locator('.count').textContent()) ?? '')?.[1]);
  const countAll = await quotesCount();
  await all.focus();
  await page.keyboard.press('ArrowUp');
  assert.ok(await page.getByRole('radio', { name: 'Speech only' }).isChecked(), 'the arrow key chose speech only');
  assert.ok((await quotesCount()) < countAll, 'the "Who said what" count follows the filter');
  assert.equal(await beliefMarks.count(), 0, 'the belief is not highlighted under speech only');
  assert.ok((await speechMarks.count()) >= 1, 'the speech still is');
  assert.ok(await babic.isHidden(), "the belief's row is hidden");
  assert.ok(await maric.isVisible());
  assert.match((await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()) ?? '', /Showing 1 of 2 attributions: 1 hidden \(1 belief or thought\)/);
  assert.equal((await page.locator('ul.legend').textContent())!.includes('Tomislav Babic'), false, 'the legend drops a speaker with nothing shown');
  assert.match(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash), /[?&]quotes=speech\b/, 'the address keeps the filter');
  await shoot(page, 'quotes-speech-only');
  // The address reopens the article filtered; a record still says what its cue reports.
  await page.reload();
  await page.waitForSelector('body[data-ready="doc"]');
  assert.ok(await page.getByRole('radio', { name: 'Speech only' }).isChecked(), 'the filter is restored from the address');
  assert.equal(await beliefMarks.count(), 0);
  await speechMarks.first().click();
  assert.match((await page.locator('.selected').textContent()) ?? '', /the cue reportsspeech/);
  await page.getByRole('radio', { name: /^All attributions/ }).check();
  assert.ok((await beliefMarks.count()) >= 1);
  assert.doesNotMatch(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash), /quotes=/, 'the default leaves the address clean');
  // A link to the belief (a person's page links so) widens the filter rather than showing nothing.
  const stored = (await (await fetch(`${harness().base}/api/documents/${results[0]!.id}`)).json()) as { document: { layers: { quotes?: Array<{ id: string; cueKind?: string }> } } };
  const beliefId = stored.document.layers.quotes?.find((q) => q.cueKind === 'cognition')?.id;
  assert.ok(beliefId, 'the stored article holds the belief');
  await open(page, harness().base, `#/doc/${results[0]!.id}?quotes=speech&focus=quotes:${beliefId}`, 'doc');
  await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.querySelector('.selected')?.textContent ?? '').includes('Tomislav Babic'));
  assert.ok(await page.getByRole('radio', { name: /^All attributions/ }).isChecked(), 'the filter widened to show the belief');
  assert.match((await page.locator('.selected').textContent()) ?? '', /the cue reportsbelief or thought/);
  assert.equal(await page.locator('main img, main i, main script').count(), 0, 'no element was made from the text');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('no request left the server and no page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[14]/.test(e)), []);
});
