/**
 * Who takes which side, in the article page's side panel: for the Kutum air strike of
 * examples/disputed-strikes.jsonl (in the sample corpus), each claimant with its position and a button
 * per word of evidence that selects those words in the text; a casualty figure with who contests it
 * (examples/conflict-monitoring.jsonl: "a figure Ukrainian officials called “pure fiction”"); and a
 * claimant and evidence holding markup, stored for this test, rendered as text. Skipped, with the reason,
 * where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, open, shoot, type PageGlobals, useHarness } from './support.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import type { CasualtyClaim, NewsEvent } from '../../src/model/layers/events.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

async function docId(text: string): Promise<string> {
  const [hit] = await harness().store.search({ text });
  assert.ok(hit, `the sample corpus holds an article on ${text}`);
  return hit.id;
}

test('the side panel lists each claimant\'s position on the Kutum strike; an evidence button selects its words', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await open(page, harness().base, `#/doc/${await docId('Kutum Antonov')}`, 'doc');
  const sides = page.locator('table.positions').first();
  await sides.waitFor();
  assert.equal(await sides.locator('caption').textContent(), 'Who takes which side');
  const army = sides.locator('tr', { hasText: "Sudan's army" });
  assert.equal(await army.count(), 1, (await sides.textContent()) ?? '');
  assert.match((await army.textContent()) ?? '', /denies.*who did it/);
  assert.match((await sides.locator('tr', { hasText: 'local volunteers' }).textContent()) ?? '', /asserts.*that it happened/);

  await army.getByRole('button', { name: 'show “denies” in the text' }).click();
  const focused = await page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const mark = document.activeElement?.closest('mark[data-h]');
    return { text: mark?.textContent ?? null, cls: mark?.className ?? '', mode: document.querySelector('.modes input:checked')?.value ?? null };
  });
  assert.equal(focused.text, 'denies', 'the button selects the word "denies" in the headline');
  assert.match(focused.cls, /ev-evidence/);
  assert.match((await page.locator('.selected-body h4').first().textContent()) ?? '', /Event .*a claimant's words.*Air\/drone strike in Kutum/);
  assert.match((await page.locator('.selected-body').textContent()) ?? '', /denies who did it/);
  await shoot(page, 'event-positions');
});

test('a casualty figure shows who contests it, and the button selects the words that do', { skip, timeout: 120_000 }, async () => {
  const page = await harness().page();
  await open(page, harness().base, `#/doc/${await docId('"pure fiction"')}`, 'doc');
  const row = page.locator('.event table:not(.positions) tr', { hasText: 'up to 40' });
  await row.first().waitFor();
  assert.match((await row.first().textContent()) ?? '', /disputed by Ukrainian officials/);
  await row.first().getByRole('button', { name: /^show “called/ }).click();
  const text = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.closest('mark[data-h]')?.textContent ?? null);
  assert.match(text ?? '', /^called/);
  assert.match((await page.locator('.selected-body').textContent()) ?? '', /disputed by.*Ukrainian officials/);
});

test('a claimant and evidence holding markup are text in the positions table and the contested figure', { skip, timeout: 120_000 }, async () => {
  // Written for this test: an event with a position and a contested figure whose names hold markup.
  const hostile = '<img src=x onerror="window.__pwned=8">rebels';
  const text = 'Strike hits Portmere depot\n\nA drone strike hit the fuel depot in Portmere on Friday, killing 3 workers. The claim of <b onclick="window.__pwned=9">3</b> was called a lie.';
  const doc = sampleDocument({ text, meta: { title: 'Depot', outlet: 'Example Coast News', publishedAt: '2024-05-03' }, events: [{ type: 'Explosions/Remote violence', trigger: 'drone strike' }] });
  const span = (words: string) => { const start = text.indexOf(words); return { start, end: start + words.length, text: words }; };
  const event = doc.layers.events![0] as NewsEvent;
  const markup = span('<b onclick="window.__pwned=9">3</b>');
  event.attribution.positions = [{ claimant: { kind: 'source', name: hostile }, stance: 'denies', about: 'responsibility', evidence: [markup], quotes: [], claims: [] }];
  const killed = span('killing 3 workers');
  const casualty: CasualtyClaim = {
    id: 'cas1', stage: 'events', rule: 'test', ...killed, kind: 'killed', figure: span('3 workers'), best: 3, qualifier: 'exact', approximate: false,
    claimant: { kind: 'outlet' }, event: event.id, disputedBy: [{ claimant: { kind: 'source', name: hostile }, stance: 'denies', evidence: [span('was called a lie')] }],
  };
  doc.layers.casualties = [casualty];
  event.casualties = ['cas1'];
  assert.deepEqual(await harness().store.put([storable(doc)]), ['stored']);

  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness().base, `#/doc/${doc.id}`, 'doc');
  const sides = page.locator('table.positions');
  await sides.waitFor();
  assert.match((await sides.textContent()) ?? '', /<img src=x onerror="window.__pwned=8">rebels/);
  await sides.getByRole('button', { name: /^show “<b onclick/ }).click();
  assert.match((await page.locator('.event table:not(.positions) tr', { hasText: '3 workers' }).first().textContent()) ?? '', /denied by <img src=x onerror="window\.__pwned=8">rebels/);
  assert.equal(await page.locator('main img, main b').count(), 0, 'markup stays text');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('no request left the server and no positions page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
