/**
 * A journalist pastes an article without its publication date: the page says which relative dates
 * ("on Tuesday") were not placed on a calendar and takes them to the Published field; with the date
 * given, the hint goes and the date is resolved. Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, open, type PageGlobals, useHarness } from './support.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

/** Written for this test; markup in it must stay text. */
const TEXT = 'Ferry service resumes\n\nThe ferry between the two islands resumed on Tuesday after a storm, the <b>operator</b> said.\n';

test('without a publication date, the unplaced relative dates are named and the Published field is one button away', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await open(page, harness().base, '#/analyse', 'analyse');
  await page.getByLabel('Article text').fill(TEXT);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.article-text');
  const hint = page.locator('.date-hint');
  assert.match((await hint.textContent()) ?? '', /No publication date was given, so 1 relative date \(“Tuesday”\) is not placed on a calendar/);
  await hint.getByRole('button', { name: 'Give the publication date' }).click();
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id), 'an-publishedAt');
  // The date mark's record says why its value has unknown parts.
  await page.getByLabel(/Entities, dates, places/).check();
  await page.locator('mark.date', { hasText: 'Tuesday' }).click();
  assert.match((await page.locator('.selected-body').textContent()) ?? '', /no publication date was given/);

  await page.fill('#an-publishedAt', '2024-05-09');
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('.date-hint'));
  await page.getByLabel(/Entities, dates, places/).check();
  await page.locator('mark.date', { hasText: 'Tuesday' }).click();
  assert.match((await page.locator('.selected-body').textContent()) ?? '', /2024-05-07/, 'Tuesday before Thursday 9 May 2024');
  assert.equal(await page.locator('main b').count(), 0, 'markup in the text stays text');
});

test('no request left the server and no page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
