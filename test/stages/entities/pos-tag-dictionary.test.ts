/** The POS tag dictionary: frequent words take one tag without scoring, in ordinary cased text only. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../src/data/paths.js';
import { decodeModel } from '../../../src/stages/pos/model-file.js';
import { describeWords } from '../../../src/stages/pos/describe-words.js';
import { buildTagDictionary, readTagDictionaryFile } from '../../../src/stages/pos/tag-dictionary.js';
import { posModel, preparePosModel, tagIds, tagWords } from '../../../src/stages/pos/tag-pos.js';
import { createPosStage, posStage } from '../../../src/stages/pos/index.js';
import { analyze } from '../../../src/analyze.js';
import { createPipeline } from '../../../src/pipeline/create-pipeline.js';
import type { Stage } from '../../../src/pipeline/stage.js';
import { structureStage } from '../../../src/stages/structure/index.js';

test('a word enters the dictionary when seen often enough with one tag often enough, and accepted', () => {
  const sentences = [
    ...Array.from({ length: 10 }, () => ({ words: ['the', 'cut', 'works'], tags: ['DT', 'NN', 'VBZ'] })),
    { words: ['they', 'cut', 'it'], tags: ['PRP', 'VBD', 'PRP'] },
    { words: ['THE', 'END'], tags: ['DT', 'NN'] },
  ];
  const file = buildTagDictionary(sentences, 10, 0.95, 'test', (word) => word !== 'works');
  assert.deepEqual(file.tags, { DT: ['the'] }); // "cut" 10 of 11 NN, below 0.95; "they" once; "works" refused
  assert.deepEqual(buildTagDictionary(sentences, 10, 0.9, 'test').tags, { DT: ['the'], NN: ['cut'], VBZ: ['works'] });
});

test('POS: dictionary words take their tag, in cased sentences only; other words are scored as before', () => {
  const loaded = (): ReturnType<typeof decodeModel> => decodeModel(readFileSync(dataFile('models', 'pos.bin.gz')));
  const file = readTagDictionaryFile();
  const classes = loaded().header.classes;
  const withDictionary = preparePosModel(loaded(), file);
  const without = preparePosModel(loaded(), null);
  const tagOf = new Map(Object.entries(file.tags).flatMap(([tag, words]) => words.map((w) => [w, tag] as const)));
  const words = 'The talks in Geneva were postponed after the two delegations said they could not agree on an agenda .'.split(' ');
  const tags = Array.from(tagIds(describeWords(words), withDictionary), (id) => classes[id]!);
  let fixed = 0;
  words.forEach((w, i) => {
    const want = tagOf.get(w);
    if (want !== undefined) { assert.equal(tags[i], want, w); fixed++; }
  });
  assert.ok(fixed >= words.length / 3, `${fixed} of ${words.length} words in the dictionary`);
  const lower = describeWords(words.map((w) => w.toLowerCase()));
  assert.deepEqual(Array.from(tagIds(lower, withDictionary)), Array.from(tagIds(describeWords(words.map((w) => w.toLowerCase())), without)));
});

test('POS: the option useTagDictionary: the pipeline stage reads the dictionary, the training scripts\' stage scores every word', () => {
  // "went on to": the scored tagger reads "on" as a particle (RP), the dictionary always as IN.
  const text = 'The minister went on to say that the talks had failed.';
  const tagsOf = (stage: Stage): string[] => (analyze(text, { pipeline: createPipeline([structureStage, stage]) }).layers.tokens ?? []).map((t) => t.pos!);
  const withDictionary = tagsOf(posStage);
  const scored = tagsOf(createPosStage({ useTagDictionary: false }));
  const on = text.split(' ').indexOf('on');
  assert.equal(withDictionary[on], 'IN');
  assert.equal(scored[on], 'RP');
  assert.deepEqual(withDictionary.filter((_, i) => i !== on), scored.filter((_, i) => i !== on));
  // The scored stage is the model without a dictionary; the two share one loaded model and its caches.
  const bare = preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))), null);
  const words = [...text.split(' ').slice(0, -1), 'failed', '.'];
  assert.deepEqual(tagWords(words, { useTagDictionary: false }), Array.from(tagIds(describeWords(words), bare), (id) => bare.header.classes[id]!));
  assert.deepEqual(tagWords(words, { useTagDictionary: false }), scored);
  assert.equal(posModel({ useTagDictionary: false }).cache, posModel({ useTagDictionary: true }).cache);
});
