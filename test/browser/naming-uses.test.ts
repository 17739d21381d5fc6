/**
 * Naming choices in a real browser: a variant used several times ("Kiev" three times in the outlet's
 * words, once in a quote) is reachable at every use, not only the first: each use has its own button
 * in the side panel, selecting one outlines them all, and the record says which use it is and how many
 * there are; a compare link (`?at=naming:<entry>:<variant>`) opens the first with all outlined.
 * Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, TOKEN, open, shoot, type PageGlobals, useHarness } from './support.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

/** Written for this test: "Kiev" three times in the outlet's words and once quoted; markup in the text. */
const TEXT = 'Talks to resume in Kiev\n\nOfficials in Kiev said on Monday that the talks would <b>resume</b> next week. '
  + 'A spokesman for the government in Kiev confirmed the date.\n'
  + '"Kiev will not give up its demands," the foreign minister, Ana Petrova, told reporters.\n';

const starts = (word: string): number[] => [...TEXT.matchAll(new RegExp(word, 'g'))].map((m) => m.index!);

test('every use of a naming choice is reachable: a button per use, all outlined, the record counts them', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  const res = await fetch(`${harness().base}/api/documents`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles: [{ text: TEXT, title: 'Talks', outlet: 'Example Wire', publishedAt: '2024-06-03' }] }),
  });
  const id = ((await res.json()) as { results: Array<{ id: string }> }).results[0]!.id;
  const uses = starts('Kiev');
  assert.equal(uses.length, 4);

  // As the compare view links it: the first use is focused and every use is outlined.
  await open(page, harness().base, `#/doc/${encodeURIComponent(id)}?at=naming:kyiv:Kiev`, 'doc');
  await page.waitForSelector('.selected-body .record h4');
  assert.match((await page.locator('.selected-body .record').first().textContent()) ?? '', /use 1 of 4 \(3 in the outlet's own voice, 1 in quotation marks\)/);
  assert.equal(await page.locator('mark.naming.related').count(), 4, 'all four uses outlined');
  assert.deepEqual(await page.locator('mark.naming.related').allTextContents(), ['Kiev', 'Kiev', 'Kiev', 'Kiev']);

  // The side panel: one row per voice, a button per use; the third button goes to the third use in the outlet's words.
  const panel = page.locator('details.panel', { hasText: 'Naming choices' });
  const buttons = panel.getByRole('button', { name: /naming Kiev, use \d of 3/ });
  assert.equal(await buttons.count(), 3);
  await buttons.nth(2).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.activeElement?.textContent === 'Kiev'
    && /use 3 of 4/.test((globalThis as unknown as PageGlobals).document.querySelector('.selected-body .record')?.textContent ?? ''), 3);
  const focusedAt = await page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const el = document.activeElement;
    const range = document.createRange();
    range.setStart(document.querySelector('.article-text') ?? document.body, 0);
    range.setEnd(el, 0);
    return range.toString().length as number;
  });
  assert.equal(focusedAt, uses[2], 'the focused mark is the third use');
  await shoot(page, 'naming-uses');
  assert.equal(await page.locator('main b').count(), 0, 'markup in the text stays text');
});

test('no request left the server and no naming page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
