/**
 * The MUC-4 role tagger's model: an averaged perceptron over BIO tags for the five MUC-4 role fillers
 * (PerpInd, PerpOrg, Target, Victim, Weapon) over hashed features (role-features.ts), decoded greedily
 * left to right with the previous tags as features. Trained by scripts/train-events-roles.ts from
 * ../shared/data/muc4/roles/train.jsonl; the weights live in src/data/models/events-roles.bin.gz, in
 * the POS tagger's model format (pos/model-file.ts).
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../data/paths.js';
import { decodeModel, type LoadedModel } from '../../pos/model-file.js';
import { WordVectorCache } from '../../pos/word-vector-cache.js';
import { FEW_VALUED, roleFewValuedKeys, roleHistoryKeys, roleWordKeys, WORD_ROLES } from './role-features.js';
import type { RoleDocument } from './role-document.js';

/** The MUC-4 role filler kinds, in GRIT's order. */
export const MUC_ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type MucRole = (typeof MUC_ROLES)[number];

/** BIO tags: O, then B- and I- per role. */
export const ROLE_TAGS: readonly string[] = ['O', ...MUC_ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];

/** Whether `tag` may follow `prev` in BIO: an I- tag continues its own role only. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true; // O or B-*
  return prev === tag || prev === tag - 1;
}

/** The committed model, ready to use. */
export interface RoleModel extends LoadedModel {
  /** Per word type, the summed weights of its word features from each position. */
  cache: WordVectorCache<RoleDocument>;
  /** Dense rows of the tag-history features, at (prev * T + prev2) * T. */
  history: Float32Array;
  /** Subtracted from the O tag's score when decoding, in the table's quantised units. */
  outsideBias: number;
  /**
   * How far, in the table's units, a token's context features (role-features.ts `roleContextKeys` and
   * the previous-tag rows) almost never move a B- tag towards O: a token after O whose other features
   * put O ahead of every B- tag by at least this is tagged O without probing them (tag-roles.ts).
   * Infinity (every token probed, the exact decoding) when the model file names none.
   */
  contextBound: number;
  /**
   * The rows of the context features of few values (role-features.ts `roleFewValuedKeys`), dense by
   * their index at index * T, and which of them the model has weights for: a few kilobytes instead of
   * a cache line each across the large table, which the other stages push out of the processor's
   * caches between two articles.
   */
  fewRows: Float32Array;
  fewKept: Uint8Array;
}

/** Makes a decoded model ready for tagging. */
export function prepareRoleModel(loaded: LoadedModel): RoleModel {
  const T = ROLE_TAGS.length;
  if (loaded.header.classes.join(' ') !== ROLE_TAGS.join(' ')) throw new Error(`events-roles model: expected tags ${ROLE_TAGS.join(' ')}, found ${loaded.header.classes.join(' ')}`);
  const history = new Float32Array(T * T * T);
  const keys = new Uint32Array(4);
  for (let p1 = 0; p1 < T; p1++) {
    for (let p2 = 0; p2 < T; p2++) {
      const n = roleHistoryKeys(p1, p2, keys);
      for (let f = 0; f < n; f++) loaded.table.addAt(keys[f]!, history, (p1 * T + p2) * T);
    }
  }
  const fewRows = new Float32Array(FEW_VALUED * T);
  const fewKept = new Uint8Array(FEW_VALUED);
  roleFewValuedKeys().forEach((key, f) => {
    const row = loaded.table.find(key);
    if (row < 0) return;
    loaded.table.addRow(row, fewRows, f * T);
    fewKept[f] = 1;
  });
  const bias = Number(loaded.header.outsideBias ?? 0);
  const bound = loaded.header.contextBound === undefined ? Infinity : Number(loaded.header.contextBound) / loaded.header.scale;
  return { ...loaded, cache: new WordVectorCache(loaded.table, WORD_ROLES, roleWordKeys, 8192), history, outsideBias: bias / loaded.header.scale, contextBound: bound, fewRows, fewKept };
}

/** A model from the bytes of its file (as written by pos/model-file.ts `encodeModel`), ready for tagging. */
export function loadRoleModel(file: Uint8Array): RoleModel {
  return prepareRoleModel(decodeModel(file));
}

let loaded: RoleModel | undefined;

/** The committed model, loaded on first use. */
export function roleModel(): RoleModel {
  loaded ??= loadRoleModel(readFileSync(dataFile('models', 'events-roles.bin.gz')));
  return loaded;
}
