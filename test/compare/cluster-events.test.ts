/** Clustering index rows: type family, place within a radius, overlapping dates; no store needed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterCandidates, selectCandidates } from '../../src/corpus/compare/cluster-events.js';
import { daysOverlap, eventDays, isoDay, timexRange } from '../../src/corpus/compare/event-interval.js';
import { distanceKm, resolvePlace } from '../../src/corpus/compare/resolve-place.js';
import { partyOf } from '../../src/corpus/compare/resolve-party.js';
import type { EventHit } from '../../src/store/types.js';

let n = 0;
function hit(fields: Partial<EventHit> & { place?: string }): EventHit {
  n++;
  return { documentId: `d${n}`, eventId: 'ev1', type: 'Explosions/Remote violence', trigger: 'shelling', publishedAt: '2024-03-12', outlet: `Outlet ${n}`, ...fields };
}

test('TIMEX3 values become day ranges; undated events take the days before publication', () => {
  const range = (v: string) => { const r = timexRange(v)!; return [isoDay(r.from), isoDay(r.to)]; };
  assert.deepEqual(range('2024-03-12'), ['2024-03-12', '2024-03-12']);
  assert.deepEqual(range('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(range('2024-W11'), ['2024-03-11', '2024-03-17']);
  assert.equal(timexRange('PRESENT_REF'), undefined);
  const undated = eventDays(undefined, '2024-03-12T08:00:00Z')!;
  assert.deepEqual([isoDay(undated.from), isoDay(undated.to), undated.own], ['2024-03-10', '2024-03-12', false]);
  // A date after publication is a misread: the publication decides.
  assert.equal(eventDays('2024-03-20', '2024-03-12')!.own, false);
  assert.ok(daysOverlap({ from: 10, to: 10 }, { from: 11, to: 11 }));
  assert.ok(!daysOverlap({ from: 10, to: 10 }, { from: 12, to: 12 }));
});

test('the same place in one type family on overlapping days is one cluster; other types, days and places are not', () => {
  const rows = [
    hit({ place: 'Horlivka', date: '2024-03-12' }),
    hit({ place: 'Horlivka', type: 'Violence against civilians' }),
    hit({ place: 'Horlivka', date: '2024-03-13', publishedAt: '2024-03-13' }),
    hit({ place: 'Horlivka', type: 'Protests' }),
    hit({ place: 'Horlivka', date: '2024-02-02', publishedAt: '2024-02-02' }),
    hit({ place: 'Kharkiv', date: '2024-03-12' }),
    hit({ date: '2024-03-12' }),
    hit({ place: 'Ukraine', date: '2024-03-12' }),
  ];
  const { candidates, unplaced } = selectCandidates(rows, { radiusKm: 25 });
  assert.equal(unplaced, 2, 'no place, and a country, are too vague to match');
  const clusters = clusterCandidates(candidates, 25).map((c) => c.map((m) => m.hit.documentId).sort());
  assert.deepEqual(clusters.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!)), [['d1', 'd2', 'd3'], ['d4'], ['d5'], ['d6']]);
});

test('nearby places join within the radius, by coordinates', () => {
  const donetsk = resolvePlace('Donetsk')!;
  const makiivka = resolvePlace('Makiivka')!;
  const horlivka = resolvePlace('Gorlovka')!;
  assert.equal(horlivka.name, 'Horlivka');
  assert.ok(distanceKm(donetsk, makiivka) < 25 && distanceKm(donetsk, horlivka) > 25);
  const rows = [hit({ place: 'Donetsk', date: '2024-01-21' }), hit({ place: 'Makiivka', date: '2024-01-21' }), hit({ place: 'Horlivka', date: '2024-01-21' })];
  const sizes = (km: number) => clusterCandidates(selectCandidates(rows, { radiusKm: km }).candidates, km).map((c) => c.length).sort();
  assert.deepEqual(sizes(25), [1, 2]);
  assert.deepEqual(sizes(60), [3]);
  const near = selectCandidates(rows, { radiusKm: 25, place: { name: 'Donetsk', where: donetsk } }).candidates.map((c) => c.hit.place);
  assert.deepEqual(near, ['Donetsk', 'Makiivka']);
});

test('the query range keeps events whose days overlap it', () => {
  const rows = [hit({ place: 'Horlivka', date: '2024-03-12' }), hit({ place: 'Horlivka', date: '2024-03-01', publishedAt: '2024-03-02' })];
  const from = timexRange('2024-03-10')!.from;
  const kept = selectCandidates(rows, { radiusKm: 25, from, to: from + 5 }).candidates;
  assert.deepEqual(kept.map((c) => c.hit.date), ['2024-03-12']);
});

test('parties: demonyms, capitals and country names point to one country', () => {
  assert.equal(partyOf('Ukrainian forces'), 'Ukraine');
  assert.equal(partyOf('the Kiev regime'), 'Ukraine');
  assert.equal(partyOf("Ukraine's General Staff"), 'Ukraine');
  assert.equal(partyOf('Russian-installed officials'), 'Russia');
  assert.equal(partyOf('unidentified gunmen'), undefined);
  assert.equal(partyOf('Tuesday'), undefined);
});

test('daily events at one place do not chain into one long event', () => {
  const rows = Array.from({ length: 10 }, (_, i) => hit({ place: 'Donetsk', publishedAt: `2024-01-${String(10 + i).padStart(2, '0')}` }));
  const clusters = clusterCandidates(selectCandidates(rows, { radiusKm: 25 }).candidates, 25);
  assert.ok(clusters.length >= 3, `expected several clusters, found ${clusters.length}`);
  for (const cluster of clusters) {
    const days = cluster.map((c) => c.days.to);
    assert.ok(Math.max(...days) - Math.min(...days) <= 3, `a cluster spans ${Math.max(...days) - Math.min(...days)} days`);
  }
});

test('stored coordinates place an event where its article meant: a suburb joins the town, namesakes far apart stay apart', () => {
  const donetsk = resolvePlace('Donetsk')!;
  // An invented suburb name: the gazetteer cannot read it, so only the stored coordinates place it.
  assert.equal(resolvePlace('Millbrook Heights'), undefined);
  const suburb = { place: 'Millbrook Heights', date: '2024-01-21', lat: donetsk.lat + 0.05, lon: donetsk.lon + 0.05, placePrecision: 'site', placeCountry: 'UA' };
  const inTown = hit({ place: 'Donetsk', date: '2024-01-21' });
  const sizes = (rows: EventHit[]) => clusterCandidates(selectCandidates(rows, { radiusKm: 25 }).candidates, 25).map((c) => c.length).sort();
  assert.deepEqual(sizes([inTown, hit(suburb)]), [2]);
  const { lat: _lat, lon: _lon, ...unplacedSuburb } = suburb;
  assert.deepEqual(sizes([inTown, hit(unplacedSuburb)]), [1, 1], 'without coordinates the name alone decides');
  const near = selectCandidates([inTown, hit(suburb)], { radiusKm: 25, place: { name: 'Donetsk', where: donetsk } }).candidates.map((c) => c.hit.place);
  assert.deepEqual(near, ['Donetsk', 'Millbrook Heights']);
  const ukraine = resolvePlace('Ukraine')!;
  assert.equal(ukraine.precision, 'country');
  assert.equal(selectCandidates([hit(suburb)], { radiusKm: 25, place: { name: 'Ukraine', where: ukraine } }).candidates.length, 1, 'its stored country counts');
  // Two articles' "Oak Ridge" resolved to places 400 km apart are two places, though the name is one.
  const west = hit({ place: 'Oak Ridge', date: '2024-01-21', lat: 48.0, lon: 33.0, placePrecision: 'town' });
  const east = hit({ place: 'Oak Ridge', date: '2024-01-21', lat: 48.0, lon: 38.4, placePrecision: 'town' });
  const same = hit({ place: 'Oak Ridge', date: '2024-01-21', lat: 48.0, lon: 38.4, placePrecision: 'town' });
  assert.deepEqual(sizes([west, east, same]), [1, 2]);
  const { lat: _a, lon: _b, ...byName } = west;
  assert.deepEqual(sizes([hit(byName), hit(byName)]), [2], 'rows without coordinates still match by the same name');
});

test('a stored country-level place is too vague to match, like a country name', () => {
  const vague = hit({ place: 'Eastland', date: '2024-01-21', lat: 49, lon: 32, placePrecision: 'country', placeCountry: 'UA' });
  assert.deepEqual(selectCandidates([vague], { radiusKm: 25 }), { candidates: [], unplaced: 1 });
});
