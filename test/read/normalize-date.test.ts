/** Publication dates to ISO 8601, keeping the local time and offset where they are given. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../src/read/normalize-date.js';

test('dates in the forms pages and records use', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['2024-05-15', '2024-05-15'],
    ['2024-05-15T08:40:00+04:00', '2024-05-15T08:40:00+04:00'],
    ['2024-05-15T08:40Z', '2024-05-15T08:40:00Z'],
    ['2024-05-15 08:40:00', '2024-05-15T08:40:00'],
    ['2024-05-15T08:40:00.123+0400', '2024-05-15T08:40:00.123+04:00'],
    ['Wed, 15 May 2024 08:40:00 +0400', '2024-05-15T08:40:00+04:00'],
    ['Wed, 15 May 2024 23:10:00 GMT', '2024-05-15T23:10:00Z'],
    ['15 May 2024 08:40 EDT', '2024-05-15T08:40:00-04:00'],
    ['May 15, 2024', '2024-05-15'],
    [1715750400, '2024-05-15T05:20:00.000Z'],
    [1715750400000, '2024-05-15T05:20:00.000Z'],
    ['2024-02-30', undefined],
    ['last Tuesday', undefined],
    ['May 15', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeDate(input), expected, String(input));
});
