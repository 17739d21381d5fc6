/** Contradictions between accounts, on hand-made accounts (no analysis, no store). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureRange, findContradictions } from '../../src/corpus/compare/find-contradictions.js';
import type { ArticleAccount, CasualtyFigure, CrowdFigure, OutletAccount } from '../../src/corpus/compare/types.js';

function figure(figure: string, qualifier: CasualtyFigure['qualifier'], bounds: Partial<CasualtyFigure>, claimant = 'outlet'): CasualtyFigure {
  return { kind: 'killed', figure, qualifier, claimant, start: 0, end: figure.length, ...bounds };
}

function outlet(name: string, fields: Partial<ArticleAccount>): OutletAccount {
  return {
    outlet: name,
    articles: [{ documentId: `doc-${name}`, events: ['ev1'], triggers: ['shelling'], status: 'asserted', claimants: [], casualties: [], crowd: [], blamed: [], qualifications: [], naming: [], framing: [], publishedAt: '2024-03-12', ...fields }],
  };
}

function crowd(figure: string, qualifier: CrowdFigure['qualifier'], bounds: Partial<CrowdFigure>, claimant = 'outlet'): CrowdFigure {
  return { figure, qualifier, claimant, event: 'ev1', start: 0, end: figure.length, ...bounds };
}

test('crowd sizes that cannot meet contradict, across outlets and between claimants of one article', () => {
  const organisers = crowd('more than 20,000', 'more-than', { low: 20001 }, 'the organisers');
  const police = crowd('about 8,000', 'approximately', { best: 8000 }, 'police');
  const across = findContradictions([outlet('A', { crowd: [organisers] }), outlet('B', { crowd: [police] })]).filter((c) => c.kind === 'crowd');
  assert.equal(across.length, 1);
  assert.deepEqual(across[0]!.sides.map((s) => s.outlet), ['A', 'B']);
  assert.match(across[0]!.summary, /more than 20,000 \(according to the organisers\) in A vs about 8,000 \(according to police\) in B/);
  const within = findContradictions([outlet('A', { crowd: [organisers, police] })]).filter((c) => c.kind === 'crowd');
  assert.equal(within.length, 1);
  assert.equal(within[0]!.sides.length, 2);
  // "Thousands" meets any figure above it; "about 9,000" meets "about 8,000"; one claimant's repeated figure is no rival.
  const vague = crowd('thousands', 'vague', { low: 2000 });
  const close = crowd('about 9,000', 'approximately', { best: 9000 }, 'a reporter');
  assert.deepEqual(findContradictions([outlet('A', { crowd: [vague, organisers] }), outlet('B', { crowd: [police, close] })]).filter((c) => c.kind === 'crowd').length, 1);
  assert.deepEqual(findContradictions([outlet('A', { crowd: [vague, police] }), outlet('B', { crowd: [close] })]).filter((c) => c.kind === 'crowd'), []);
  assert.deepEqual(findContradictions([outlet('A', { crowd: [police, { ...police, figure: '20,000', best: 20000 }] })]).filter((c) => c.kind === 'crowd'), []);
});

test('figure ranges follow the qualifier', () => {
  assert.deepEqual(figureRange(figure('13', 'exact', { best: 13 })), [13, 13]);
  assert.deepEqual(figureRange(figure('at least 10', 'at-least', { low: 10 })), [10, Infinity]);
  assert.deepEqual(figureRange(figure('about 20', 'approximately', { best: 20 })), [16, 24]);
  assert.deepEqual(figureRange(figure('up to 5', 'at-most', { high: 5 })), [0, 5]);
  assert.deepEqual(figureRange(figure('more than 40', 'more-than', { best: 40 })), [41, Infinity]);
});

test('tolls contradict only when their ranges cannot meet', () => {
  const agree = findContradictions([
    outlet('A', { casualties: [figure('at least 10', 'at-least', { low: 10 })] }),
    outlet('B', { casualties: [figure('13', 'exact', { best: 13 }, 'the mayor')] }),
    outlet('C', { casualties: [figure('about 12', 'approximately', { best: 12 })] }),
  ]);
  assert.deepEqual(agree, []);
  const clash = findContradictions([
    outlet('A', { casualties: [figure('13', 'exact', { best: 13 }, 'the mayor')] }),
    outlet('B', { casualties: [figure('up to 5', 'at-most', { high: 5 })] }),
  ]);
  assert.equal(clash.length, 1);
  assert.equal(clash[0]!.kind, 'toll');
  assert.deepEqual(clash[0]!.sides.map((s) => s.outlet), ['A', 'B']);
  assert.match(clash[0]!.summary, /according to the mayor/);
});

test('one side per article and figure, with every claimant that gives it there', () => {
  const found = findContradictions([
    outlet('A', { casualties: [figure('seven', 'exact', { best: 7 }), figure('seven', 'exact', { best: 7 }, 'the governor'), figure('Seven', 'exact', { best: 7 })] }),
    outlet('B', { casualties: [figure('nine', 'exact', { best: 9 }, 'rescuers'), figure('nine', 'exact', { best: 9 }, 'the mayor')] }),
  ]);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => `${s.outlet}: ${s.says}`), [
    'A: seven killed (in its own voice and according to the governor)',
    'B: nine killed (according to rescuers, the mayor)',
  ]);
  assert.equal(found[0]!.summary, 'Different killed figures: A: seven killed (in its own voice and according to the governor); B: nine killed (according to rescuers, the mayor).');
});

test('different sides blamed, and a side blamed by one outlet and denying in another', () => {
  const found = findContradictions([
    outlet('A', { blamed: [{ text: 'Ukrainian forces', party: 'Ukraine', alleged: true, allegedBy: 'the mayor' }] }),
    outlet('B', {
      blamed: [{ text: 'Russian troops', party: 'Russia', alleged: true }],
      qualifications: [{ claim: 'c3', statuses: ['attributed', 'denied'], text: 'firing on the city', by: "Ukraine's military", party: 'Ukraine', start: 0, end: 18 }],
    }),
  ]);
  assert.deepEqual(found.map((c) => c.kind), ['perpetrator', 'denial']);
  assert.equal(found[0]!.summary, 'Ukraine is blamed in A; Russia in B.');
  assert.deepEqual(found[1]!.sides.map((s) => s.outlet), ['A', 'B']);
});

test('one outlet asserting what another only attributes', () => {
  const found = findContradictions([outlet('A', {}), outlet('B', { status: 'attributed', claimants: ['officials'] }), outlet('C', { status: 'asserted' })]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'status');
  assert.match(found[0]!.summary, /A and C report the event in their own voice; in B it is only attributed/);
  assert.deepEqual(findContradictions([outlet('A', {}), outlet('C', {})]), []);
});
