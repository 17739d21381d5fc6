import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { readClaimantGold, resolveMention, type GoldArticle } from '../../src/eval/claimants/read-gold.js';
import { matchEvents, normalizeName } from '../../src/eval/claimants/match-events.js';
import { claimantMetrics, emptyCounts, scoreArticle } from '../../src/eval/claimants/score-claimants.js';
import type { PredictedArticle, PredictedEvent } from '../../src/eval/claimants/predict-claimants.js';

const text = 'Shelling hit Avdiivka on Monday, killing four, the governor said. The army denied the shelling. In Lviv, a drone strike injured two.';
const m = (w: string) => resolveMention(text, w, 'test');
const gold: GoldArticle = {
  id: 'a1', text, outlet: 'X', publishedAt: '2025-01-07', style: 'test',
  events: [
    {
      id: 'e1', type: 'Explosions/Remote violence', place: ['Avdiivka'], date: ['2025-01-06'], mentions: [m('Shelling'), m('shelling')],
      claimants: [
        { name: 'governor', aliases: ['the governor'], position: 'asserts', figures: [{ kind: 'killed', number: 4, qualifier: 'exact' }] },
        { name: 'army', aliases: ['The army'], position: 'denies', about: 'event', figures: [] },
      ],
    },
    { id: 'e2', type: 'Explosions/Remote violence', place: ['Lviv'], date: [], mentions: [m('strike')], claimants: [{ name: 'outlet', aliases: [], position: 'asserts', figures: [{ kind: 'injured', number: 2, qualifier: 'exact' }] }] },
  ],
};

const shelling: PredictedEvent = {
  id: 'p1', type: 'Explosions/Remote violence', mentions: [m('Shelling'), m('shelling'), m('strike')], place: 'Avdiyivka', placeWords: 'Avdiivka', date: '2025-01-06',
  claimants: [
    { names: ['the Governor'], outlet: false, position: 'asserts', figures: [{ kind: 'killed', number: 4, qualifier: 'at-least' }] },
    { names: ['The army'], outlet: false, position: 'asserts', figures: [] },
    { names: ['Kyiv'], outlet: false, position: 'asserts', figures: [] },
  ],
};
const spurious: PredictedEvent = { id: 'p2', type: 'Battles', mentions: [m('Lviv')], claimants: [{ names: ['outlet'], outlet: true, position: 'asserts', figures: [{ kind: 'injured', number: 2, qualifier: 'exact' }] }] };

test('names compare without case, accents, a leading article or punctuation', () => {
  assert.equal(normalizeName('The  Zelenskýy-led office'), 'zelenskyy led office');
  assert.equal(normalizeName("Russia’s defence ministry"), normalizeName("russia's Defence Ministry"));
});

test('a mention is a whole word, its Nth occurrence with @N; missing or ambiguous mentions are data errors', () => {
  assert.deepEqual(resolveMention(text, 'shelling@1', 'x'), { start: text.indexOf('shelling'), end: text.indexOf('shelling') + 8, text: 'shelling' });
  assert.throws(() => resolveMention('a strike, a strike', 'strike', 'f.json'), /occurs 2 times/);
  assert.throws(() => resolveMention(text, 'strikes', 'f.json'), /not found/);
  assert.throws(() => resolveMention(text, 'shelling@2', 'f.json'), /not found/);
});

test('events match by type and overlapping mentions, else by place; a type mismatch never matches', () => {
  assert.deepEqual(matchEvents(gold.events, [shelling, spurious]), [{ gold: 0, predicted: 0 }]);
  const byPlace: PredictedEvent = { ...spurious, type: 'Explosions/Remote violence', mentions: [], place: 'Lviv' };
  assert.deepEqual(matchEvents(gold.events, [shelling, byPlace]), [{ gold: 0, predicted: 0 }, { gold: 1, predicted: 1 }]);
});

test('claimant F1, position accuracy, figure F1 and merge F1 on hand-made predictions', () => {
  const counts = emptyCounts();
  const predicted: PredictedArticle = { article: 'a1', events: [shelling, spurious], figures: [{ kind: 'killed', number: 4, qualifier: 'at-least' }, { kind: 'injured', number: 2, qualifier: 'exact' }] };
  const misses = scoreArticle(gold, predicted, counts);
  const metrics = claimantMetrics(counts);
  // events: 1 of 2 predicted matched, 1 of 2 gold found
  assert.equal(metrics['events.f1'], 0.5);
  // claimants: governor and army matched; Kyiv and the spurious event's outlet are false; the outlet of e2 is missed
  assert.equal(metrics['claimants.precision'], 2 / 4);
  assert.equal(metrics['claimants.recall'], 2 / 3);
  // the army denies, predicted asserts
  assert.equal(metrics['position.accuracy'], 0.5);
  // figures: "at least 4" is not "4"; the spurious event's figure is a false one
  assert.equal(metrics['figures.precision'], 0);
  assert.equal(metrics['figures.recall'], 0);
  // loose figures: kind and number anywhere: both found
  assert.equal(metrics['figures.loose.f1'], 1);
  // merge: the one gold pair (Shelling, shelling) is found; "strike" joined to it makes two false pairs
  assert.equal(metrics['merge.recall'], 1);
  assert.equal(metrics['merge.precision'], 1 / 3);
  assert.equal(metrics['place.accuracy'], 1, 'the words in the text count when the gazetteer spells the place otherwise');
  assert.equal(metrics['date.accuracy'], 1);
  const phenomena = new Set(misses.map((x) => x.phenomenon));
  // the claimants of a missed event are counted as missed but listed only under event.missed
  for (const p of ['event.missed', 'event.spurious', 'claimant.spurious', 'position.wrong', 'figure.missed', 'figure.spurious', 'merge.joined']) assert.ok(phenomena.has(p), p);
});

test('a perfect prediction scores 1 everywhere', () => {
  const counts = emptyCounts();
  const perfect: PredictedArticle = {
    article: 'a1',
    events: gold.events.map((e, i) => ({ id: `p${i}`, type: e.type, mentions: e.mentions, ...(e.place[0] ? { place: e.place[0] } : {}), ...(e.date[0] ? { date: e.date[0] } : {}), claimants: e.claimants.map((c) => ({ names: [c.name], outlet: c.name === 'outlet', position: c.position, ...(c.about ? { about: c.about } : {}), figures: c.figures })) })),
    figures: gold.events.flatMap((e) => e.claimants.flatMap((c) => c.figures)),
  };
  assert.deepEqual(scoreArticle(gold, perfect, counts), []);
  const metrics = claimantMetrics(counts);
  for (const k of ['claimants.f1', 'position.accuracy', 'figures.f1', 'merge.f1', 'events.f1', 'figures.loose.f1', 'mentions.recall', 'place.accuracy', 'date.accuracy']) assert.equal(metrics[k], 1, k);
});

test('the committed gold set reads: every mention resolves to its words', () => {
  const articles = readClaimantGold(join(PACKAGE_ROOT, 'eval-data', 'event-claimants'));
  assert.ok(articles.length >= 12 && articles.length <= 20, `${articles.length} articles`);
  assert.ok(articles.some((a) => a.events.length === 0), 'an article with no event');
  for (const a of articles) for (const e of a.events) for (const x of e.mentions) assert.equal(a.text.slice(x.start, x.end), x.text, `${a.id} ${e.id}`);
});

test('the held-out gold set reads, and its own gold copied as a prediction scores 1', () => {
  const articles = readClaimantGold(join(PACKAGE_ROOT, 'eval-data', 'event-claimants-heldout'));
  assert.equal(articles.length, 16);
  const kinds = new Set(['killed', 'injured', 'missing', 'detained', 'displaced', 'crowd', 'exchanged']);
  const qualifiers = new Set(['exact', 'approximately', 'almost', 'at-least', 'more-than', 'at-most', 'less-than', 'vague']);
  const counts = emptyCounts();
  for (const a of articles) {
    for (const e of a.events) for (const c of e.claimants) for (const f of c.figures) assert.ok(kinds.has(f.kind) && qualifiers.has(f.qualifier), `${a.id} ${e.id} ${c.name} ${f.kind} ${f.qualifier}`);
    const copy: PredictedArticle = {
      article: a.id,
      events: a.events.map((e, i) => ({ id: `p${i}`, type: e.type, mentions: e.mentions, ...(e.place[0] ? { place: e.place[0] } : {}), ...(e.date[0] ? { date: e.date[0] } : {}), claimants: e.claimants.map((c) => ({ names: [c.name], outlet: c.name === 'outlet', position: c.position, ...(c.about ? { about: c.about } : {}), figures: c.figures })) })),
      figures: a.events.flatMap((e) => e.claimants.flatMap((c) => c.figures)),
    };
    assert.deepEqual(scoreArticle(a, copy, counts), [], a.id);
  }
  const metrics = claimantMetrics(counts);
  for (const k of ['claimants.f1', 'position.accuracy', 'figures.f1', 'merge.f1', 'events.f1']) assert.equal(metrics[k], 1, k);
});
