/**
 * The example article (../shared/examples/rt-donetsk-shelling-2022-06-14), read at run time and never
 * copied: the events an analyst records from it (expected.md, E1–E4).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { NewsEvent } from '../../src/model/layers/events.js';

const DIR = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14');

test('example article: E1 shelling of Donetsk with its claimed casualties, E2–E4 recorded', { skip: !existsSync(DIR) && 'no ../shared/examples' }, () => {
  const meta = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8'));
  const doc = analyze(readFileSync(join(DIR, 'article.txt'), 'utf8'), { meta: { publishedAt: meta.publishedAt, outlet: meta.outlet } });
  const events = doc.layers.events ?? [];
  const casualties = doc.layers.casualties ?? [];

  const e1 = events.find((e) => e.type === 'Explosions/Remote violence');
  assert.ok(e1, 'a shelling event');
  assert.equal(e1.subtype, 'Shelling/artillery/missile attack');
  assert.equal(e1.date?.value, '2022-06-13');
  if (doc.layers.places) {
    assert.equal(e1.location?.name, 'Donetsk');
    assert.ok(Math.abs((e1.location?.lat ?? 0) - 48.0) < 0.2 && Math.abs((e1.location?.lon ?? 0) - 37.8) < 0.2, 'Donetsk coordinates');
  }
  const perpetrator = e1.actors.find((a) => a.role === 'perpetrator' && /Ukrainian forces/.test(a.text));
  assert.ok(perpetrator?.alleged, 'Ukrainian forces, alleged');
  assert.equal(perpetrator?.allegedBy?.kind === 'source' && /Donetsk/.test(perpetrator.allegedBy.name), true);
  assert.deepEqual(e1.targets.map((t) => t.text).filter((t) => /market|hospital/.test(t)), ['a busy market', 'a maternity hospital']);

  const killed = casualties.find((c) => c.event === e1.id && c.kind === 'killed');
  assert.equal(killed?.best, 5);
  assert.equal(killed?.group, 'civilians');
  const injured = casualties.find((c) => c.event === e1.id && c.kind === 'injured');
  assert.equal(injured?.high, 39);
  assert.equal(injured?.approximate, true);
  assert.equal(injured?.qualifier, 'almost');
  for (const c of [killed, injured]) assert.ok(c?.claimant.kind === 'source' && /Donetsk/.test(c.claimant.name), 'claimed by the Donetsk authorities');

  const find = (pred: (e: NewsEvent) => boolean): NewsEvent | undefined => events.find(pred);
  const e2 = find((e) => e.type === 'Battles' && e.actors.some((a) => a.role === 'perpetrator' && a.text === 'Russia'));
  assert.ok(e2, 'E2: Russia attacks');
  assert.equal(e2.date?.value, '2022-02');
  const e3 = find((e) => e.subtype === 'Agreement');
  assert.equal(e3?.date?.value, '2014');
  const e4 = find((e) => e.kind === 'recognition');
  assert.ok(e4?.actors.some((a) => a.text === 'Moscow'), 'E4: Moscow recognises');

  // Capitals standing for governments are never event places.
  for (const e of events) assert.ok(!['Moscow', 'Kiev', 'Kyiv'].includes(e.location?.name ?? ''), `${e.id} is not located in a capital used as a government`);
});

test('example article: the outlet attributes the shelling (E1) to the Donetsk authorities and the DPR', { skip: !existsSync(DIR) && 'no ../shared/examples' }, () => {
  const meta = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8'));
  const doc = analyze(readFileSync(join(DIR, 'article.txt'), 'utf8'), { meta: { publishedAt: meta.publishedAt } });
  const e1 = doc.layers.events?.find((e) => e.type === 'Explosions/Remote violence');
  assert.ok(e1, 'a shelling event');
  // The outlet never reports the shelling in its own voice: "the strikes on civilians" refers back to it.
  assert.equal(e1.attribution.status, 'attributed');
  assert.ok(!e1.attribution.claimants.some((c) => c.kind === 'outlet'), 'not asserted by the outlet');
  const sources = e1.attribution.claimants.flatMap((c) => (c.kind === 'source' ? [c] : []));
  const quotes = doc.layers.quotes ?? [];
  const quoteOf = (id: string | undefined) => quotes.find((q) => q.id === id);
  // #1: the authorities in Donetsk reported the strikes; #3: the DPR said its capital suffered the worst shelling.
  const authorities = sources.find((c) => /authorities in Donetsk/i.test(c.name));
  assert.ok(authorities && /reported/.test(quoteOf(authorities.quote)?.cue?.text ?? ''), 'the Donetsk authorities, through their report');
  const republic = doc.layers.entities?.find((e) => /People.s Republic of Donetsk/.test(e.name));
  const dpr = sources.find((c) => (republic !== undefined && c.entity === republic.id) || /People.s Republic of Donetsk|DPR/.test(c.name));
  assert.ok(dpr, 'the DPR');
  const dprQuote = quoteOf(dpr.quote);
  assert.ok(dprQuote?.content.some((c) => /shelling/.test(c.text)), 'the DPR quote reports the shelling');
  assert.ok(e1.attribution.quotes.includes(authorities.quote ?? '') && e1.attribution.quotes.includes(dpr.quote ?? ''));
});
