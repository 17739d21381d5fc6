/**
 * What each quote's cue reports in the web UI, and the "speech only / all attributions" filter: a
 * belief attribution is labelled as one and left out under speech only, speech stays with its speaker's
 * colour, and the address value parses to a known scope.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import type { Quote } from '../../src/model/layers/quotes.js';
import { layerSchemas } from '../../src/model/schema/layers.js';
import { highlightsFor } from '../../web/src/highlights.js';
import { describeRecord } from '../../web/src/records.js';
import { cueKindLabel, inQuoteScope, parseQuoteScope, quoteScopeSummary, QUOTE_SCOPES } from '../../web/src/quote-kinds.js';

// Written for this test: one speaker who speaks, one who is said to believe something.
const TEXT = [
  'Harbour officials reopen ferry route',
  '',
  'The harbour authority in Split reopened the ferry route on Friday.',
  '"The boats will run every hour from Monday," port director Ivana Maric told reporters.',
  'Councillor Tomislav Babic believes the route will lose money within a year.',
].join('\n');

function quote(id: string, cueKind?: Quote['cueKind']): Quote {
  return { id, form: 'indirect', content: [{ start: 0, end: 1, text: 'x' }], stage: 'quotes', rule: 'test', ...(cueKind ? { cueKind } : {}) };
}

function cueKinds(): string[] {
  const found = JSON.stringify(layerSchemas).match(/"cueKind":\{"enum":\[([^\]]*)\]/);
  assert.ok(found, 'the schema lists the cue kinds');
  return JSON.parse(`[${found[1]}]`) as string[];
}

test('every cue kind the schema allows has its own readable label', () => {
  const kinds = cueKinds();
  assert.ok(kinds.includes('speech') && kinds.includes('cognition'));
  const labels = kinds.map((k) => cueKindLabel(quote('q1', k as Quote['cueKind'])));
  assert.equal(new Set(labels).size, kinds.length, `labels differ: ${labels.join(' | ')}`);
  for (const label of labels) assert.notEqual(label, cueKindLabel(quote('q1')), 'a known kind is not "not known"');
  assert.match(cueKindLabel(quote('q1', 'speech')), /speech/);
  assert.match(cueKindLabel(quote('q1', 'cognition')), /belief/);
});

test('speech only keeps what is known to be speech; all keeps every attribution', () => {
  assert.equal(inQuoteScope(quote('q1', 'speech'), 'speech'), true);
  for (const kind of ['cognition', 'stance', 'perception', 'intention', 'decree', 'evidence'] as const) {
    assert.equal(inQuoteScope(quote('q1', kind), 'speech'), false, kind);
    assert.equal(inQuoteScope(quote('q1', kind), 'all'), true, kind);
  }
  assert.equal(inQuoteScope(quote('q1'), 'speech'), false, 'a cue of unknown kind is not passed off as speech');
  assert.equal(inQuoteScope(quote('q1'), 'all'), true);
});

test('the address value parses to a known scope, anything else to the default', () => {
  assert.equal(parseQuoteScope('speech'), 'speech');
  assert.equal(parseQuoteScope('all'), 'all');
  for (const odd of [null, undefined, '', 'SPEECH', 'belief', '<script>']) assert.equal(parseQuoteScope(odd), 'all', String(odd));
  assert.deepEqual(QUOTE_SCOPES.map((s) => s.scope).sort(), ['all', 'speech']);
});

test('the summary says how many are hidden and of what kind', () => {
  const quotes = [quote('q1', 'speech'), quote('q2', 'cognition'), quote('q3', 'cognition'), quote('q4')];
  const line = quoteScopeSummary(quotes, 'speech');
  assert.match(line, /^Showing 1 of 4 attributions: 3 hidden/);
  assert.match(line, /2 belief or thought/);
  assert.match(line, /1 kind not known/);
  assert.equal(quoteScopeSummary(quotes, 'all'), 'Showing all 4 attributions.');
});

test('an analysed article: the belief is labelled, and hidden from the highlights under speech only', () => {
  const doc = analyze(TEXT);
  const quotes = doc.layers.quotes ?? [];
  const said = quotes.find((q) => q.speaker?.name === 'Ivana Maric');
  const belief = quotes.find((q) => q.speaker?.name === 'Tomislav Babic');
  assert.ok(said && belief, `both attributions found: ${quotes.map((q) => `${q.speaker?.name}/${q.cueKind}`).join(', ')}`);
  assert.equal(said.cueKind, 'speech');
  assert.equal(belief.cueKind, 'cognition');

  const row = (q: Quote): string | undefined => describeRecord(doc, { layer: 'quotes', id: q.id })?.rows.find(([k]) => k === 'the cue reports')?.[1];
  assert.equal(row(said), cueKindLabel(said));
  assert.equal(row(belief), cueKindLabel(belief));

  const all = highlightsFor(doc, 'quotes', 'all');
  const speech = highlightsFor(doc, 'quotes', 'speech');
  const ids = (spans: typeof all.spans): Set<string> => new Set(spans.map((s) => s.ref.id));
  assert.ok(ids(all.spans).has(belief.id) && ids(all.spans).has(said.id));
  assert.ok(!ids(speech.spans).has(belief.id), 'the belief has no highlight under speech only');
  assert.ok(ids(speech.spans).has(said.id), 'the speech keeps its highlights');
  const labels = (h: typeof all): string[] => h.legend.map((e) => e.label);
  assert.ok(labels(all).includes('Tomislav Babic'));
  assert.ok(!labels(speech).includes('Tomislav Babic'), 'a speaker with nothing shown leaves the legend');
  const colourOf = (h: typeof all): string | undefined => h.spans.find((s) => s.ref.id === said.id && s.ref.part === 'content')?.cls;
  assert.equal(colourOf(speech), colourOf(all), 'a speaker keeps her colour when the filter changes');
  assert.deepEqual(highlightsFor(doc, 'quotes'), all, 'the default shows every attribution');
});
