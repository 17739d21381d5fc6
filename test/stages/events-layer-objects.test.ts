/**
 * layer-objects.ts copies the events stage's working objects (every field present, absent ones
 * undefined) into the layer without their absent fields. It names each field: these tests fail when a
 * field added to NewsEvent, EventPosition or CasualtyClaim is not copied, or when an absent one is kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CasualtyClaim, EventPosition, NewsEvent } from '../../src/model/layers/events.js';
import { layerCasualty, layerEvent } from '../../src/stages/events/layer-objects.js';

const span = { start: 0, end: 4, text: 'shot' };
const outlet = { kind: 'outlet' } as const;

// `Required<...>`: a field added to the interface fails to compile here until it is given a value.
const position: Required<EventPosition> = { claimant: outlet, stance: 'asserts', about: 'event', qualified: 'hedged', evidence: [span], quotes: ['q1'], claims: ['c1'] };
const event: Required<Omit<NewsEvent, 'attribution'>> & Pick<NewsEvent, 'attribution'> = {
  id: 'ev1', stage: 'events', rule: 'trigger:x', confidence: 0.5, type: 'Battles', subtype: 'Armed clash', kind: 'drone', recurring: true,
  trigger: span, mentions: [span], date: { value: '2024-01-01', precision: 'day', expression: span }, location: { name: 'Kyiv', place: 'p1', precision: 'town', expression: span, rule: 'r' },
  actors: [], weapons: [], targets: [], casualties: ['cas1'], crowd: [], attribution: { status: 'asserted', claimants: [outlet], claims: [], quotes: [], positions: [position] },
};
const claim: Required<CasualtyClaim> = {
  id: 'cas1', start: 0, end: 4, text: 'shot', stage: 'events', rule: 'r', confidence: 0.5, kind: 'killed', figure: span, low: 1, best: 2, high: 3, qualifier: 'exact', approximate: false,
  group: 'civilians', who: span, subset: true, increment: true, claimant: outlet, disputedBy: [], claimedAt: '2024-01-01', event: 'ev1',
};

test('events: the layer copies of an event and a casualty claim keep every field that is set', () => {
  assert.deepStrictEqual(layerEvent(event), event);
  assert.deepStrictEqual(layerCasualty(claim), claim);
});

test('events: the layer copies leave out every field set to undefined', () => {
  const sparseEvent = { ...event, subtype: undefined, kind: undefined, recurring: undefined, date: undefined, location: undefined, crowd: undefined, confidence: undefined, attribution: { ...event.attribution, positions: [{ ...position, qualified: undefined }] } };
  const copied = layerEvent(sparseEvent);
  assert.deepStrictEqual(Object.keys(copied).sort(), ['actors', 'attribution', 'casualties', 'id', 'mentions', 'rule', 'stage', 'targets', 'trigger', 'type', 'weapons']);
  assert.ok(!('qualified' in copied.attribution.positions![0]!));
  const sparseClaim = { ...claim, low: undefined, best: undefined, high: undefined, group: undefined, who: undefined, subset: undefined, increment: undefined, disputedBy: undefined, claimedAt: undefined, event: undefined, confidence: undefined };
  assert.deepStrictEqual(Object.keys(layerCasualty(sparseClaim)).sort(), ['approximate', 'claimant', 'end', 'figure', 'id', 'kind', 'qualifier', 'rule', 'stage', 'start', 'text']);
});
