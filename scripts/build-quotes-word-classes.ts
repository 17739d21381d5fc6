/**
 * Builds the word classes the cue model reads (src/stages/quotes/cue-word-classes.ts): distributional
 * clusters learned from UNLABELLED text only (no annotation is read): the texts of PolNeAR train,
 * CoNLL-2003 eng.train, the MUC-4 training texts (roles/train.jsonl) and TempEval-3 TBAQ. Dev and test
 * texts are never read. Each word seen at least `--min-count` times gets a vector of positive pointwise
 * mutual information with the words one and two places either side of it (the most frequent words as
 * contexts), randomly projected to a dense vector; the words are then split in two again and again
 * (bisecting spherical 2-means), so a word's class is its path of left/right turns: words that share a
 * longer prefix stand in more alike contexts ("said"/"told"/"added", "criticism"/"praise").
 * Output: gzipped `word<TAB>path` lines (path of 0/1, at most --depth long), byte-reproducible.
 * Usage: node .build/<you>/scripts/build-quotes-word-classes.js [--holdout 6 [--holdout-fold 2] --out /tmp/classes.tsv.gz]
 *   (--holdout 6 leaves out the held-out PolNeAR train articles, as scripts/train-quotes-cues.ts does)
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyze } from '../src/analyze.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { listArticles } from '../src/eval/quotes/read-polnear.js';
import { createPipeline } from '../src/pipeline/create-pipeline.js';
import { structureStage } from '../src/stages/structure/index.js';
import { WORD_CLASSES_FILE, classWord } from '../src/stages/quotes/cue-word-classes.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const data = option('data', join(PACKAGE_ROOT, '..', 'shared', 'data'));
const holdout = Number(option('holdout', '0'));
/** `--holdout-fold K`: leave out index % holdout === K instead of holdout - 1 (as in train-quotes-cues.ts). */
const holdoutFold = Number(option('holdout-fold', String(holdout - 1)));
const out = option('out', WORD_CLASSES_FILE);
const minCount = Number(option('min-count', '4'));
const contextCount = Number(option('contexts', '2000'));
const dims = Number(option('dims', '256'));
const depth = Number(option('depth', '12'));

const pipeline = createPipeline([structureStage]);
/** Sentences as lists of normalised words. */
const sentences: string[][] = [];
function addText(text: string): void {
  const doc = analyze(text, { pipeline });
  const tokens = doc.layers.tokens ?? [];
  let k = 0;
  for (const s of doc.layers.sentences ?? []) {
    const words: string[] = [];
    while (k < tokens.length && tokens[k]!.start < s.end) {
      if (tokens[k]!.start >= s.start) words.push(classWord(tokens[k]!.text));
      k++;
    }
    if (words.length) sentences.push(words);
  }
}

// PolNeAR train texts (every `holdout`-th article left out, as in train-quotes-cues.ts).
const polnear = listArticles(join(data, 'polnear', 'train'));
polnear.forEach((article, i) => {
  if (holdout > 0 && i % holdout === holdoutFold) return;
  addText(readFileSync(article.textPath, 'utf8'));
});
// CoNLL-2003 training tokens (first column), sentences separated by blank lines.
{
  let words: string[] = [];
  for (const line of readFileSync(join(data, 'conll2003', 'eng.train'), 'utf8').split('\n')) {
    const word = line.split(' ')[0]!;
    if (!word || word === '-DOCSTART-') {
      if (words.length) sentences.push(words);
      words = [];
    } else words.push(classWord(word));
  }
  if (words.length) sentences.push(words);
}
// MUC-4 training texts.
for (const line of readFileSync(join(data, 'muc4', 'roles', 'train.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) addText((JSON.parse(line) as { doctext: string }).doctext);
}
// TempEval-3 TBAQ texts (TimeML tags stripped).
function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.tml') ? [path] : [];
  });
}
for (const path of walk(join(data, 'tempeval3', 'TBAQ-cleaned'))) {
  const xml = readFileSync(path, 'utf8');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  addText(body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
}
let tokenCount = 0;
for (const s of sentences) tokenCount += s.length;
console.log(`${sentences.length} sentences, ${tokenCount} tokens`);

// Vocabulary: words seen at least minCount times, in frequency order (ties by spelling).
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const vocab = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const contexts = Math.min(contextCount, vocab.length);
console.log(`${vocab.length} words, ${contexts} context words`);

// Co-occurrence counts: word x (position slot, context word); slots -2, -1, +1, +2.
const SLOTS = [-2, -1, 1, 2];
const cooc: Array<Map<number, number>> = vocab.map(() => new Map());
const BOUNDARY = contexts; // sentence edge as a context word of its own
const width = contexts + 1;
for (const s of sentences) {
  const ids = s.map((w) => index.get(w) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    SLOTS.forEach((offset, slot) => {
      const j = i + offset;
      const c = j < 0 || j >= ids.length ? BOUNDARY : ids[j]!;
      if (c < 0 || c > BOUNDARY) return;
      const key = slot * width + c;
      cooc[id]!.set(key, (cooc[id]!.get(key) ?? 0) + 1);
    });
  }
}
// PPMI with context-distribution smoothing (counts^0.75).
const contextTotals = new Float64Array(SLOTS.length * width);
let total = 0;
for (const row of cooc) for (const [key, c] of row) { contextTotals[key]! += c; total += c; }
let smoothedTotal = 0;
for (let k = 0; k < contextTotals.length; k++) smoothedTotal += Math.pow(contextTotals[k]!, 0.75);
// Random projection matrix (seeded, so the output is reproducible), entries +-1.
let seed = 12345;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const projection = new Int8Array(SLOTS.length * width * dims);
for (let k = 0; k < projection.length; k++) projection[k] = random() < 0.5 ? -1 : 1;
const vectors = vocab.map((_, id) => {
  const row = cooc[id]!;
  let rowTotal = 0;
  for (const c of row.values()) rowTotal += c;
  const v = new Float64Array(dims);
  for (const [key, c] of [...row].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((c / rowTotal) / (Math.pow(contextTotals[key]!, 0.75) / smoothedTotal));
    if (pmi <= 0) continue;
    const base = key * dims;
    for (let d = 0; d < dims; d++) v[d]! += pmi * projection[base + d]!;
  }
  normalise(v);
  return v;
});

// Centred: the direction all words share (their common contexts) says nothing about which words are alike.
{
  const mean = new Float64Array(dims);
  for (const v of vectors) for (let d = 0; d < dims; d++) mean[d]! += v[d]! / vectors.length;
  for (const v of vectors) {
    for (let d = 0; d < dims; d++) v[d]! -= mean[d]!;
    normalise(v);
  }
}

function normalise(v: Float64Array): void {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
}
function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

// Bisecting spherical 2-means: each split seeded by the member farthest from the node's centroid and the
// member farthest from that one; 10 rounds of reassignment.
const paths: string[] = vocab.map(() => '');
function centroid(members: number[]): Float64Array {
  const c = new Float64Array(dims);
  for (const m of members) for (let d = 0; d < dims; d++) c[d]! += vectors[m]![d]!;
  normalise(c);
  return c;
}
function split(members: number[], path: string): void {
  if (path.length >= depth || members.length < 8) return;
  const whole = centroid(members);
  let a = members[0]!;
  for (const m of members) if (dot(vectors[m]!, whole) < dot(vectors[a]!, whole)) a = m;
  let b = members[0]!;
  for (const m of members) if (dot(vectors[m]!, vectors[a]!) < dot(vectors[b]!, vectors[a]!)) b = m;
  let ca: Float64Array = vectors[a]!, cb: Float64Array = vectors[b]!;
  let left: number[] = [], right: number[] = [];
  for (let round = 0; round < 10; round++) {
    left = [];
    right = [];
    for (const m of members) (dot(vectors[m]!, ca) >= dot(vectors[m]!, cb) ? left : right).push(m);
    if (!left.length || !right.length) return;
    ca = centroid(left);
    cb = centroid(right);
  }
  for (const m of left) paths[m] += '0';
  for (const m of right) paths[m] += '1';
  split(left, path + '0');
  split(right, path + '1');
}
split(vocab.map((_, i) => i), '');

const lines = vocab.map((w, i) => `${w}\t${paths[i]}`).sort();
writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${lines.length} word classes to ${out}`);
// A look at what came out: the classes of a few reporting words.
for (const w of ['said', 'told', 'added', 'claimed', 'according', 'criticism', 'believes', 'announced']) console.log(`  ${w} ${paths[index.get(w) ?? -1] ?? '-'}`);
