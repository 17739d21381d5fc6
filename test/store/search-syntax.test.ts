/** The user query syntax, its translations, facets, exports and the progress line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameToFts5, nameToTsquery, parseSearchQuery, toFts5, toTsquery } from '../../src/store/search-syntax.js';
import { facetMatch, facetTokens } from '../../src/store/facets.js';
import { normalizeDate, upperBound } from '../../src/store/filters.js';
import { csvCell, toCsv } from '../../src/corpus/export.js';
import { renderProgress } from '../../src/corpus/progress-bar.js';

test('parses words, phrases, OR and exclusions; anything else separates words', () => {
  assert.deepEqual(parseSearchQuery('shelling "central market" -drill'), { groups: [[{ words: ['shelling'] }], [{ words: ['central', 'market'] }]], exclude: [{ words: ['drill'] }] });
  assert.deepEqual(parseSearchQuery('strike OR shelling kyiv')?.groups, [[{ words: ['strike'] }, { words: ['shelling'] }], [{ words: ['kyiv'] }]]);
  assert.deepEqual(parseSearchQuery('NEAR(a* b):c ^d')?.groups.map((g) => g[0]!.words), [['near', 'a'], ['b', 'c'], ['d']]);
  assert.equal(parseSearchQuery('-only -exclusions'), undefined);
  assert.equal(parseSearchQuery('*** ()'), undefined);
  assert.equal(parseSearchQuery('OR'), undefined);
});

test('engine expressions are built from words only', () => {
  const parsed = parseSearchQuery('"a b" OR c -"d e" \'; DROP TABLE x; --')!;
  assert.equal(toFts5(parsed), '(("a b" OR "c") AND "drop" AND "table" AND "x") NOT ("d e")');
  assert.equal(toTsquery(parsed), '(((a <-> b) | c) & drop & table & x) & !((d <-> e))');
  assert.equal(nameToFts5('Dmitry  Peskov'), '"dmitry" AND "peskov"');
  assert.equal(nameToTsquery("O'Brien"), 'o & brien');
  assert.equal(nameToFts5('!!!'), undefined);
});

test('dates normalise to ISO and a bare end date includes its whole day, month or year', () => {
  assert.equal(normalizeDate('2024-03-05'), '2024-03-05');
  assert.equal(normalizeDate('Tue, 05 Mar 2024 08:00:00 GMT'), '2024-03-05T08:00:00.000Z');
  assert.equal(normalizeDate('not a date'), undefined);
  assert.equal(upperBound('2024-03-05'), '2024-03-06');
  assert.equal(upperBound('2024-12-31'), '2025-01-01');
  assert.equal(upperBound('2024-12'), '2025-01');
  assert.equal(upperBound('2024'), '2025');
});

test('facet filters are a necessary condition of the exact filters', () => {
  const rows = { quotes: [{ id: 'q0', speaker: 'Elena Varga', form: 'direct', content: 'x', start: 0, end: 1 }], entities: [{ id: 'e0', type: 'person', name: 'Elena Varga', names: 'Elena Varga | Varga' }], events: [{ id: 'v', type: 'Riots', trigger: 'riot' }], claims: [{ id: 'c', status: 'hedged' }], personRoles: [] };
  const tokens = new Set(facetTokens('North Wire', '2024-03-04', rows).split(' '));
  const satisfied = (expr: string): boolean => expr.split(' AND ').every((part) => part.replace(/^\(|\)$/g, '').split(' OR ').some((t) => tokens.has(t.replaceAll('"', ''))));
  for (const filters of [{ outlet: 'north wire' }, { from: '2024-01-15', to: '2024-03-04' }, { person: 'varga' }, { speaker: 'Elena Varga' }, { eventType: 'Riots' }, { claimStatus: 'hedged' }]) {
    assert.ok(satisfied(facetMatch(filters)!), JSON.stringify(filters));
  }
  assert.ok(!satisfied(facetMatch({ outlet: 'South Herald' })!));
  assert.ok(!satisfied(facetMatch({ from: '2024-04-01', to: '2024-05-01' })!));
  assert.equal(facetMatch({ from: '2024-01-01' }), undefined, 'an open range gives no facet');
  assert.equal(facetMatch({ from: '2000-01', to: '2024-01' }), undefined, 'a very wide range gives no facet');
});

test('CSV cells are quoted where needed and formulas are defused', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, "b"'), '"a, ""b"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-5 killed'), "'-5 killed");
  assert.equal(csvCell(-5), '-5');
  assert.equal(toCsv([{ a: 1, b: 'x\ny' }], ['a', 'b']), 'a,b\r\n1,"x\ny"\r\n');
});

test('the progress line shows a bar, rate and ETA when the size is known', () => {
  const line = renderProgress({ stored: 40, duplicates: 5, failed: 5, ignored: 0, bytesRead: 250, totalBytes: 1000, elapsedMs: 10_000 });
  assert.match(line, /^\[######\.{18}\]  25%/);
  assert.match(line, /50 done \(40 stored, 5 duplicate, 5 failed\)/);
  assert.match(line, /5\.0\/s/);
  assert.match(line, /ETA 30s/);
  assert.doesNotMatch(renderProgress({ stored: 1, duplicates: 0, failed: 0, ignored: 0, bytesRead: 10, totalBytes: 0, elapsedMs: 1000 }), /\[/);
});
