/** The calendar's integer arithmetic agrees with Date's, which it replaced for speed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, daysInMonth, isValidDay, weekdayOf } from '../../src/stages/dates/calendar.js';

const MS = 86_400_000;
const dateDay = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / MS);
const dateOf = (n: number): [number, number, number] => {
  const t = new Date(n * MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
};

test('addDays, daysBetween and weekdayOf give what Date gives, every day of 1599-2401 and across era edges', () => {
  let checked = 0;
  for (let n = dateDay(1599, 1, 1); n <= dateDay(2401, 12, 31); n += 1) {
    const [year, month, day] = dateOf(n);
    const d = { year, month, day };
    const shift = ((n * 7919) % 801) - 400;
    assert.deepEqual(addDays(d, shift), (([y, m, dd]) => ({ year: y, month: m, day: dd }))(dateOf(n + shift)));
    assert.equal(daysBetween({ year: 1970, month: 1, day: 1 }, d), n);
    assert.equal(weekdayOf(d), ((((n + 3) % 7) + 7) % 7) + 1);
    checked++;
  }
  assert.ok(checked > 290_000);
});

test('months and days out of range carry over as in Date.UTC; years 0-99 are read as Date.UTC reads them', () => {
  const cases: Array<[number, number, number]> = [
    [2024, 13, 1], [2024, 0, 0], [2023, -1, 31], [2024, 2, 30], [2024, 3, 0], [2024, 1, -400], [2024, 25, 800], [100, 1, 1], [99, 3, 1], [0, 1, 1], [50, 14, 3],
  ];
  for (const [y, m, d] of cases) {
    assert.equal(daysBetween({ year: 1970, month: 1, day: 1 }, { year: y, month: m, day: d }), dateDay(y, m, d), `${y}-${m}-${d}`);
    assert.deepEqual(addDays({ year: y, month: m, day: d }, 1), (([a, b, c]) => ({ year: a, month: b, day: c }))(dateOf(dateDay(y, m, d) + 1)));
  }
});

test('daysInMonth and isValidDay match Date for every month of 1599-2401 and a few odd ones', () => {
  for (let y = 1599; y <= 2401; y++) {
    for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
  for (const [y, m] of [[0, 2], [4, 2], [100, 2], [2000, 2], [1900, 2]] as const) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate());
  assert.equal(isValidDay(2024, 2, 29), true);
  assert.equal(isValidDay(2023, 2, 29), false);
  assert.equal(isValidDay(2100, 2, 29), false);
  assert.equal(isValidDay(2000, 2, 29), true);
});
