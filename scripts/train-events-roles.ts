/**
 * Trains the MUC-4 role tagger (an averaged perceptron over BIO tags and hashed features) from
 * ../shared/data/muc4/roles/train.jsonl and writes src/data/models/events-roles.bin.gz.
 *
 *   node .build/<you>/scripts/train-events-roles.js [--epochs 8] [--data DIR] [--min-count 2] [--bias 14] [--prune 0.002] [--context-quantile 0.998] [--out FILE]
 *   node .build/<you>/scripts/train-events-roles.js --holdout 200   (the last 200 training documents
 *     stand in for dev, and every bias in BIASES=0,4,8,... is scored on them: for choosing settings)
 *   node .build/<you>/scripts/train-events-roles.js --folds 5       (the same, out of fold over all of
 *     train: steadier than one holdout)
 *
 * Gold tags: every occurrence, at token boundaries, of every gold mention string of the document is
 * marked with its role (the metric accepts any occurrence); overlapping mentions keep the shortest.
 * The model's context bound (role-model.ts `contextBound`, which lets the tagger leave most tokens'
 * context features unprobed) is the `--context-quantile` quantile, over the training tokens decoded
 * after O, of how far their context features move the best B- tag towards O; with 0.998, the
 * bound it decodes with skips 85% of those tokens' context probes (1 in 500 could have gone the
 * other way). 1 keeps the exact decoding (no bound in the file).
 * Dev (dev.jsonl) is scored after training for the record only, through the same code the eval runs
 * (the model written, read back and decoded); nothing is tuned on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { tokenize } from '../src/stages/structure/tokenize.js';
import { readRoleDocuments, type RoleDocument, type RolePrediction } from '../src/eval/events/read-roles.js';
import { scoreRoles } from '../src/eval/events/score-roles.js';
import { MAX_ROLE_KEYS, roleContextKeys, roleHistoryKeys, rolePrevNextKey, rolePrevWordKey, roleStaticKeys } from '../src/stages/events/roles/role-features.js';
import { describeRoleDocument } from '../src/stages/events/roles/role-document.js';
import { allowed, MUC_ROLES, ROLE_TAGS, loadRoleModel, type RoleModel } from '../src/stages/events/roles/role-model.js';
import { spansOfTags, decodeRoleTags } from '../src/stages/events/roles/tag-roles.js';
import { roleInput } from '../src/stages/events/roles/role-input.js';
import { collectRoleFillers } from '../src/stages/events/roles/collect-role-fillers.js';
import { PerceptronTrainer } from '../src/stages/pos/train-perceptron.js';
import { encodeModel } from '../src/stages/pos/model-file.js';
import { U32Map } from '../src/stages/pos/u32-map.js';
import type { Token } from '../src/model/layers/structure.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '8' }, data: { type: 'string', default: join(PACKAGE_ROOT, '..', 'shared', 'data', 'muc4', 'roles') }, 'min-count': { type: 'string', default: '2' }, holdout: { type: 'string', default: '0' }, folds: { type: 'string', default: '0' }, bias: { type: 'string', default: '14' }, prune: { type: 'string', default: '0.002' }, 'context-quantile': { type: 'string', default: '0.998' }, out: { type: 'string' } } });
const EPOCHS = Number(values.epochs);
const MIN_COUNT = Number(values['min-count']);
const N_TAGS = ROLE_TAGS.length;

interface Prepared {
  doc: RoleDocument;
  tokens: Token[];
  words: string[];
  sentence: Int32Array;
  /** Static keys of token i: keys[at[i] .. at[i + 1]). */
  keys: Uint32Array;
  at: Int32Array;
  /** Previous tag with the word and with the next word, per token and previous tag: prevWord[(i * N_TAGS + tag) * 2 + 0|1]. */
  prevWord: Uint32Array;
  gold: number[];
}

/** Gold BIO tags: every token-aligned occurrence of each gold mention string; shortest wins overlaps. */
function goldTags(doc: RoleDocument, tokens: Token[]): number[] {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    startAt.set(t.start, i);
    endAt.set(t.end, i + 1);
  });
  const spans: Array<{ role: string; start: number; end: number }> = [];
  const text = doc.doctext;
  for (const role of MUC_ROLES) {
    for (const entity of doc.extracts[role]) {
      for (const [mention] of entity) {
        const m = mention.trim();
        if (m.length === 0) continue;
        for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
          const s = startAt.get(at);
          const e = endAt.get(at + m.length);
          if (s !== undefined && e !== undefined && e > s) spans.push({ role, start: s, end: e });
        }
      }
    }
  }
  spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const tags = new Array<number>(tokens.length).fill(0);
  const taken = new Uint8Array(tokens.length);
  for (const span of spans) {
    let free = true;
    for (let i = span.start; i < span.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = span.start; i < span.end; i++) {
      taken[i] = 1;
      tags[i] = ROLE_TAGS.indexOf(`${i === span.start ? 'B' : 'I'}-${span.role}`);
    }
  }
  return tags;
}

const scratch = new Uint32Array(MAX_ROLE_KEYS);

function prepare(doc: RoleDocument): Prepared {
  const tokens = tokenize(doc.doctext);
  const input = roleInput(tokens, doc.doctext);
  const d = describeRoleDocument(input);
  const n = tokens.length;
  const at = new Int32Array(n + 1);
  const all: number[] = [];
  const prevWord = new Uint32Array(n * N_TAGS * 2);
  for (let i = 0; i < n; i++) {
    at[i] = all.length;
    const k = roleStaticKeys(d, i, scratch);
    for (let f = 0; f < k; f++) all.push(scratch[f]!);
    for (let t = 0; t < N_TAGS; t++) {
      prevWord[(i * N_TAGS + t) * 2] = rolePrevWordKey(d, i, t);
      prevWord[(i * N_TAGS + t) * 2 + 1] = rolePrevNextKey(d, i, t);
    }
  }
  at[n] = all.length;
  return { doc, tokens, words: input.words, sentence: input.sentence, keys: Uint32Array.from(all), at, prevWord, gold: goldTags(doc, tokens) };
}

/** The keys seen at least MIN_COUNT times in training (static, and dynamic under the gold history). */
function frequentKeys(train: Prepared[]): U32Map {
  const counts = new U32Map(1 << 20);
  const bump = (key: number): void => counts.set(key, Math.max(counts.get(key), 0) + 1);
  const history = new Uint32Array(4);
  for (const p of train) {
    for (const key of p.keys) bump(key);
    for (let i = 0; i < p.words.length; i++) {
      const prev = i > 0 ? p.gold[i - 1]! : 0;
      const k = roleHistoryKeys(prev, i > 1 ? p.gold[i - 2]! : 0, history);
      for (let f = 0; f < k; f++) bump(history[f]!);
      bump(p.prevWord[(i * N_TAGS + prev) * 2]!);
      bump(p.prevWord[(i * N_TAGS + prev) * 2 + 1]!);
    }
  }
  const kept = new U32Map(1 << 18);
  counts.forEach((count, key) => {
    if (count >= MIN_COUNT) kept.set(key, 1);
  });
  console.log(`${kept.size} features (of ${counts.size}) seen at least ${MIN_COUNT} times`);
  return kept;
}

/** One pass of teacher-forced training over a document: the history features read the gold tags. */
function trainDocument(p: Prepared, trainer: PerceptronTrainer, kept: U32Map): void {
  const scores = new Float32Array(N_TAGS);
  const keys = new Uint32Array(MAX_ROLE_KEYS + 4);
  for (let i = 0; i < p.words.length; i++) {
    const prev = i > 0 ? p.gold[i - 1]! : 0;
    let k = 0;
    for (let f = p.at[i]!; f < p.at[i + 1]!; f++) if (kept.get(p.keys[f]!) >= 0) keys[k++] = p.keys[f]!;
    const h = roleHistoryKeys(prev, i > 1 ? p.gold[i - 2]! : 0, scratch);
    for (let f = 0; f < h; f++) if (kept.get(scratch[f]!) >= 0) keys[k++] = scratch[f]!;
    for (let e = 0; e < 2; e++) {
      const pw = p.prevWord[(i * N_TAGS + prev) * 2 + e]!;
      if (kept.get(pw) >= 0) keys[k++] = pw;
    }
    scores.fill(0);
    trainer.score(keys, k, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < N_TAGS; t++) if (allowed(prev, t) && scores[t]! > bestScore) [best, bestScore] = [t, scores[t]!];
    const gold = p.gold[i]!;
    if (best !== gold) {
      trainer.update(keys, k, gold, 1);
      trainer.update(keys, k, best, -1);
    }
    trainer.tick();
  }
}

function predict(prepared: Prepared[], model: RoleModel): RolePrediction[] {
  return prepared.map((p) => {
    const tags = decodeRoleTags(describeRoleDocument({ words: p.words, sentence: p.sentence }), undefined, model);
    return { docid: p.doc.docid, ...collectRoleFillers(p.doc.doctext, p.tokens, spansOfTags(tags)) };
  });
}

/**
 * The `q` quantile, in the model's units, of how far the context features (and the previous-tag rows
 * for O) of a token decoded after O move the best B- tag towards O, over the training tokens decoded
 * exactly with `model`; undefined for q >= 1 (exact decoding).
 */
function contextBound(train: Prepared[], model: RoleModel, q: number): number | undefined {
  if (q >= 1) return undefined;
  const gains: number[] = [];
  const gain = new Float32Array(N_TAGS);
  const keys = new Uint32Array(MAX_ROLE_KEYS);
  for (const p of train) {
    const d = describeRoleDocument({ words: p.words, sentence: p.sentence });
    const tags = decodeRoleTags(d, undefined, model);
    for (let i = 0; i < d.length; i++) {
      if (i > 0 && tags[i - 1] !== 0) continue;
      gain.fill(0);
      const k = roleContextKeys(d, i, keys);
      for (let f = 0; f < k; f++) model.table.add(keys[f]!, gain);
      model.table.add(rolePrevWordKey(d, i, 0), gain);
      model.table.add(rolePrevNextKey(d, i, 0), gain);
      let most = -Infinity;
      for (let t = 1; t < N_TAGS; t += 2) most = Math.max(most, gain[t]! - gain[0]!);
      gains.push(most);
    }
  }
  gains.sort((a, b) => a - b);
  const bound = gains[Math.min(gains.length - 1, Math.floor(q * gains.length))]! * model.header.scale;
  return Math.round(bound * 1e4) / 1e4;
}

/** Trains on `train` and returns the averaged rows. */
function trainRows(train: Prepared[], started: number): Map<number, Float32Array> {
  const kept = frequentKeys(train);
  const trainer = new PerceptronTrainer(N_TAGS);
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) trainDocument(train[d]!, trainer, kept);
    console.log(`epoch ${epoch} done (${Date.now() - started} ms)`);
  }
  return trainer.averaged();
}

const BIASES = (process.env.BIASES ?? '0,4,8,12,14,16,20,24').split(',').map(Number);
const line = (s: Record<string, number>): string => MUC_ROLES.map((r) => `${r} ${s[`${r}.f1`]!.toFixed(3)}`).join(', ');

/** K-fold cross-validation over the training documents: out-of-fold scores per bias. */
function crossValidate(docs: RoleDocument[], folds: number, started: number): void {
  const prepared = docs.map(prepare);
  const predictions = new Map<number, RolePrediction[]>(BIASES.map((b) => [b, new Array<RolePrediction>(docs.length)]));
  for (let f = 0; f < folds; f++) {
    const inFold = (i: number): boolean => i % folds === f;
    const rows = trainRows(prepared.filter((_, i) => !inFold(i)), started);
    const held = prepared.map((p, i) => [p, i] as const).filter(([, i]) => inFold(i));
    for (const b of BIASES) {
      const model = loadRoleModel(encodeModel([...ROLE_TAGS], rows, Number(values.prune), { outsideBias: b }));
      const out = predict(held.map(([p]) => p), model);
      held.forEach(([, i], k) => (predictions.get(b)![i] = out[k]!));
    }
    console.log(`fold ${f + 1}/${folds} done (${Date.now() - started} ms)`);
  }
  for (const b of BIASES) {
    const s = scoreRoles(docs, predictions.get(b)!);
    console.log(`${folds}-fold bias ${b}: roles.f1 ${s['roles.f1']!.toFixed(4)} (P ${s['roles.precision']!.toFixed(3)} R ${s['roles.recall']!.toFixed(3)}; ${line(s)})`);
  }
}

function main(): void {
  const started = Date.now();
  if (Number(values.folds) > 1) {
    crossValidate(readRoleDocuments(join(values.data!, 'train.jsonl')), Number(values.folds), started);
    return;
  }
  const allTrain = readRoleDocuments(join(values.data!, 'train.jsonl'));
  const holdout = Number(values.holdout);
  // With --holdout N, the last N training documents stand in for dev (for choosing settings).
  const trainDocs = holdout > 0 ? allTrain.slice(0, -holdout) : allTrain;
  const devDocs = holdout > 0 ? allTrain.slice(-holdout) : readRoleDocuments(join(values.data!, 'dev.jsonl'));
  const train = trainDocs.map(prepare);
  const dev = devDocs.map(prepare);
  console.log(`prepared ${train.length} train, ${dev.length} dev documents in ${Date.now() - started} ms`);
  const rows = trainRows(train, started);
  const trainedOn = `muc4/roles/train.jsonl, ${train.length} documents, ${EPOCHS} epochs, features seen >= ${MIN_COUNT} times`;
  const encode = (bias: number, bound?: number): Buffer => encodeModel([...ROLE_TAGS], rows, Number(values.prune), { task: 'events-roles', trainedOn, outsideBias: bias, ...(bound === undefined ? {} : { contextBound: bound }) });
  if (holdout > 0) {
    for (const b of BIASES) {
      const s = scoreRoles(devDocs, predict(dev, loadRoleModel(encode(b))));
      console.log(`holdout bias ${b}: roles.f1 ${s['roles.f1']!.toFixed(4)} (P ${s['roles.precision']!.toFixed(3)} R ${s['roles.recall']!.toFixed(3)}; ${line(s)})`);
    }
    return;
  }
  const bound = contextBound(train, loadRoleModel(encode(Number(values.bias))), Number(values['context-quantile']));
  const file = encode(Number(values.bias), bound);
  const model = loadRoleModel(file);
  if (bound !== undefined) console.log(`context bound ${bound} (quantile ${values['context-quantile']} of the training tokens after O)`);
  const trainScore = scoreRoles(trainDocs, predict(train, model));
  const devScore = scoreRoles(devDocs, predict(dev, model));
  console.log(`train roles.f1 ${trainScore['roles.f1']!.toFixed(4)} (P ${trainScore['roles.precision']!.toFixed(3)} R ${trainScore['roles.recall']!.toFixed(3)}; ${line(trainScore)})`);
  console.log(`dev   roles.f1 ${devScore['roles.f1']!.toFixed(4)} (P ${devScore['roles.precision']!.toFixed(3)} R ${devScore['roles.recall']!.toFixed(3)}; ${line(devScore)})`);
  const path = values.out ?? dataFile('models', 'events-roles.bin.gz');
  writeFileSync(path, file);
  console.log(`wrote ${model.header.features} features (${file.length} bytes) to ${path}`);
}

main();
