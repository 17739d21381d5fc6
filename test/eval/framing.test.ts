/** The SemEval-2020 Task 11 metrics, the PTC reader, and `eval framing` on a small folder of our own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeRanges, scoreSi, siRecallByTechnique } from '../../src/eval/framing/score-si.js';
import { scoreTc } from '../../src/eval/framing/score-tc.js';
import { readPtcFolder } from '../../src/eval/framing/read-ptc.js';
import { runCli } from '../cli/run-cli.js';

test('SI: overlapping spans merge, partial credit is |s∩t|/|s| for precision and |s∩t|/|t| for recall', () => {
  assert.deepEqual(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 20, end: 25 }]), [{ start: 0, end: 9 }, { start: 20, end: 25 }]);
  const gold = new Map([['a', [{ start: 0, end: 10 }, { start: 20, end: 30 }]]]);
  const s = scoreSi(new Map([['a', [{ start: 5, end: 15 }]]]), gold);
  assert.equal(s.precision, 0.5); // 5 of the 10 predicted characters are gold
  assert.equal(s.recall, 0.25); // half of one gold span, none of the other: (0.5 + 0) / 2
  assert.equal(scoreSi(new Map([['a', [{ start: 0, end: 10 }, { start: 20, end: 30 }]]]), gold).f1, 1);
  assert.equal(scoreSi(new Map(), gold).f1, 0);
  const byTechnique = siRecallByTechnique(new Map([['a', [{ start: 5, end: 15 }]]]), [
    { id: 'a', span: { start: 0, end: 10, technique: 'Doubt' } },
    { id: 'a', span: { start: 20, end: 30, technique: 'Slogans' } },
  ]);
  assert.deepEqual(byTechnique, { Doubt: { recall: 0.5, gold: 1 }, Slogans: { recall: 0, gold: 1 } });
});

test('TC: micro P/R/F1 over (span, technique), duplicates matched as a multiset', () => {
  const gold = [
    { id: 'a', span: { start: 0, end: 5, technique: 'Doubt' } },
    { id: 'a', span: { start: 0, end: 5, technique: 'Slogans' } },
    { id: 'a', span: { start: 9, end: 12, technique: 'Repetition' } },
  ];
  const predicted = [
    { id: 'a', span: { start: 0, end: 5, technique: 'Slogans' } },
    { id: 'a', span: { start: 0, end: 5, technique: 'Slogans' } },
    { id: 'a', span: { start: 9, end: 12, technique: 'Repetition' } },
  ];
  const s = scoreTc(predicted, gold);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 3);
  assert.equal(s.perTechnique.Slogans?.precision, 0.5);
  assert.equal(s.perTechnique.Doubt?.recall, 0);
});

function writeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-ptc-'));
  mkdirSync(join(dir, 'articles'));
  const a = 'Traitors everywhere!\n\nThe senator, a shameless liar, said the plan would destroy our nation. Everyone knows it.\n';
  const b = 'The council met on Tuesday.\n\nIt approved the budget for the new school year after a short debate.\n';
  writeFileSync(join(dir, 'articles', 'article900001.txt'), a);
  writeFileSync(join(dir, 'articles', 'article900002.txt'), b);
  const liar = a.indexOf('shameless liar');
  const knows = a.indexOf('Everyone knows it');
  writeFileSync(join(dir, 'task1-SI.labels'), `900001\t0\t9\n900001\t${liar}\t${liar + 14}\n900001\t${knows}\t${knows + 17}\n`);
  writeFileSync(join(dir, 'task2-TC.labels'), `900001\tName_Calling,Labeling\t0\t9\n900001\tName_Calling,Labeling\t${liar}\t${liar + 14}\n900001\tBandwagon,Reductio_ad_hitlerum\t${knows}\t${knows + 17}\n`);
  return dir;
}

test('the reader returns articles in id order with their labels', () => {
  const dir = writeFolder();
  const articles = readPtcFolder(dir);
  assert.deepEqual(articles.map((a) => [a.id, a.si.length, a.tc.length]), [['900001', 3, 3], ['900002', 0, 0]]);
  assert.equal(articles[0]!.tc[2]!.technique, 'Bandwagon,Reductio_ad_hitlerum');
});

test('eval framing writes si.labels and tc.labels and reports the metrics with both baselines', async () => {
  const dir = writeFolder();
  const out = join(dir, 'predictions');
  const result = runCli(['eval', 'framing', '--data', dir, '--predictions', out, '--json']);
  assert.equal(result.status, 0, result.stderr);
  const metrics = JSON.parse(result.stdout).metrics as Record<string, number>;
  for (const name of ['si.precision', 'si.recall', 'si.f1', 'tc.micro.precision', 'tc.micro.recall', 'tc.micro.f1', 'baseline.whole-article.si.f1', 'baseline.all-loaded-language.tc.micro.f1']) {
    assert.ok(Number.isFinite(metrics[name]), `${name} is reported`);
  }
  assert.equal(metrics['baseline.all-loaded-language.tc.micro.f1'], 0);
  const tc = readFileSync(join(out, 'tc.labels'), 'utf8').trim().split('\n');
  assert.equal(tc.length, 3, 'one technique per gold span');
  for (const line of tc) assert.match(line, /^900001\t[A-Za-z_,-]+\t\d+\t\d+$/);
  for (const line of readFileSync(join(out, 'si.labels'), 'utf8').split('\n').filter(Boolean)) assert.match(line, /^90000[12]\t\d+\t\d+$/);
});
