/** From an event in an article to the Compare view on it: the place and the days as a compare query. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareHref } from '../../web/src/compare-link.js';
import type { EventLocation, EventDate } from '../../src/model/layers/events.js';

const span = { start: 0, end: 4, text: 'Town' };
const town = (name: string, precision: EventLocation['precision'] = 'town'): EventLocation => ({ name, place: 'p1', precision, expression: span, rule: 'test' });
const day = (value: string, precision: EventDate['precision'] = 'day'): EventDate => ({ value, precision, expression: span });
const query = (href: string | undefined) => Object.fromEntries(new URLSearchParams(href?.split('?')[1] ?? ''));

test('a dated event at a town: that day at that place', () => {
  const href = compareHref({ location: town('Horlivka'), date: day('2024-03-12') }, '2024-03-13');
  assert.ok(href?.startsWith('#/compare?'), href);
  assert.deepEqual(query(href), { place: 'Horlivka', from: '2024-03-12', to: '2024-03-12' });
});

test('an undated (or vaguely dated) event: the two days before publication, through it', () => {
  assert.deepEqual(query(compareHref({ location: town('Kharkiv') }, '2024-03-01T08:00:00Z')), { place: 'Kharkiv', from: '2024-02-28', to: '2024-03-01' });
  assert.deepEqual(query(compareHref({ location: town('Kharkiv'), date: day('2024-03', 'month') }, '2024-03-20')), { place: 'Kharkiv', from: '2024-03-18', to: '2024-03-20' });
});

test('no link where compare could not match the event: no place, a country, or no day at all', () => {
  assert.equal(compareHref({ date: day('2024-03-12') }, '2024-03-13'), undefined);
  assert.equal(compareHref({ location: town('Ukraine', 'country'), date: day('2024-03-12') }, '2024-03-13'), undefined);
  assert.equal(compareHref({ location: town('Horlivka') }, undefined), undefined);
});

test('a place name with markup or an ampersand stays one query value', () => {
  assert.deepEqual(query(compareHref({ location: town('A&B <i>'), date: day('2024-03-12') }, undefined)), { place: 'A&B <i>', from: '2024-03-12', to: '2024-03-12' });
});
