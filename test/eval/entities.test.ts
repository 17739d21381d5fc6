/** `eval entities`: CoNLL reading (IOB1 or IOB2, with or without -DOCSTART-), conlleval scoring, predictions file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll, toIob2 } from '../../src/eval/entities/read-conll.js';
import { labelIds, scoreConll } from '../../src/eval/entities/score-conll.js';
import { entitiesTask } from '../../src/eval/entities/index.js';

// Our own sentences, in the CoNLL-2003 layout with IOB1 tags and document marks.
const IOB1 = `-DOCSTART- -X- -X- O

Maria NNP B-NP I-PER
Lindqvist NNP I-NP I-PER
visited VBD B-VP O
Gothenburg NNP B-NP I-LOC
on IN B-PP O
Monday NNP B-NP O
. . O O

The DT B-NP O
Swedish JJ I-NP I-MISC
Transport NNP I-NP I-ORG
Agency NNP I-NP I-ORG
agreed VBD B-VP O
. . O O
`;

test('toIob2 turns IOB1 into IOB2 and leaves IOB2 alone', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  assert.deepEqual(toIob2(['B-PER', 'I-PER', 'B-PER']), ['B-PER', 'I-PER', 'B-PER']);
});

test('readConll skips document marks and keeps every line for the predictions', () => {
  const file = readConll(IOB1);
  assert.equal(file.documents, 1);
  assert.equal(file.sentences.length, 2);
  assert.deepEqual(file.sentences[0]!.words.slice(0, 2), ['Maria', 'Lindqvist']);
  assert.equal(file.lines.filter((l) => l !== null).length, 14);
});

test('conlleval counts an entity only with both boundaries and the type', () => {
  const gold = [labelIds(['B-PER', 'I-PER', 'O', 'B-LOC']), labelIds(['B-ORG', 'I-ORG', 'O'])];
  const predicted = [labelIds(['B-PER', 'O', 'O', 'B-LOC']), labelIds(['B-LOC', 'I-LOC', 'O'])];
  const { metrics, confusions } = scoreConll(gold, predicted);
  // Only the LOC matches: 1 of 3 gold, 1 of 3 predicted.
  assert.equal(metrics.recall, 1 / 3);
  assert.equal(metrics.precision, 1 / 3);
  assert.equal(metrics['LOC.recall'], 1);
  assert.equal(metrics['LOC.precision'], 1 / 2);
  assert.equal(confusions.PER?.boundary, 1);
  assert.equal(confusions.ORG?.LOC, 1);
});

test('the task writes the input lines with an IOB2 tag appended and scores them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-ner-'));
  const data = join(dir, 'mini.conll');
  const out = join(dir, 'pred.conll');
  writeFileSync(data, IOB1);
  const result = await entitiesTask.run({ data, predictions: out, options: {} });
  for (const key of ['f1', 'precision', 'recall', 'PER.f1', 'ORG.f1', 'LOC.f1', 'MISC.f1']) assert.equal(typeof result.metrics[key], 'number', key);
  const lines = readFileSync(out, 'utf8').split('\n');
  const input = IOB1.split('\n');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '') assert.equal(lines[i], '');
    else {
      assert.ok(lines[i]!.startsWith(`${input[i]} `), lines[i]);
      assert.match(lines[i]!.slice(input[i]!.length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
  }
  // The person and the city are easy: the tagger must find them.
  assert.equal(lines[2]!.split(' ').pop(), 'B-PER');
  assert.equal(lines[5]!.split(' ').pop(), 'B-LOC');
  assert.ok(result.metrics.f1! > 0.5);
});
