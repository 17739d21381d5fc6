/**
 * The MUC-4 role tagger's model: an averaged perceptron over BIO tags for the five MUC-4 role fillers
 * (PerpInd, PerpOrg, Target, Victim, Weapon), decoded greedily left to right with the previous tags as
 * features. Trained by scripts/train-events-roles.ts from ../shared/data/muc4/roles/train.jsonl; the
 * weights live in src/data/models/events-roles.json.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../data/paths.js';

/** The MUC-4 role filler kinds, in GRIT's order. */
export const MUC_ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type MucRole = (typeof MUC_ROLES)[number];

/** BIO tags: O, then B- and I- per role. */
export const ROLE_TAGS: readonly string[] = ['O', ...MUC_ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];

/** Weights of one feature for every tag. */
export type WeightRow = Float32Array;

/** A model as stored: per feature, pairs of (tag index, weight) for the non-zero weights. */
export interface StoredRoleModel {
  version: string;
  tags: string[];
  /** Notes on how it was trained: data, epochs, scores. */
  trainedOn: string;
  weights: Record<string, number[]>;
  /** Subtracted from the O tag's score when decoding, chosen on held-out training documents. */
  outsideBias: number;
}

/** Whether `tag` may follow `prev` in BIO: an I- tag continues its own role only. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true; // O or B-*
  return prev === tag || prev === tag - 1;
}

/** The features that depend on the tags already chosen. */
export function dynamicFeatures(prev: number, prev2: number, word: string): string[] {
  const p = ROLE_TAGS[prev]!;
  return [`p=${p}`, `pp=${ROLE_TAGS[prev2]}|${p}`, `pw=${p}|${word}`];
}

/** Greedy left-to-right decoding with BIO constraints. `score` adds a feature's weights into `scores`. */
export function decode(features: string[][], words: string[], score: (feature: string, scores: Float64Array) => void, outsideBias = 0): number[] {
  const nTags = ROLE_TAGS.length;
  const tags: number[] = new Array(features.length);
  const scores = new Float64Array(nTags);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < features.length; i++) {
    if (features[i]!.length === 0) {
      tags[i] = 0;
      prev2 = prev = 0;
      continue;
    }
    scores.fill(0);
    for (const f of features[i]!) score(f, scores);
    for (const f of dynamicFeatures(prev, prev2, words[i]!)) score(f, scores);
    scores[0]! -= outsideBias;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < nTags; t++) {
      if (!allowed(prev, t)) continue;
      if (scores[t]! > bestScore) {
        bestScore = scores[t]!;
        best = t;
      }
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** The committed model, ready to use. */
export interface RoleModel {
  weights: Map<string, WeightRow>;
  outsideBias: number;
}

let loaded: RoleModel | undefined;

/** The committed model, loaded on first use. */
export function roleModel(): RoleModel {
  if (loaded) return loaded;
  const stored = JSON.parse(readFileSync(dataFile('models', 'events-roles.json'), 'utf8')) as StoredRoleModel;
  if (stored.tags.join(' ') !== ROLE_TAGS.join(' ')) throw new Error(`events-roles model: expected tags ${ROLE_TAGS.join(' ')}, found ${stored.tags.join(' ')}`);
  const map = new Map<string, WeightRow>();
  for (const [feature, pairs] of Object.entries(stored.weights)) {
    const row = new Float32Array(ROLE_TAGS.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    map.set(feature, row);
  }
  loaded = { weights: map, outsideBias: stored.outsideBias };
  return loaded;
}
