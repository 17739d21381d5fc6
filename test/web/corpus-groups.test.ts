/** Grouping corpus results for the person page, the timeline and the map. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventHit, EventPlaceHit, QuoteHit } from '../../web/src/api-types.js';
import { clusterPlaces, crowdLine, dayNumber, eventTypeClass, groupQuotes, shortDate, timelineItems } from '../../web/src/corpus-groups.js';

const quote = (documentId: string, start: number, publishedAt: string | undefined, outlet: string | undefined): QuoteHit => ({
  documentId, quoteId: `q${start}`, form: 'direct', content: `words ${start}`, start, end: start + 5,
  ...(publishedAt ? { publishedAt } : {}), ...(outlet ? { outlet } : {}),
});

test('a person\'s quotes: newest day first, outlets by name, text order within an article, unknown dates last', () => {
  const groups = groupQuotes([
    quote('a', 50, '2024-01-22T10:00:00Z', 'Wire'),
    quote('b', 10, '2024-01-25', 'Daily'),
    quote('a', 5, '2024-01-22T10:00:00Z', 'Wire'),
    quote('c', 1, undefined, 'Daily'),
    quote('d', 7, '2024-01-22', 'Agency'),
  ]);
  assert.deepEqual(groups.map((g) => g.day), ['2024-01-25', '2024-01-22', 'date unknown']);
  assert.deepEqual(groups[1]!.outlets.map((o) => o.outlet), ['Agency', 'Wire']);
  assert.deepEqual(groups[1]!.outlets[1]!.quotes.map((q) => q.start), [5, 50]);
});

test('the timeline puts an event on its own date when it has a calendar one, else on its publication day', () => {
  const events: EventHit[] = [
    { documentId: 'a', eventId: 'ev1', type: 'Battles', trigger: 'clashes', date: '2024-01-21', publishedAt: '2024-01-22' },
    { documentId: 'a', eventId: 'ev2', type: 'Protests', trigger: 'rally', date: 'PAST_REF', publishedAt: '2024-01-22T08:00:00Z' },
    { documentId: 'b', eventId: 'ev3', type: 'Riots', trigger: 'riot' },
  ];
  const items = timelineItems(events, [quote('a', 1, '2024-01-21', 'Wire')]);
  assert.deepEqual(items.map((i) => [i.when, i.kind, i.dated]), [['2024-01-21', 'event', true], ['2024-01-21', 'quote', false], ['2024-01-22', 'event', false]]);
  assert.equal(dayNumber('2024-01-02') - dayNumber('2024-01'), 1);
  assert.ok(Number.isNaN(dayNumber('PAST_REF')));
  assert.equal(shortDate('2024-05-15T08:40:00+04:00'), '2024-05-15');
});

test('map places: events at one place form one point, events without coordinates are left off', () => {
  const hit = (eventId: string, place: string | undefined, lat?: number, lon?: number): EventPlaceHit => ({
    documentId: 'd', eventId, type: 'Explosions/Remote violence', trigger: 'strike', ...(place ? { place } : {}), ...(lat !== undefined ? { lat } : {}), ...(lon !== undefined ? { lon } : {}),
  });
  const clusters = clusterPlaces([hit('1', 'Kharkiv', 49.98, 36.25), hit('2', 'Kharkiv', 50.04, 36.23), hit('3', 'Donetsk', 48.0, 37.8), hit('4', 'Nowhere'), hit('5', 'Paris', 48.85, 2.35), hit('6', 'Paris', 33.66, -95.56)]);
  assert.deepEqual(clusters.map((c) => [c.place, c.events.length]), [['Kharkiv', 2], ['Donetsk', 1], ['Paris', 1], ['Paris', 1]]);
  assert.equal(eventTypeClass('Protests'), 'et-protests');
  assert.equal(eventTypeClass('something else'), 'et-other');
});

test('crowd sizes read one per claimant, the figure as written, the outlet\'s own voice named as such', () => {
  assert.equal(crowdLine(undefined), '');
  assert.equal(crowdLine([]), '');
  assert.equal(crowdLine([
    { figure: 'more than 20,000', qualifier: 'more-than', low: 20001, peak: true, claimant: 'Organisers' },
    { figure: 'about 8,000', qualifier: 'approximately', best: 8000, claimant: 'police' },
    { figure: 'thousands', qualifier: 'vague', claimant: 'outlet' },
  ]), "crowd of more than 20,000 at its peak (per Organisers) · crowd of about 8,000 (per police) · crowd of thousands (the outlet's own voice)");
});

test('an event\'s status says whose voice it is in, not a source\'s name', async () => {
  const { eventStatusText } = await import('../../web/src/corpus-groups.js');
  assert.equal(eventStatusText('asserted'), "asserted (the outlet's own voice)");
  assert.equal(eventStatusText('attributed'), 'attributed to a source');
  assert.equal(eventStatusText('denied'), 'denied');
  assert.equal(eventStatusText('something-new'), 'something-new');
  assert.equal(eventStatusText(undefined), '');
});
