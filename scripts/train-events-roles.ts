/**
 * Trains the MUC-4 role tagger (an averaged perceptron over BIO tags) from
 * ../shared/data/muc4/roles/train.jsonl and writes src/data/models/events-roles.json.
 *
 *   node .build/<you>/scripts/train-events-roles.js [--epochs 8] [--data DIR] [--min-count 2]
 *
 * Gold tags: every occurrence, at token boundaries, of every gold mention string of the document is
 * marked with its role (the metric accepts any occurrence); overlapping mentions keep the shortest.
 * Dev (dev.jsonl) is scored after training for the record only; nothing is tuned on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { tokenize } from '../src/stages/structure/tokenize.js';
import { readRoleDocuments, type RoleDocument, type RolePrediction } from '../src/eval/events/read-roles.js';
import { scoreRoles } from '../src/eval/events/score-roles.js';
import { roleFeatures } from '../src/stages/events/roles/role-features.js';
import { allowed, dynamicFeatures, MUC_ROLES, ROLE_TAGS, type StoredRoleModel } from '../src/stages/events/roles/role-model.js';
import { roleInput, spansOfTags } from '../src/stages/events/roles/tag-roles.js';
import { collectRoleFillers } from '../src/stages/events/roles/collect-role-fillers.js';
import type { Token } from '../src/model/layers/structure.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '8' }, data: { type: 'string', default: join(PACKAGE_ROOT, '..', 'shared', 'data', 'muc4', 'roles') }, 'min-count': { type: 'string', default: '2' }, holdout: { type: 'string', default: '0' }, bias: { type: 'string', default: '14' } } });
const EPOCHS = Number(values.epochs);
const MIN_COUNT = Number(values['min-count']);
const N_TAGS = ROLE_TAGS.length;

interface Prepared {
  doc: RoleDocument;
  tokens: Token[];
  words: string[];
  features: string[][];
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

function prepare(doc: RoleDocument): Prepared {
  const tokens = tokenize(doc.doctext);
  const input = roleInput(tokens);
  return { doc, tokens, words: input.words, features: roleFeatures(input), gold: goldTags(doc, tokens) };
}

// Averaged perceptron with lazy averaging: weights, running totals and last-update step per weight.
const index = new Map<string, number>();
let weights = new Float64Array(0);
let totals = new Float64Array(0);
let stamps = new Float64Array(0);
let step = 0;

function featureId(f: string): number {
  return index.get(f) ?? -1;
}

function update(feature: number, tag: number, delta: number): void {
  const k = feature * N_TAGS + tag;
  totals[k]! += (step - stamps[k]!) * weights[k]!;
  stamps[k] = step;
  weights[k]! += delta;
}

/** Subtracted from the O tag's score when decoding: the perceptron is shy of proposing fillers. */
let O_BIAS = Number(values.bias);
const FINAL_BIAS = O_BIAS;

function tagSequence(p: Prepared, staticIds: Int32Array[], table: Float64Array, train: boolean): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(N_TAGS);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < p.words.length; i++) {
    scores.fill(0);
    const dyn = dynamicFeatures(prev, prev2, p.words[i]!).map(featureId);
    for (const ids of [staticIds[i]!, dyn]) for (const f of ids) if (f >= 0) for (let t = 0; t < N_TAGS; t++) scores[t]! += table[f * N_TAGS + t]!;
    if (!train) scores[0]! -= O_BIAS;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < N_TAGS; t++) if (allowed(prev, t) && scores[t]! > bestScore) [best, bestScore] = [t, scores[t]!];
    if (train) {
      step++;
      const gold = p.gold[i]!;
      if (best !== gold) {
        // Learn from the gold history (teacher forcing) for the dynamic features.
        const goldDyn = dynamicFeatures(i > 0 ? p.gold[i - 1]! : 0, i > 1 ? p.gold[i - 2]! : 0, p.words[i]!).map(featureId);
        for (const f of staticIds[i]!) if (f >= 0) (update(f, gold, 1), update(f, best, -1));
        for (const f of goldDyn) if (f >= 0) update(f, gold, 1);
        for (const f of dyn) if (f >= 0) update(f, best, -1);
      }
      tags.push(gold);
      prev2 = prev;
      prev = gold;
    } else {
      tags.push(best);
      prev2 = prev;
      prev = best;
    }
  }
  return tags;
}

function predict(prepared: Prepared[], table: Float64Array, ids: Int32Array[][]): RolePrediction[] {
  return prepared.map((p, d) => {
    const tags = tagSequence(p, ids[d]!, table, false);
    return { docid: p.doc.docid, ...collectRoleFillers(p.doc.doctext, p.tokens, spansOfTags(tags)) };
  });
}

function main(): void {
  const started = Date.now();
  const allTrain = readRoleDocuments(join(values.data!, 'train.jsonl'));
  const holdout = Number(values.holdout);
  // With --holdout N, the last N training documents stand in for dev (for choosing settings).
  const trainDocs = holdout > 0 ? allTrain.slice(0, -holdout) : allTrain;
  const devDocs = holdout > 0 ? allTrain.slice(-holdout) : readRoleDocuments(join(values.data!, 'dev.jsonl'));
  const train = trainDocs.map(prepare);
  const dev = devDocs.map(prepare);
  console.log(`prepared ${train.length} train, ${dev.length} dev documents in ${Date.now() - started} ms`);

  const counts = new Map<string, number>();
  for (const p of train) {
    for (const fs of p.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (let i = 0; i < p.words.length; i++) for (const f of dynamicFeatures(i > 0 ? p.gold[i - 1]! : 0, i > 1 ? p.gold[i - 2]! : 0, p.words[i]!)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  for (const [f, c] of counts) if (c >= MIN_COUNT) index.set(f, index.size);
  console.log(`${index.size} features (of ${counts.size}) seen at least ${MIN_COUNT} times`);
  weights = new Float64Array(index.size * N_TAGS);
  totals = new Float64Array(index.size * N_TAGS);
  stamps = new Float64Array(index.size * N_TAGS);
  const ids = (ps: Prepared[]): Int32Array[][] => ps.map((p) => p.features.map((fs) => Int32Array.from(fs, featureId)));
  const trainIds = ids(train);
  const devIds = ids(dev);

  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) tagSequence(train[d]!, trainIds[d]!, weights, true);
    console.log(`epoch ${epoch} done (${Date.now() - started} ms)`);
  }
  const averaged = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) averaged[k] = (totals[k]! + (step - stamps[k]!) * weights[k]!) / step;

  if (holdout > 0) {
    for (const b of (process.env.BIASES ?? "0,4,8,12,16,24").split(",").map(Number)) {
      O_BIAS = b;
      const s = scoreRoles(devDocs, predict(dev, averaged, devIds));
      if (process.env.DUMP) writeFileSync(`${process.env.DUMP}.${b}.jsonl`, predict(dev, averaged, devIds).map((x) => JSON.stringify(x)).join('\n'));
      console.log(`holdout bias ${b}: roles.f1 ${s['roles.f1']!.toFixed(4)} (P ${s['roles.precision']!.toFixed(3)} R ${s['roles.recall']!.toFixed(3)})`);
    }
    return;
  }
  const trainScore = scoreRoles(trainDocs, predict(train, averaged, trainIds));
  const devScore = scoreRoles(devDocs, predict(dev, averaged, devIds));
  const line = (s: Record<string, number>): string => MUC_ROLES.map((r) => `${r} ${s[`${r}.f1`]!.toFixed(3)}`).join(', ');
  console.log(`train roles.f1 ${trainScore['roles.f1']!.toFixed(4)} (P ${trainScore['roles.precision']!.toFixed(3)} R ${trainScore['roles.recall']!.toFixed(3)}; ${line(trainScore)})`);
  console.log(`dev   roles.f1 ${devScore['roles.f1']!.toFixed(4)} (P ${devScore['roles.precision']!.toFixed(3)} R ${devScore['roles.recall']!.toFixed(3)}; ${line(devScore)})`);

  // Store non-negligible weights, rounded: (tag, weight) pairs per feature.
  const stored: StoredRoleModel = { version: '1', tags: [...ROLE_TAGS], trainedOn: `muc4/roles/train.jsonl, ${train.length} documents, ${EPOCHS} epochs, features seen >= ${MIN_COUNT} times`, outsideBias: FINAL_BIAS, weights: {} };
  let kept = 0;
  for (const [f, id] of index) {
    const pairs: number[] = [];
    for (let t = 0; t < N_TAGS; t++) {
      const w = Math.round(averaged[id * N_TAGS + t]! * 1000) / 1000;
      if (Math.abs(w) >= 0.002) pairs.push(t, w);
    }
    if (pairs.length > 0) {
      stored.weights[f] = pairs;
      kept++;
    }
  }
  const path = dataFile('models', 'events-roles.json');
  writeFileSync(path, `${JSON.stringify(stored)}\n`);
  console.log(`wrote ${kept} features to ${path}`);
}

main();
