/**
 * The compare view in a real browser, over the sample corpus plus examples/compare and a hostile
 * article on the same shelling: find the events at a place by keyboard, pick the Horlivka bus-station
 * cluster, see the outlets side by side with the contradictions above them, follow a figure to its words
 * in the article; markup in an outlet name, title and denied words shows as text and runs nothing; a bad
 * filter and an empty result each say so on the page. Skipped, with the reason, where Chromium is missing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUS_STATION_OUTLETS, HOSTILE_DENIED, HOSTILE_OUTLET, HOSTILE_TITLE, fillCompareStore } from '../web/compare-store.js';
import { NARROW, SKIP_BROWSER, WIDE, open, shoot, startHarness, type Harness, type PageGlobals } from './support.js';

const skip = SKIP_BROWSER;
let harness: Harness;
let dir: string;

before(async () => {
  if (skip) return;
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'newslens-compare-browser-'));
  await fillCompareStore(harness.store, dir);
});

after(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('find the events at Gorlovka by keyboard, pick the bus-station shelling, see the outlets and a contradiction', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness.base, '#/compare', 'compare');
  assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), 'Compare');
  await page.getByLabel('Place', { exact: true }).focus();
  await page.keyboard.type('Gorlovka');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.includes('place=Gorlovka'));
  await page.waitForSelector('body[data-ready="compare"] .compare-clusters');
  const choice = page.getByRole('link', { name: /Horlivka, 2024-03-12$/ });
  assert.equal(await choice.count(), 1, 'the bus-station shelling is listed once');
  assert.ok((await page.locator('.compare-clusters li').count()) >= 2, 'the February shelling at the same place is a separate event');
  await choice.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-ready="compare"] table.compare');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id), 'compare-event', 'focus lands on the chosen event');

  const outlets = await page.locator('table.compare tbody th .outlet-name').allTextContents();
  assert.deepEqual([...outlets].sort(), [...BUS_STATION_OUTLETS, HOSTILE_OUTLET].sort());
  const headers = await page.locator('table.compare thead th[scope="col"]').allTextContents();
  assert.ok(headers.includes('Blamed') && headers.some((h) => /^Casualty figures/.test(h)), headers.join(' | '));
  assert.equal(await page.locator('table.compare tbody th[scope="row"]').count(), 5);
  // The contradictions come before the table, and the toll disagreement is among them.
  const order = await page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const c = document.querySelector('.contradictions');
    const t = document.querySelector('table.compare');
    return Boolean(c && t && c.compareDocumentPosition(t) & 4);
  });
  assert.ok(order, 'contradictions above the table');
  const flagged = await page.locator('.contradictions').textContent();
  assert.match(flagged ?? '', /Casualty figures differ: .*13.*17/);
  assert.match(flagged ?? '', /Different sides blamed: Ukraine is blamed in [^;]*Novosti Wire[^;]*; Russia in [^.]*Kyiv Daily/);
  assert.doesNotMatch(flagged ?? '', /Different sides blamed: Different sides blamed/, 'the label is not repeated by the summary');
  await shoot(page, 'compare-horlivka');

  // A figure leads to its words: the article opens with the casualty record selected.
  const figure = page.locator('table.compare tbody tr', { hasText: 'Western Herald' }).locator('td[data-label^="Casualty"] a').first();
  const figureText = (await figure.textContent()) ?? '';
  await figure.click();
  await page.waitForSelector('body[data-ready="doc"]');
  await page.waitForSelector('.selected-body .record h4');
  assert.match((await page.locator('.selected-body .record h4').first().textContent()) ?? '', /^Casualty claim/);
  const focused = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.textContent as string);
  assert.ok(figureText.startsWith(focused.trim().split(/\s+/)[0] ?? '\u0000'), `the focused span "${focused}" is the figure "${figureText}"`);
  // From the article's event back to every outlet's account of it: the same event opens.
  await page.getByRole('link', { name: 'How other stored outlets report it' }).first().click();
  await page.waitForSelector('body[data-ready="compare"] table.compare');
  assert.match((await page.locator('#compare-event').textContent()) ?? '', /Horlivka, 2024-03-12$/);
  await page.goBack();
  await page.waitForSelector('body[data-ready="doc"]');
  await page.goBack();
  await page.waitForSelector('body[data-ready="compare"] table.compare');
  // A side of the toll contradiction leads to the figure it rests on, a side of the denial to the denied claim.
  await page.locator('.c-toll ul.sides a', { hasText: 'Western Herald' }).first().click();
  await page.waitForSelector('body[data-ready="doc"] .selected-body .record h4');
  assert.match((await page.locator('.selected-body .record h4').first().textContent()) ?? '', /^Casualty claim/);
  await page.goBack();
  await page.waitForSelector('body[data-ready="compare"] table.compare');
  // A naming choice leads to its first use with every use outlined, as many as the row counts.
  const kiev = page.locator('table.compare tbody tr', { hasText: 'Novosti Wire' }).locator('td[data-label="Naming"] li', { hasText: /^Kiev/ });
  const counted = [...((await kiev.textContent()) ?? '').matchAll(/(\d+)× (in its own words|quoted)/g)].reduce((n, m) => n + Number(m[1]), 0);
  assert.ok(counted >= 1, (await kiev.textContent()) ?? '');
  await kiev.locator('a').click();
  await page.waitForSelector('body[data-ready="doc"] .selected-body .record h4');
  assert.match((await page.locator('.selected-body .record h4').first().textContent()) ?? '', /^Naming choice: Kiev/);
  assert.equal(await page.locator('mark.naming.related').count(), counted, 'every use of the variant is outlined');
  await page.goBack();
  await page.waitForSelector('body[data-ready="compare"] table.compare');
  await page.locator('.c-denial ul.sides a', { hasText: 'Kyiv Daily' }).last().click();
  await page.waitForSelector('body[data-ready="doc"] .selected-body .record h4');
  assert.match((await page.locator('.selected-body .record h4').first().textContent()) ?? '', /^Claim /);
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('markup in a stored outlet name, title and denied words shows as text on the compare page', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness.base, '#/compare?place=Horlivka&from=2024-03-10&to=2024-03-14', 'compare');
  await page.waitForSelector('table.compare');
  const row = page.locator('table.compare tbody tr', { has: page.locator('.outlet-name', { hasText: 'Evil Outlet' }) });
  assert.equal(await row.locator('.outlet-name').textContent(), HOSTILE_OUTLET);
  assert.equal(await row.locator('th a').textContent(), HOSTILE_TITLE);
  assert.ok(((await row.locator('td[data-label="Denials and hedges"]').textContent()) ?? '').includes(HOSTILE_DENIED));
  assert.ok(((await page.locator('.contradictions').textContent()) ?? '').includes(HOSTILE_OUTLET));
  assert.equal(await page.locator('main img, main script, main b').count(), 0, 'no element was made from the text');
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('a shared cluster link keeps its event; an old positional link says what it shows and gets the stable id', { skip, timeout: 60_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/compare?place=Gorlovka', 'compare');
  const link = page.locator('.compare-clusters a', { hasText: /Horlivka, 2024-03-12$/ });
  const href = (await link.getAttribute('href')) ?? '';
  const id = new URLSearchParams(href.split('?')[1]).get('cluster') ?? '';
  assert.match(id, /^e[0-9a-f]{10}$/, href);
  // The same id with a filter the event does not pass in the list (3 outlets or more: it has 5) still opens it.
  await open(page, harness.base, `#/compare?place=Gorlovka&minOutlets=9&cluster=${id}`, 'compare');
  await page.waitForSelector('table.compare');
  assert.match((await page.locator('#compare-event').textContent()) ?? '', /Horlivka, 2024-03-12$/);
  // An old link by position opens the event now at that position, says so, and the address gets its id.
  await open(page, harness.base, '#/compare?place=Gorlovka&cluster=c1', 'compare');
  await page.waitForSelector('table.compare');
  assert.match((await page.locator('.results > .notice').textContent()) ?? '', /position in the list \(c1\).*may not be the one/);
  const shown = (await page.locator('#compare-event').textContent()) ?? '';
  const current = await page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash);
  const named = new URLSearchParams(current.split('?')[1]).get('cluster') ?? '';
  assert.match(named, /^e[0-9a-f]{10}$/, current);
  assert.equal(await page.locator(`.compare-clusters a[aria-current="true"]`).textContent(), shown);
  // A stable id that names nothing says so.
  await open(page, harness.base, '#/compare?place=Gorlovka&cluster=e0123456789', 'compare');
  assert.match((await page.locator('.results > .notice').textContent()) ?? '', /e0123456789 is not among/);
  assert.equal(await page.locator('table.compare').count(), 0);
});

test('the Outlet field offers the stored outlets, as the filter matches a name exactly', { skip, timeout: 60_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/compare', 'compare');
  const field = page.getByLabel('Outlet', { exact: true });
  const list = await field.getAttribute('list');
  assert.ok(list, 'the field has a list of suggestions');
  await page.waitForFunction((id) => ((globalThis as unknown as PageGlobals).document.getElementById(id)?.children.length ?? 0) > 0, list);
  const offered = await page.locator(`datalist[id="${list}"] option`).evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
  for (const outlet of [...BUS_STATION_OUTLETS, HOSTILE_OUTLET]) assert.ok(offered.includes(outlet), `${outlet} offered: ${offered.join(' | ')}`);
  assert.equal(await page.locator('main img').count(), 0, 'a hostile outlet name is an option value, not markup');
});

test('a bad filter and an empty result each get a clear message', { skip, timeout: 60_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/compare?from=yesterday', 'compare');
  const alert = page.getByRole('alert');
  assert.match((await alert.textContent()) ?? '', /from/);
  await open(page, harness.base, '#/compare?place=Gorlovka&from=2020-01-01&to=2020-01-05', 'compare');
  assert.match((await page.locator('.results .notice').textContent()) ?? '', /No (stored )?event/);
  assert.equal(await page.locator('table.compare').count(), 0);
  await open(page, harness.base, '#/compare?place=Gorlovkaa', 'compare');
  assert.match((await page.locator('.results .notice').textContent()) ?? '', /“Gorlovkaa” is not a place the gazetteer knows/);
  await open(page, harness.base, '#/compare?place=Gorlovka&from=2024-03-14&to=2024-03-10', 'compare');
  assert.match((await page.getByRole('alert').textContent()) ?? '', /from must not be after to/);
  await open(page, harness.base, '#/compare?place=Gorlovka&from=2024-03-10&to=2024-03-14', 'compare');
  assert.match((await page.locator('.results .hint').first().textContent()) ?? '', /“Gorlovka” read as Horlivka \(town, UA\)/);
});

test('the compare table does not scroll the page sideways on a narrow screen', { skip, timeout: 60_000 }, async () => {
  const page = await harness.page(NARROW);
  await open(page, harness.base, '#/compare?place=Gorlovka&from=2024-03-10&to=2024-03-14', 'compare');
  await page.waitForSelector('table.compare');
  const [scroll, width] = await page.evaluate(() => { const { document } = globalThis as unknown as PageGlobals; return [document.documentElement.scrollWidth as number, document.documentElement.clientWidth as number]; });
  assert.ok(scroll <= width + 1, `page is ${scroll}px wide in a ${width}px window`);
  await page.setViewportSize(WIDE);
});

test('no request left the server and no compare page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness.foreign, []);
  assert.deepEqual(harness.errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[01]/.test(e)), []);
});
