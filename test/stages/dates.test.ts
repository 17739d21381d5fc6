/** The dates stage: calendar arithmetic, resolution rules and messages beyond what the fixtures show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { structureStage } from '../../src/stages/structure/index.js';
import { datesStage } from '../../src/stages/dates/index.js';
import { addDays, easter, isoWeek, thanksgiving, weekdayOf } from '../../src/stages/dates/calendar.js';
import { compilePattern, timePatterns } from '../../src/stages/dates/time-patterns.js';
import { formatPoint, shiftPoint } from '../../src/stages/dates/time-point.js';

// Only the stages the dates stage needs, so other stages' state cannot hide or cause a failure here.
const pipeline = createPipeline([structureStage, datesStage]);
const datesOf = (text: string, publishedAt?: string) => analyze(text, { meta: publishedAt ? { publishedAt } : {}, pipeline });

test('calendar: ISO weekdays and weeks, Easter, Thanksgiving', () => {
  assert.equal(weekdayOf({ year: 2022, month: 6, day: 14 }), 2);
  assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek({ year: 2022, month: 6, day: 14 }), { year: 2022, week: 24 });
  assert.deepEqual(easter(2024), { year: 2024, month: 3, day: 31 });
  assert.deepEqual(thanksgiving(2023), { year: 2023, month: 11, day: 23 });
  assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
});

test('time points shift across year boundaries at their own granularity', () => {
  assert.equal(formatPoint(shiftPoint({ gran: 'Q', year: 2022, quarter: 1 }, -1)), '2021-Q4');
  assert.equal(formatPoint(shiftPoint({ gran: 'M', year: 2022, month: 1 }, -1)), '2021-12');
  assert.equal(formatPoint(shiftPoint({ gran: 'W', year: 2021, week: 1 }, -1)), '2020-W53');
  assert.equal(formatPoint({ gran: 'M', month: 2 }), 'XXXX-02');
});

test('every time pattern compiles; unknown class names are configuration errors', () => {
  assert.ok(timePatterns().length > 10);
  assert.throws(() => compilePattern('MONTH NOT_A_CLASS', {}), /NOT_A_CLASS/);
});

test('W_DATE_UNRESOLVED is reported once when relative dates meet no publication date, and never with one', () => {
  const text = 'They met yesterday, again on Monday and last week.';
  const without = datesOf(text);
  assert.equal(without.messages.filter((m) => m.code === 'W_DATE_UNRESOLVED').length, 1);
  assert.ok(without.layers.dates!.every((d) => d.value.includes('X')));
  const withDate = datesOf(text, '2022-06-14');
  assert.equal(withDate.messages.filter((m) => m.code === 'W_DATE_UNRESOLVED').length, 0);
  assert.deepEqual(withDate.layers.dates!.map((d) => d.value), ['2022-06-13', '2022-06-13', '2022-W23']);
});

test('relative units: last/next/this week, month, year; ago and earlier', () => {
  const doc = datesOf('Last month prices rose; next year they may fall. This week two days ago a deal was signed, and a year earlier another.', '2022-06-14');
  assert.deepEqual(
    doc.layers.dates!.map((d) => [d.text, d.value]),
    [['Last month', '2022-05'], ['next year', '2023'], ['This week', '2022-W24'], ['two days ago', '2022-06-12'], ['a year earlier', '2021']],
  );
});

test('decades, centuries, quarters, seasons and durations get TIMEX3 values', () => {
  const doc = datesOf('In the 1990s and the 19th century, profits in the third quarter of 2021 and last summer fell for two weeks, every month.', '2022-06-14');
  const byText = Object.fromEntries(doc.layers.dates!.map((d) => [d.text, `${d.type} ${d.value}`]));
  assert.equal(byText['the 1990s'], 'DATE 199');
  assert.equal(byText['the 19th century'], 'DATE 18');
  assert.equal(byText['the third quarter of 2021'], 'DATE 2021-Q3');
  assert.equal(byText['last summer'], 'DATE 2021-SU');
  assert.equal(byText['two weeks'], 'DURATION P2W');
  assert.equal(byText['every month'], 'SET P1M');
});

test('"May" the month and "May" the name or verb', () => {
  const doc = datesOf('Prime Minister Theresa May said talks may resume in May. May we ask?', '2019-02-01');
  assert.deepEqual(doc.layers.dates!.map((d) => [d.text, d.value]), [['May', '2019-05']]);
});

test('random strings of time words never throw and always give valid, ordered layers', () => {
  const words = ['the', 'last', 'next', 'this', 'past', 'two', 'a', 'few', 'week', 'weeks', 'year', 'quarter', 'third', 'first', 'half', 'of', '1990', '1990s', "'s", 'late', 'mid-', 'end', 'May', 'March', 'Monday', 'night', 'ago', 'earlier', 'later', 'before', ',', 'at', '5', 'p.m.', 'GMT', '2330', 'every', 'daily', 'since', 'until', 'fiscal', 'year-ago', 'period', 'Christmas', 'spring', 'fall', 'now', 'about', 'more', 'than', 'old', '-', '10:30', '2022-06-14', '.'];
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let n = 0; n < 300; n++) {
    const text = Array.from({ length: 3 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (const publishedAt of ['2022-06-14', undefined]) {
      const doc = datesOf(text, publishedAt);
      assert.equal(doc.status, 'ok', `${text}: ${JSON.stringify(doc.messages)}`);
      const dates = doc.layers.dates!;
      for (let i = 0; i < dates.length; i++) {
        assert.equal(text.slice(dates[i]!.start, dates[i]!.end), dates[i]!.text);
        assert.ok(dates[i]!.value.length > 0);
        if (i > 0) assert.ok(dates[i - 1]!.end <= dates[i]!.start, `overlap in ${text}`);
      }
    }
  }
});
