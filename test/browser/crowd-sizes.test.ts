/**
 * Crowd sizes outside Compare: the events list, the timeline and the map's table of places show each
 * claimant's figure for a protest of the sample corpus (Tbilisi: organisers and police disagree), and
 * a claimant name holding markup stays text. Skipped, with the reason, where /usr/bin/chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_BROWSER, open, shoot, type PageGlobals, useHarness } from './support.js';
import { sampleDocument, storable } from '../store/sample-documents.js';
import type { NewsEvent } from '../../src/model/layers/events.js';

const skip = SKIP_BROWSER;
const harness = useHarness();

const HOSTILE = '<img src=x onerror="window.__pwned=5">organisers';

test('the events list, the timeline and the map show each claimant\'s crowd size, as text', { skip, timeout: 120_000 }, async () => {
  // Written for this test: a protest whose claimant name holds markup (stored as a document would be).
  const text = 'Dock workers march in Portmere\n\nThousands of dock workers marched in Portmere on Friday.';
  const doc = sampleDocument({ text, meta: { title: 'March', outlet: 'Example Coast News', publishedAt: '2024-05-03', url: 'https://coast.example/march' }, events: [{ type: 'Protests', trigger: 'marched' }] });
  const at = text.indexOf('Thousands');
  (doc.layers.events![0] as NewsEvent).crowd = [{ start: at, end: at + 9, text: 'Thousands', figure: { start: at, end: at + 9, text: 'Thousands' }, qualifier: 'vague', approximate: true, low: 2000, claimant: { kind: 'source', name: HOSTILE }, rule: 'test' }];
  assert.deepEqual(await harness().store.put([storable(doc)]), ['stored']);

  const page = await harness().page();
  await page.addInitScript(() => { (globalThis as unknown as PageGlobals).__pwned = undefined; });
  await open(page, harness().base, '#/events?type=Protests', 'events');
  await page.waitForSelector('.results table');
  const crowds = await page.locator('.results table .crowd').allTextContents();
  assert.ok(crowds.some((c) => /crowd of more than 20,000 at its peak \(per Organisers\)/.test(c) && /crowd of about 8,000 \(per police\)/.test(c)), crowds.join(' | '));
  assert.ok(crowds.some((c) => c.includes(`crowd of Thousands (per ${HOSTILE})`)), crowds.join(' | '));
  await shoot(page, 'events-crowd-sizes');

  await open(page, harness().base, '#/timeline', 'timeline');
  await page.waitForSelector('.tl-item.event');
  assert.ok((await page.locator('.tl-item.event .crowd').allTextContents()).some((c) => /per police/.test(c)), 'the timeline too');

  await open(page, harness().base, '#/map?type=Protests', 'map');
  await page.waitForSelector('table');
  const headers = await page.locator('table th[scope="col"], table thead th').allTextContents();
  assert.ok(headers.includes('crowd sizes'), headers.join(' | '));
  const tbilisi = page.locator('table tr', { hasText: 'Tbilisi' });
  assert.match((await tbilisi.textContent()) ?? '', /per Organisers.*per police/);
  assert.match((await page.locator('a.map-point title', { hasText: 'Tbilisi' }).first().textContent()) ?? '', /crowd of about 8,000 \(per police\)/, 'the point says it too');
  assert.equal(await page.locator('main img').count(), 0, 'markup in a claimant stays text');
  assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned), undefined, 'nothing ran');
});

test('no request left the server and no crowd page logged an error', { skip, timeout: 10_000 }, () => {
  assert.deepEqual(harness().foreign, []);
  assert.deepEqual(harness().errors, []);
});
