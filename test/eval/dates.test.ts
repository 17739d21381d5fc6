/** eval dates: the TimeML reader, the TempEval-3 scorer, and the behaviour check on the shared example. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { parseTimeMl } from '../../src/eval/dates/read-timeml.js';
import { countTimexes, timexMetrics } from '../../src/eval/dates/score-timex.js';
import { datesTask } from '../../src/eval/dates/index.js';

test('parseTimeMl: offsets into the tag-free, entity-decoded TEXT, and the DCT', () => {
  const tml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04">May 4</TIMEX3></DCT>
<TEXT>Q&amp;A on <TIMEX3 tid="t1" type="DATE" value="2020-05-01">Friday</TIMEX3>: <EVENT eid="e1">rain</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>`;
  const doc = parseTimeMl(tml, 'x');
  assert.equal(doc.dct, '2020-05-04');
  assert.equal(doc.text, 'Q&A on Friday: rain for two days.');
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]), [['Friday', 'DATE', '2020-05-01'], ['two days', 'DURATION', 'P2D']]);
});

test('scores: strict needs the same offsets, relaxed an overlap, value and type a relaxed match', () => {
  const gold = [{ start: 0, end: 6, type: 'DATE', value: '2020' }, { start: 10, end: 20, type: 'DURATION', value: 'P2D' }];
  const predicted = [{ start: 0, end: 6, type: 'DATE', value: '2020' }, { start: 12, end: 20, type: 'DATE', value: 'P2D' }, { start: 30, end: 33, type: 'DATE', value: 'X' }];
  const c = countTimexes(predicted, gold);
  assert.deepEqual(c, { predicted: 3, gold: 2, strict: 1, relaxed: 2, value: 2, type: 1 });
  const m = timexMetrics(c);
  assert.equal(m['value.precision'], 2 / 3);
  assert.equal(m['value.recall'], 1);
  assert.equal(m['extent.strict.f1'], (2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
});

const example = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14', 'gold', 'dates');

test('behaviour check: every time expression of the example article gets its value', { skip: !existsSync(example) }, async () => {
  const result = await datesTask.run({ data: example, options: {} });
  assert.equal(result.metrics['gold.count'], 7);
  assert.equal(result.metrics['value.recall'], 1);
  assert.equal(result.metrics['value.precision'], 1);
});
