/**
 * The web UI in a real browser: open the app, analyse a pasted article and see who said what with its
 * evidence, do the same by keyboard alone, search, open a person's page, the events, timeline and map,
 * and an article whose text and metadata hold `<script>` and `<img onerror>` rendered as text.
 * Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { readFileSync } from 'node:fs';
import { RUSSIAN, windows1251 } from '../server/legacy-encodings.js';
import { NARROW, SKIP_BROWSER, TOKEN, TYPICAL_ARTICLE as TYPICAL, WIDE, analyse, analysisReady, open, pageTimes, shoot, startHarness, type Harness, type PageGlobals } from './support.js';

const skip = SKIP_BROWSER;
let harness: Harness;

// Written for this test: two speakers, a pronoun speaker, a hedge and a denial.
const ARTICLE = [
  'City council approves new tram line after heated debate',
  '',
  'The city council of Brno approved a new tram line on Tuesday, ending months of debate over its cost.',
  '"This line will connect thousands of people to their jobs," Mayor Marketa Vankova told reporters after the vote.',
  'Opposition councillor Petr Hladik said the project was "a vanity scheme that the city cannot afford." He added that the budget had allegedly been understated by 30 percent.',
  'The transport authority denied that any costs had been hidden.',
].join('\n');

let warmUpMs = 0;

before(async () => {
  if (skip) return;
  harness = await startHarness();
  // A person opens the page a few seconds after `newslens serve` starts; by then the worker is warm.
  await analysisReady(harness.base);
  warmUpMs = Date.now() - harness.listenedAt;
});

after(async () => {
  await harness?.close();
});

test('opens the app: landmarks, navigation, a labelled form', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '', 'analyse');
  assert.equal(await page.title(), 'Analyse · newslens');
  for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) assert.equal(await page.getByRole(role).count(), 1, `one ${role} landmark`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Analyse an article');
  for (const label of ['Article text', 'Title', 'Outlet']) assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, `a control labelled ${label}`);
  assert.equal(await page.locator('nav a').count(), 7);
  await shoot(page, 'analyse-empty');
});

test('analyses a pasted article: quotes highlighted by speaker, the record behind each span', { skip, timeout: 180_000 }, async (t) => {
  const page = await harness.page();
  await open(page, harness.base, '#/analyse', 'analyse');
  // The server's first analysis for a person (its worker warmed up when it started listening).
  const words = TYPICAL.split(/\s+/).length;
  assert.ok(words >= 500 && words <= 900, `a typical article is 500-900 words, this one ${words}`);
  t.diagnostic(`analysis worker ready ${warmUpMs} ms after the server started listening`);
  for (const [label, text, publishedAt] of [['first paste, typical article', TYPICAL, '2024-01-24'], ['second paste, the same article edited', `${TYPICAL}\nThe city said it would publish the list of victims.`, '2024-01-24'], ['third paste, short article', ARTICLE, '2024-03-06']] as const) {
    const ms = await analyse(page, text, { publishedAt });
    const times = await pageTimes(page);
    // How fast is a benchmark's job (`npm run bench -- ui`, issue 7's "within a second"), not a test's:
    // here the page's own figures are reported and must be in order (answer, DOM built, frame painted).
    t.diagnostic(`${label} (${text.split(/\s+/).length} words): painted ${times.painted} ms after submit (answer ${times.fetch} ms, DOM ${times.dom} ms) by the page; ${ms} ms by the test`);
    assert.ok(times.fetch > 0 && times.fetch <= times.dom && times.dom <= times.painted, `${label}: answer <= DOM built <= painted (${times.fetch}, ${times.dom}, ${times.painted} ms)`);
  }
  const legend = (await page.locator('.result ul.legend li').allTextContents()).map((s) => s.replace(/^Aa\s*/, '').trim());
  assert.ok(legend.includes('Marketa Vankova'), `legend names the mayor: ${legend.join(' | ')}`);
  assert.ok(legend.includes('Petr Hladik'), 'legend names the councillor');
  // The mayor's words are marked in her colour, and the same colour is hers in the legend.
  const quoteMark = page.locator('.result .article-text mark', { hasText: 'This line will connect thousands' }).first();
  const colour = await quoteMark.evaluate((el) => [...el.classList].find((c) => /^sp\d$/.test(c)));
  assert.ok(colour, 'the quote has a speaker colour');
  const legendItem = page.locator('.result ul.legend li', { hasText: 'Marketa Vankova' });
  assert.equal(await legendItem.locator(`mark.${colour}`).count(), 1, 'the legend shows her colour');
  // The attribution table lists who said what.
  const table = page.locator('.result table.attribution');
  assert.ok((await table.locator('tbody tr').count()) >= 3);
  assert.ok((await table.textContent())!.includes('Petr Hladik'));
  assert.match((await table.locator('tbody tr', { hasText: 'pronoun' }).first().textContent()) ?? '', /Petr Hladik/, 'the pronoun speaker is resolved and says so');
  // Hover shows the record; a click pins it in the side panel.
  await quoteMark.hover();
  const popover = page.locator('#popover');
  await popover.waitFor({ state: 'visible' });
  assert.match((await popover.textContent()) ?? '', /speakerMarketa Vankova/);
  await quoteMark.click();
  const selected = page.locator('.result .selected');
  assert.match((await selected.textContent()) ?? '', /Quote q\d+.*speakerMarketa Vankova.*found byquotes \//s);
  assert.ok((await page.locator('.result mark.related').count()) >= 2, 'the quote\'s source and cue are outlined with it');
  await page.mouse.move(0, 0);
  await shoot(page, 'analyse-result');
  // Claims mode colours by status and has its legend.
  await page.getByRole('radio', { name: /^Claims/ }).check();
  const statuses = await page.locator('.result ul.legend li').allTextContents();
  for (const status of ['hedged', 'denied', 'attributed']) assert.ok(statuses.some((s) => s.replace(/^Aa\s*/, '').trim() === status), `legend has ${status}`);
  assert.ok(await page.locator('.result .article-text mark.st-denied').count() >= 1);
  await shoot(page, 'analyse-claims');
});

test('analyses an uploaded HTML page: the article is extracted, the page around it dropped', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/analyse', 'analyse');
  await page.getByLabel('Or choose a file (.txt or .html)').setInputFiles(join(PACKAGE_ROOT, 'examples', 'tbilisi-protest-arrests.html'));
  await page.waitForSelector('#an-file-note:has-text("an HTML page")');
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.status:has-text("Analysed in")');
  assert.equal(await page.locator('.result h2').first().textContent(), 'Dozens detained as police clear protest outside Georgian parliament');
  assert.match((await page.locator('.result .meta').first().textContent()) ?? '', /Example Caucasus Monitor · 2024-05-15 · by Tamar Gelashvili/);
  const text = (await page.locator('.result .article-text').textContent()) ?? '';
  assert.match(text, /Police detained at least 37 people/);
  assert.doesNotMatch(text, /We use cookies|Subscribe|Most read/, 'navigation and boilerplate are dropped');
  const legend = (await page.locator('.result ul.legend li').allTextContents()).map((s) => s.replace(/^Aa\s*/, '').trim());
  assert.ok(legend.includes('Giorgi Beridze') && legend.includes('Levan Chikovani'), legend.join(' | '));
  await shoot(page, 'analyse-upload');
});

test('an uploaded windows-1251 file is decoded on the server, and the page says how', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/analyse', 'analyse');
  await page.getByLabel('Or choose a file (.txt or .html)').setInputFiles({ name: 'novosti.txt', mimeType: 'text/plain', buffer: windows1251(RUSSIAN) });
  await page.waitForSelector('#an-file-note:has-text("plain text")');
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.status:has-text("Analysed in")');
  assert.equal((await page.locator('.result .article-text').textContent())?.trim(), RUSSIAN, 'the Cyrillic text reads as written');
  assert.match((await page.locator('#an-file-note').textContent()) ?? '', /decoded as windows-1251/);
});

test('works by keyboard alone: reach the form, analyse, walk the highlights, pin a record', { skip, timeout: 180_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/analyse', 'analyse');
  const active = (): Promise<string> => page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}:${(el.textContent ?? '').trim().slice(0, 40)}` : '';
  });
  const tabTo = async (match: RegExp, limit: number): Promise<string> => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const now = await active();
      if (match.test(now)) return now;
    }
    throw new Error(`${match} not reached in ${limit} tabs; focus is on ${await active()}`);
  };
  assert.match(await tabTo(/^a#\.skip-link/, 3), /skip-link/, 'the first stop is the skip link');
  await tabTo(/^a#\.:Search$/, 6);
  await tabTo(/^textarea#an-text/, 20);
  await page.keyboard.insertText(ARTICLE);
  await tabTo(/^button#\.primary:Analyse$/, 20);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.status:has-text("Analysed in")');
  const mark = await tabTo(/^mark#\.hl/, 40);
  assert.ok(mark, 'highlights are reachable by Tab');
  const outline = await page.evaluate(() => { const g = globalThis as unknown as PageGlobals; return g.getComputedStyle(g.document.activeElement).outlineStyle as string; });
  assert.notEqual(outline, 'none', 'focus is visible');
  assert.ok(await page.locator('#popover').isVisible(), 'the focused span shows its record');
  await page.keyboard.press('Enter');
  assert.match((await page.locator('.result .selected').textContent()) ?? '', /found by/);
  // A side-panel row's button selects its evidence in the text.
  await page.locator('.result table.attribution button.show').nth(1).focus();
  await page.keyboard.press('Enter');
  assert.match(await active(), /^mark#\.hl/, 'the button moves focus to the words');
  await page.keyboard.press('Escape');
  assert.ok(!(await page.locator('#popover').isVisible()), 'Escape hides the card');
});

test('searches the corpus and opens an article', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/search', 'search');
  assert.match((await page.locator('main').textContent()) ?? '', /The corpus holds \d+ articles/);
  await page.getByLabel('Words').fill('Tekstilshchik market');
  await page.getByLabel('Words').press('Enter');
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.startsWith('#/search?q='));
  await page.waitForSelector('body[data-ready="search"]');
  const hits = page.locator('ol.hits li');
  assert.equal(await hits.count(), 1);
  await shoot(page, 'search');
  await hits.first().getByRole('link').click();
  await page.waitForSelector('body[data-ready="doc"] .article-text mark');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kremlin condemns deadly strike on Donetsk market');
  assert.match((await page.locator('.meta').first().textContent()) ?? '', /Example State Wire · 2024-01-22/);
  assert.ok(await page.locator('.article-text mark').count() > 10);
  await shoot(page, 'article');
  await page.getByRole('radio', { name: /^Entities/ }).check();
  await shoot(page, 'article-entities');
  await page.getByRole('radio', { name: /^Events/ }).check();
  await shoot(page, 'article-events');
});

test("opens a person's page: all their quotes by date and outlet, each leading to its words", { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/people', 'people');
  await page.getByRole('link', { name: 'Dmitry Peskov', exact: true }).click();
  await page.waitForSelector('body[data-ready="person"]');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Dmitry Peskov');
  const days = await page.locator('section.day h3').allTextContents();
  assert.ok(days.length >= 2, `quotes on several days: ${days.join(', ')}`);
  assert.deepEqual([...days].sort().reverse(), days, 'newest first');
  const outlets = await page.locator('.outlet-group h4').allTextContents();
  assert.ok(outlets.includes('Example State Wire'));
  await shoot(page, 'person');
  const first = page.locator('ul.quotes li').first();
  const words = ((await first.locator('blockquote').textContent()) ?? '').replace(/^“|”$/g, '').split(' … ')[0]!.slice(0, 30);
  await first.getByRole('link', { name: 'see it in the article' }).click();
  await page.waitForSelector('body[data-ready="doc"] .selected .record');
  assert.match((await page.locator('.selected').textContent()) ?? '', /Quote q\d+/);
  const focused = await page.evaluate(() => { const { document } = globalThis as unknown as PageGlobals; return document.activeElement?.closest('.article-text') ? String(document.activeElement.textContent ?? '') : ''; });
  assert.ok(focused.length > 0, 'focus is on the quote in the text');
  assert.ok(words.includes(focused.slice(0, 10)) || focused.includes(words.slice(0, 10)), `the focused words (${focused.slice(0, 40)}) are the quote (${words})`);
});

test('lists events, draws the timeline and the map offline', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/events', 'events');
  assert.ok(await page.locator('table.data tbody tr').count() >= 5);
  await shoot(page, 'events');
  await open(page, harness.base, '#/timeline', 'timeline');
  assert.ok(await page.locator('.tl-item.event').count() >= 3);
  assert.ok(await page.locator('.tl-item.quote').count() >= 10);
  const days = await page.locator('.tl-day h2').allTextContents();
  assert.deepEqual([...days].sort(), days, 'oldest first');
  await shoot(page, 'timeline');
  await open(page, harness.base, '#/map', 'map');
  assert.ok(await page.locator('svg.world-map path.land').count() === 1);
  const points = page.locator('svg.world-map a.map-point');
  assert.ok(await points.count() >= 4, 'event places are drawn');
  assert.ok((await page.locator('.legend li').count()) >= 2, 'the colours have a legend');
  await shoot(page, 'map');
  await page.waitForTimeout(300);
  await points.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-ready="doc"], body[data-ready="events"]');
});

test('article text and metadata holding <script> and <img onerror> render as text', { skip, timeout: 180_000 }, async () => {
  const page = await harness.page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness.base, '#/analyse', 'analyse');
  const hostile = 'Officials said on Monday that <script>window.__pwned = 1</script> was found in a page.\n'
    + '"It read <img src=x onerror="window.__pwned=2"> and nothing else," the spokesman said.';
  await analyse(page, hostile, { title: '<img src=x onerror="window.__pwned=3"><b>Bold?</b>' });
  const text = await page.locator('.result .article-text').textContent();
  assert.ok(text!.includes('<script>window.__pwned = 1</script>'), 'the script tag is shown as text');
  assert.ok(text!.includes('<img src=x onerror="window.__pwned=2">'), 'the img tag is shown as text');
  assert.equal(await page.locator('.result h2').first().textContent(), '<img src=x onerror="window.__pwned=3"><b>Bold?</b>');
  assert.equal(await page.locator('main img, main script, main b').count(), 0, 'no element was made from the text');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
  await shoot(page, 'hostile-analysed');
  // A stored article with hostile metadata: a javascript: URL never becomes a link.
  const res = await fetch(`${harness.base}/api/documents`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles: [{ text: hostile, title: '<script>window.__pwned=5</script>', outlet: '<img src=x onerror="window.__pwned=6">', url: 'javascript:window.__pwned=7', publishedAt: '2024-02-02' }] }),
  });
  const { results } = (await res.json()) as { results: Array<{ id: string; status: string }> };
  assert.equal(results[0]!.status, 'stored');
  await open(page, harness.base, `#/doc/${results[0]!.id}`, 'doc');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '<script>window.__pwned=5</script>');
  assert.match((await page.locator('.meta').first().textContent()) ?? '', /<img src=x onerror="window.__pwned=6">/);
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  await open(page, harness.base, '#/search?q=spokesman', 'search');
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('narrow screens do not scroll sideways; highlight colours keep text readable', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page(NARROW);
  await open(page, harness.base, '#/analyse', 'analyse');
  await analyse(page, ARTICLE, { publishedAt: '2024-03-06' });
  for (const route of [null, '#/search', '#/people', '#/map', '#/timeline', '#/events']) {
    if (route) await open(page, harness.base, route, route.slice(2));
    const [scroll, width] = await page.evaluate(() => { const { document } = globalThis as unknown as PageGlobals; return [document.documentElement.scrollWidth as number, document.documentElement.clientWidth as number]; });
    assert.ok(scroll <= width + 1, `${route ?? 'analyse result'}: page is ${scroll}px wide in a ${width}px window`);
  }
  await page.setViewportSize(WIDE);
  await open(page, harness.base, '#/analyse', 'analyse');
  for (const mode of ['Who said what', 'Claims', 'Entities', 'Events']) {
    await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    const worst = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      const rgb = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]): number => {
        const [r, g, b] = c.slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let min = 21;
      for (const el of document.querySelectorAll('.result mark.hl')) {
        const style = getComputedStyle(el);
        const bg = rgb(style.backgroundColor);
        if (bg.length < 3 || bg[3] === 0) continue;
        const [a, b] = [lum(rgb(style.color)), lum(bg)].sort((x, y) => y - x);
        min = Math.min(min, (a! + 0.05) / (b! + 0.05));
      }
      return min;
    });
    assert.ok(worst >= 7, `${mode}: text on highlights has contrast ${worst.toFixed(1)}:1`);
  }
});

test('every colour and mark style in the text has a legend entry, in every highlight mode', { skip, timeout: 120_000 }, async () => {
  const page = await harness.page();
  await open(page, harness.base, '#/analyse', 'analyse');
  await analyse(page, TYPICAL, { publishedAt: '2024-01-24' });
  await page.mouse.move(0, 0);
  const radios = page.locator('.result fieldset.modes input[type=radio]');
  const modes = await radios.count();
  assert.ok(modes >= 5, `five highlight modes, found ${modes}`);
  for (let i = 0; i < modes; i++) {
    await radios.nth(i).check();
    // Each visual channel separately: a source in the speaker's colour is the speaker's colour plus
    // the "source as written" underline, so channels (not whole looks) must each be explained.
    const missing = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      const channels = (el: unknown): string[] => {
        const st = getComputedStyle(el);
        return [`background ${st.backgroundColor}`, `pattern ${st.backgroundImage}`, `line ${st.boxShadow}`, `decoration ${st.textDecorationLine} ${st.textDecorationStyle} ${st.textDecorationColor}`, `weight ${st.fontWeight}`, `style ${st.fontStyle}`];
      };
      const plain = new Set(channels(document.querySelector('.result .article-text')));
      const legend = new Set([...document.querySelectorAll('.result ul.legend mark.swatch')].flatMap((el) => channels(el)));
      const shown = new Set([...document.querySelectorAll('.result .article-text mark.hl')].flatMap((el) => channels(el)));
      return [...shown].filter((c) => !legend.has(c) && !plain.has(c) && !/^background rgba\(0, 0, 0, 0\)|^pattern none|^line none|^decoration none|^weight 400|^style normal/.test(c));
    });
    const label = (await radios.nth(i).evaluate((el) => (el as { parentElement: { textContent: string } }).parentElement.textContent)).trim();
    assert.ok((await page.locator('.result .article-text mark.hl').count()) > 0, `${label}: something is highlighted`);
    assert.deepEqual(missing, [], `${label}: every colour and mark style in the text is in the legend`);
  }
});

test('no request left the server and no page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness.foreign, []);
  assert.deepEqual(harness.errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[14]/.test(e)), []);
});
