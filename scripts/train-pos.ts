/**
 * Trains the POS tagger (averaged perceptron, greedy left to right) on ../shared/data/conll2003/eng.train
 * (POS is column 2) and writes src/data/models/pos.bin.gz. Every training sentence is also seen
 * lower-cased, and every other one in capitals, so the tagger keeps working on caseless text.
 * Then reports accuracy on eng.testa as written, lower-cased and upper-cased, with the tag dictionary
 * (src/data/models/pos-tag-dictionary.json, see tag-dictionary.ts) and, as written, without it.
 * `--tag-dictionary` remakes that file from eng.train first (words seen at least --min-count times
 * with one tag at least --min-share of them); it does not depend on the weights.
 *
 * Usage: node .build/<you>/scripts/train-pos.js [--epochs 6] [--prune 0.5] [--eval-only]
 *          [--tag-dictionary [--min-count 20] [--min-share 0.98]]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { readConll } from '../src/eval/entities/read-conll.js';
import { describeWords } from '../src/stages/pos/describe-words.js';
import { MAX_POS_FEATURES, posFeatures } from '../src/stages/pos/pos-features.js';
import { PerceptronTrainer } from '../src/stages/pos/train-perceptron.js';
import { encodeModel, decodeModel } from '../src/stages/pos/model-file.js';
import { buildTagDictionary } from '../src/stages/pos/tag-dictionary.js';
import { preparePosModel, tagIds, type PosModel } from '../src/stages/pos/tag-pos.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    prune: { type: 'string', default: '0.5' },
    'eval-only': { type: 'boolean', default: false },
    'tag-dictionary': { type: 'boolean', default: false },
    'min-count': { type: 'string', default: '20' },
    'min-share': { type: 'string', default: '0.98' },
  },
});
const CONLL = join(PACKAGE_ROOT, '..', 'shared', 'data', 'conll2003');
const OUT = dataFile('models', 'pos.bin.gz');
const DICTIONARY = dataFile('models', 'pos-tag-dictionary.json');

/** Two letters or more, none of them lower-case. */
const CAPITALS = /^(?=(?:[^a-z]*[A-Z]){2})[^a-z]*$/;

interface Example { words: string[]; tags: string[] }

function load(name: string): Example[] {
  return readConll(readFileSync(join(CONLL, name), 'utf8')).sentences.map((s) => ({
    words: s.words,
    // "NN|SYM" (4 tokens) is an annotator's hesitation: keep its first tag.
    tags: s.lines.map((l) => l.columns[1]!.split('|')[0]!),
  }));
}

/** A small deterministic generator, so retraining gives the same model. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function train(examples: Example[], epochs: number): Map<number, Float32Array> & { classes?: string[] } {
  const classes = [...new Set(examples.flatMap((e) => e.tags))].sort();
  const classId = new Map(classes.map((c, i) => [c, i]));
  const augmented: Example[] = [];
  examples.forEach((e, i) => {
    augmented.push(e, { words: e.words.map((w) => w.toLowerCase()), tags: e.tags });
    if (i % 2 === 0) augmented.push({ words: e.words.map((w) => w.toUpperCase()), tags: e.tags });
  });
  const described = augmented.map((e) => ({ s: describeWords(e.words), gold: e.tags.map((t) => classId.get(t)!) }));
  const trainer = new PerceptronTrainer(classes.length);
  const keys = new Uint32Array(MAX_POS_FEATURES);
  const scores = new Float32Array(classes.length);
  const rand = random(7);
  const order = described.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const { s, gold } = described[idx]!;
      let p1 = -1;
      let p2 = -2;
      for (let i = 0; i < s.length; i++) {
        const n = posFeatures(s, i, p1, p2, keys);
        scores.fill(0);
        trainer.score(keys, n, scores);
        let guess = 0;
        for (let c = 1; c < classes.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        const truth = gold[i]!;
        if (guess !== truth) {
          trainer.update(keys, n, truth, 1);
          trainer.update(keys, n, guess, -1);
        } else correct++;
        total++;
        trainer.tick();
        p2 = p1;
        p1 = guess;
      }
    }
    console.log(`epoch ${epoch + 1}: training accuracy ${(correct / total).toFixed(4)}, ${trainer.featureCount} features`);
  }
  const rows = trainer.averaged() as Map<number, Float32Array> & { classes?: string[] };
  rows.classes = classes;
  return rows;
}

function accuracy(model: PosModel, examples: Example[], change: (w: string) => string): number {
  let correct = 0;
  let total = 0;
  for (const e of examples) {
    const ids = tagIds(describeWords(e.words.map(change)), model);
    ids.forEach((id, i) => {
      if (model.header.classes[id] === e.tags[i]) correct++;
      total++;
    });
  }
  return correct / total;
}

if (!values['eval-only']) {
  const started = Date.now();
  const rows = train(load('eng.train'), Number(values.epochs));
  writeFileSync(OUT, encodeModel(rows.classes!, rows, Number(values.prune), { task: 'pos', trainedOn: 'conll2003/eng.train', epochs: Number(values.epochs) }));
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${OUT} (${(statSync(OUT).size / 1024).toFixed(0)} KiB)`);
}
if (values['tag-dictionary']) {
  const minCount = Number(values['min-count']);
  const minShare = Number(values['min-share']);
  const source = `conll2003/eng.train (POS column), words as written seen at least ${minCount} times with one tag in at least ${minShare * 100}% of them, words in capitals left out: scripts/train-pos.ts --tag-dictionary --min-count ${minCount} --min-share ${minShare}`;
  // Words in capitals (two letters or more) are left to the model: CoNLL's headlines and datelines
  // tag them almost at random ("MOSCOW" RB, "SEOUL" VB).
  const file = buildTagDictionary(load('eng.train'), minCount, minShare, source, (word) => !CAPITALS.test(word));
  writeFileSync(DICTIONARY, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${DICTIONARY}: ${Object.values(file.tags).reduce((n, w) => n + w.length, 0)} words`);
}
const t0 = performance.now();
const model = preparePosModel(decodeModel(readFileSync(OUT)));
console.log(`load ${(performance.now() - t0).toFixed(0)} ms, ${model.header.features} features, ${model.header.entries} weights, ${model.dictionary?.size ?? 0} words in the tag dictionary`);
const dev = load('eng.testa');
const bare = preparePosModel(decodeModel(readFileSync(OUT)), null);
console.log(`eng.testa accuracy without the tag dictionary: cased ${accuracy(bare, dev, (w) => w).toFixed(4)}`);
console.log(`eng.testa accuracy: cased ${accuracy(model, dev, (w) => w).toFixed(4)}, lower-cased ${accuracy(model, dev, (w) => w.toLowerCase()).toFixed(4)}, upper-cased ${accuracy(model, dev, (w) => w.toUpperCase()).toFixed(4)}`);
