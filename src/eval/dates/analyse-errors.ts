/**
 * Error analysis for the dates evaluation: results by gold type and by rule, and the most frequent
 * misses, spurious predictions and wrong values, so a change can be judged by pattern, not only by F1.
 */
import type { TimeExpression } from '../../model/layers/dates.js';
import { matchTimexes } from './score-timex.js';
import type { GoldTimex } from './read-timeml.js';

export interface ErrorTally {
  byType: Map<string, { gold: number; found: number; value: number }>;
  byRule: Map<string, { predicted: number; matched: number; value: number }>;
  missed: Map<string, number>;
  spurious: Map<string, number>;
  wrongValue: Map<string, number>;
}

export function newTally(): ErrorTally {
  return { byType: new Map(), byRule: new Map(), missed: new Map(), spurious: new Map(), wrongValue: new Map() };
}

/** Adds one document's predictions and gold to the tally. */
export function tallyErrors(tally: ErrorTally, predicted: readonly TimeExpression[], gold: readonly GoldTimex[]): void {
  const pairs = matchTimexes(predicted, gold);
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));
  for (const g of gold) bump(tally.byType, g.type, { gold: 1, found: matchedGold.has(g) ? 1 : 0, value: 0 });
  for (const p of predicted) bump(tally.byRule, p.rule, { predicted: 1, matched: matchedPredicted.has(p) ? 1 : 0, value: 0 });
  for (const { predicted: p, gold: g } of pairs) {
    bump(tally.byType, g.type, { gold: 0, found: 0, value: p.value === g.value ? 1 : 0 });
    bump(tally.byRule, p.rule, { predicted: 0, matched: 0, value: p.value === g.value ? 1 : 0 });
    if (p.value !== g.value) count(tally.wrongValue, `"${g.text.toLowerCase()}" ${p.type} ${p.value} (gold ${g.type} ${g.value}) [${p.rule}]`);
  }
  for (const g of gold) if (!matchedGold.has(g)) count(tally.missed, `"${g.text.toLowerCase()}" ${g.type}`);
  for (const p of predicted) if (!matchedPredicted.has(p)) count(tally.spurious, `"${p.text.toLowerCase()}" ${p.type} ${p.value} [${p.rule}]`);
}

/** Lines for people. */
export function formatTally(tally: ErrorTally, top = 25): string[] {
  const lines = ['By gold type (found = relaxed match; value = right value among all gold):'];
  for (const [type, t] of [...tally.byType].sort()) lines.push(`  ${type.padEnd(9)} gold ${String(t.gold).padStart(5)}  found ${pct(t.found, t.gold)}  value ${pct(t.value, t.gold)}`);
  lines.push('', 'By rule (matched = overlaps a gold span; value = right value among predictions):');
  for (const [rule, t] of [...tally.byRule].sort((a, b) => b[1].predicted - a[1].predicted)) {
    lines.push(`  ${rule.padEnd(18)} predicted ${String(t.predicted).padStart(5)}  matched ${pct(t.matched, t.predicted)}  value ${pct(t.value, t.predicted)}`);
  }
  const list = (title: string, map: Map<string, number>): void => {
    const total = [...map.values()].reduce((a, b) => a + b, 0);
    lines.push('', `${title} (${total}; most frequent ${top}):`);
    for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${String(n).padStart(4)}  ${key}`);
  };
  list('Missed gold expressions', tally.missed);
  list('Spurious predictions', tally.spurious);
  list('Wrong values', tally.wrongValue);
  return lines;
}

/** Per-type and per-rule figures for `--json`. */
export function tallyBreakdown(tally: ErrorTally): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [type, t] of tally.byType) out[`type:${type}`] = { gold: t.gold, found: t.found, value: t.value };
  for (const [rule, t] of tally.byRule) out[`rule:${rule}`] = { predicted: t.predicted, matched: t.matched, value: t.value };
  return out;
}

function bump<T extends Record<string, number>>(map: Map<string, T>, key: string, add: T): void {
  const current = map.get(key) as Record<string, number> | undefined;
  if (!current) map.set(key, { ...add });
  else for (const [k, v] of Object.entries(add)) current[k] = (current[k] ?? 0) + v;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function pct(n: number, d: number): string {
  return `${String(n).padStart(5)} (${d ? ((100 * n) / d).toFixed(1).padStart(5) : '  -  '}%)`;
}
