/**
 * The MUC-4 role metric of ../shared/data/README.md (GRIT's): per role, a predicted string counts if it
 * equals, case- and space-insensitively, a mention of a gold entity not already matched; precision over
 * predicted strings, recall over gold entities; micro P/R/F1 over the five roles.
 */
import { MUC_ROLES, type MucRole } from '../../stages/events/roles/role-model.js';
import type { RoleDocument, RolePrediction } from './read-roles.js';

export interface RoleCounts {
  predicted: number;
  gold: number;
  matched: number;
}

/** Lower-cases and collapses whitespace, as the metric compares strings. */
export function normalizeFiller(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Counts for one document and role. */
export function countRole(gold: RoleDocument, predicted: readonly string[], role: MucRole): RoleCounts {
  const entities = gold.extracts[role].map((mentions) => new Set(mentions.map(([text]) => normalizeFiller(text))));
  const used = new Array<boolean>(entities.length).fill(false);
  let matched = 0;
  for (const p of predicted) {
    const norm = normalizeFiller(p);
    const k = entities.findIndex((mentions, i) => !used[i] && mentions.has(norm));
    if (k >= 0) {
      used[k] = true;
      matched++;
    }
  }
  return { predicted: predicted.length, gold: entities.length, matched };
}

function prf(c: RoleCounts): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const r = c.gold === 0 ? 0 : c.matched / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Scores predictions against gold; documents without a prediction count as predicting nothing. */
export function scoreRoles(gold: readonly RoleDocument[], predictions: readonly RolePrediction[]): Record<string, number> {
  const byId = new Map(predictions.map((p) => [p.docid, p]));
  const totals = Object.fromEntries(MUC_ROLES.map((r) => [r, { predicted: 0, gold: 0, matched: 0 }])) as Record<MucRole, RoleCounts>;
  for (const doc of gold) {
    const prediction = byId.get(doc.docid);
    for (const role of MUC_ROLES) {
      const c = countRole(doc, prediction?.[role] ?? [], role);
      totals[role].predicted += c.predicted;
      totals[role].gold += c.gold;
      totals[role].matched += c.matched;
    }
  }
  const all = { predicted: 0, gold: 0, matched: 0 };
  const metrics: Record<string, number> = {};
  for (const role of MUC_ROLES) {
    const c = totals[role];
    all.predicted += c.predicted;
    all.gold += c.gold;
    all.matched += c.matched;
    const s = prf(c);
    metrics[`${role}.precision`] = s.p;
    metrics[`${role}.recall`] = s.r;
    metrics[`${role}.f1`] = s.f1;
  }
  const s = prf(all);
  return { 'roles.precision': s.p, 'roles.recall': s.r, 'roles.f1': s.f1, ...metrics };
}
