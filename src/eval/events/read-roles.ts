/**
 * Reads MUC-4 role fillers in the form of GRIT (Du et al. 2021): one JSON object per line,
 * `{docid, doctext, extracts: {PerpInd: [[[mention, offset], ...], ...], PerpOrg, Target, Victim, Weapon}}`.
 * Each role holds entities; each entity lists the mentions that count as it.
 */
import { readFileSync } from 'node:fs';
import { MUC_ROLES, type MucRole } from '../../stages/events/roles/role-model.js';

/** One gold mention: its text and its offset in `doctext`. */
export type GoldMention = [text: string, offset: number];

export interface RoleDocument {
  docid: string;
  doctext: string;
  /** Per role, the gold entities, each a list of mentions. */
  extracts: Record<MucRole, GoldMention[][]>;
}

/** Role predictions for one document, in GRIT's prediction form: one string per entity. */
export type RolePrediction = { docid: string } & Record<MucRole, string[]>;

/** Reads a GRIT-form JSONL file; throws (a data error) on a line that is not such a record. */
export function readRoleDocuments(path: string): RoleDocument[] {
  const docs: RoleDocument[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as Partial<RoleDocument>;
    if (typeof record.docid !== 'string' || typeof record.doctext !== 'string') throw new Error(`${path}:${i + 1}: expected {docid, doctext, extracts}, found keys ${Object.keys(record).join(', ')}`);
    const extracts = {} as Record<MucRole, GoldMention[][]>;
    for (const role of MUC_ROLES) extracts[role] = record.extracts?.[role] ?? [];
    docs.push({ docid: record.docid, doctext: record.doctext, extracts });
  }
  return docs;
}
