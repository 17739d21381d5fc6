/** Search snippets mark the query's words as the index matches them; excluded words and OR are not marked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markSnippet, matchRanges, queryStems } from '../../web/src/snippet-marks.js';

const marked = (snippet: string, q: string): string[] => markSnippet(snippet, queryStems(q)).filter((p) => p.match).map((p) => p.text);

test('the query\'s words are marked by their first letters, like the stemmed index', () => {
  assert.deepEqual(marked('Ukrainian forces shelled the market; the shelling went on.', 'shelling'), ['shelled', 'shelling']);
  assert.deepEqual(marked('Shelling hit the Market in Donetsk.', 'market shelling'), ['Shelling', 'Market']);
  assert.deepEqual(marked('an air defence unit', '"air defence"'), ['air', 'defence']);
});

test('excluded words and OR are not marked; no query marks nothing', () => {
  assert.deepEqual(marked('market drill at the market', 'market -drill'), ['market', 'market']);
  assert.deepEqual(marked('bridge or market', 'bridge OR market'), ['bridge', 'market']);
  assert.deepEqual(markSnippet('plain text', queryStems('')), [{ text: 'plain text', match: false }]);
});

test('the pieces put back together are the snippet, markup included as characters', () => {
  const snippet = '… <img src=x onerror=alert(1)> shelling & "quotes" …';
  assert.equal(markSnippet(snippet, queryStems('shelling')).map((p) => p.text).join(''), snippet);
  assert.deepEqual(marked(snippet, 'img'), ['img'], 'a piece is characters, never markup');
});

test('in a whole article, the searched words are found by their offsets, as the snippet marks them', () => {
  const text = 'Shelling hit the market.\n\nThe market was shelled again; "no shelter", said the mayor. -drill';
  const ranges = matchRanges(text, queryStems('shelling market -drill'));
  assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['Shelling', 'market', 'market', 'shelled']);
  assert.ok(!ranges.some((r) => text.slice(r.start, r.end) === 'shelter'), 'a stem of 5 letters: "shell" does not reach "shelter"');
  assert.deepEqual(matchRanges(text, queryStems('')), []);
  assert.deepEqual(matchRanges(text, queryStems('drill')).map((r) => text.slice(r.start, r.end)), ['drill']);
});
