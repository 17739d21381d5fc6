/** The attribution scorer, brat reading/writing, and `eval quotes` end to end on a folder we write. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { readBrat } from '../../src/eval/quotes/read-brat.js';
import { writeBrat } from '../../src/eval/quotes/write-brat.js';
import { addDocument, emptyCounts, metricsOf } from '../../src/eval/quotes/score-attributions.js';
import { quotesTask } from '../../src/eval/quotes/index.js';
import { quotesToBrat } from '../../src/eval/quotes/to-brat.js';
import { analyze } from '../../src/analyze.js';

const TEXT = 'The mayor said the bridge was closed. “It will reopen soon,” she added.';

test('readBrat reads T and E lines, discontinuous spans and shared sources', () => {
  const ann = ['T1\tSource 0 9\tThe mayor', 'T2\tCue 10 14\tsaid', 'T3\tContent 15 36\tthe bridge was closed', 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1', 'T4\tCue 63 68;69 70\tadded x', 'T5\tContent 38 59\t“It will reopen soon,”', 'E2\tAttribution:T4 Content:T5 Cue:T4 Source:T1', 'T6\tDiscuss 0 3\tThe'].join('\n');
  const a = readBrat(ann);
  assert.equal(a.length, 2);
  assert.deepEqual(a[0]!.source, [{ start: 0, end: 9 }]);
  assert.deepEqual(a[1]!.cue, [{ start: 63, end: 68 }, { start: 69, end: 70 }]);
  assert.deepEqual(a[1]!.source, a[0]!.source);
});

test('writeBrat round-trips through readBrat and writes a shared source once', () => {
  const attributions = [
    { source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 36 }] },
    { source: [{ start: 0, end: 9 }], cue: [{ start: 63, end: 68 }], content: [{ start: 38, end: 59 }, { start: 69, end: 72 }] },
  ];
  const ann = writeBrat(TEXT, attributions);
  assert.equal(ann.split('\n').filter((l) => l.startsWith('T') && l.includes('Source')).length, 1);
  assert.match(ann, /Content 38 59;69 72/);
  assert.deepEqual(readBrat(ann), attributions);
});

test('quotesToBrat: a nested quote inside its parent content is left out; a citing aside outside it is written the PolNeAR way round', () => {
  const text = 'The agency reported, citing two officials, that the port was closed. Peskov said that Putin had said that talks would go on.';
  const doc = analyze(text);
  const quotes = doc.layers.quotes ?? [];
  const span = (a: { start: number; end: number }[]) => a.map((f) => text.slice(f.start, f.end)).join(' … ');
  const written = quotesToBrat(quotes, false).map((a) => [span(a.source), span(a.cue), span(a.content)]);
  // The stage chains the citing cue under "reported" (source: the officials); PolNeAR: the agency cites the officials.
  assert.ok(quotes.some((q) => q.parent && q.cue && text.slice(q.cue.start, q.cue.end) === 'citing'));
  assert.deepEqual(written.find((w) => w[1] === 'citing'), ['The agency', 'citing', 'two officials']);
  assert.ok(written.some((w) => w[1] === 'reported'));
  // "Putin had said" stands in Peskov's content: only the outer one is written unless nested ones are asked for.
  assert.ok(!written.some((w) => w[0] === 'Putin'));
  assert.ok(quotesToBrat(quotes, true).length > quotesToBrat(quotes, false).length);
});

test('scores: exact, overlap and character F1 per role, attribution overlap', () => {
  const gold = [{ source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 36 }] }];
  const predicted = [
    { source: [{ start: 4, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 36 }] },
    { source: [], cue: [{ start: 63, end: 68 }], content: [{ start: 38, end: 59 }] },
  ];
  const counts = emptyCounts();
  addDocument(counts, gold, predicted);
  const m = metricsOf(counts);
  assert.equal(m['source.exact.f1'], 0);
  assert.equal(m['source.overlap.f1'], 1);
  assert.equal(m['cue.exact.precision'], 0.5);
  assert.equal(m['cue.exact.recall'], 1);
  assert.equal(m['content.overlap.precision'], 0.5);
  assert.equal(m['source.char.precision'], 1);
  assert.ok(Math.abs(m['source.char.recall']! - 5 / 9) < 1e-9);
  assert.equal(m['attribution.overlap.precision'], 0.5);
  assert.equal(m['attribution.overlap.recall'], 1);
});

test('an attribution needs the source to overlap where gold has one', () => {
  const gold = [{ source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 36 }] }];
  const counts = emptyCounts();
  addDocument(counts, gold, [{ source: [{ start: 38, end: 40 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 36 }] }]);
  assert.equal(metricsOf(counts)['attribution.overlap.f1'], 0);
});

test('eval quotes runs on a PolNeAR-style folder, takes the first annotator as gold, writes brat per article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-quotes-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'wire_2020-01-02_bridge.txt'), TEXT);
  writeFileSync(join(dir, 'attributions', 'wire_2020-01-02_bridge_aaaa.ann'), 'T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 36\tthe bridge was closed\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n');
  writeFileSync(join(dir, 'attributions', 'wire_2020-01-02_bridge_bbbb.ann'), '');
  writeFileSync(join(dir, 'metadata.tsv'), 'compartment\tfilename\tpublisher\tpublication_date\ndev\twire_2020-01-02_bridge\twire\t2020-01-02\n');
  const out = join(dir, 'out');
  const result = await quotesTask.run({ data: dir, predictions: out, options: {} });
  assert.equal(result.documents, 1);
  assert.equal(result.metrics['attribution.gold'], 1);
  assert.equal(result.metrics['cue.overlap.recall'], 1, 'the gold "said" is found');
  assert.ok(result.breakdown?.wire);
  const written = readBrat(readFileSync(join(out, 'wire_2020-01-02_bridge.ann'), 'utf8'));
  assert.ok(written.length >= 2, 'both attributions are written');
});

const EXAMPLE = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14', 'gold', 'quotes');
test('eval quotes on the example article gold, nested attributions included', { skip: !existsSync(EXAMPLE) && 'no ../shared/examples' }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'newslens-quotes-example-'));
  const result = await quotesTask.run({ data: EXAMPLE, predictions: out, options: { metadata: join(EXAMPLE, 'metadata.tsv'), nested: true } });
  assert.equal(result.metrics['attribution.gold'], 11);
  assert.equal(result.metrics['attribution.overlap.recall'], 1);
  assert.equal(readdirSync(out).length, 1);
});
