/**
 * Attribution metrics as ../shared/data/README.md defines them. Per role (source, cue, content):
 * exact-span F1 (same fragments), overlap F1 (a prediction counts if it overlaps a gold span of the same
 * role, a gold span counts if a prediction overlaps it) and character F1 (characters covered by both).
 * An attribution matches when its content overlaps and, where gold has a source, its source overlaps.
 * Counts are summed over documents (micro average) so several documents can be pooled.
 */
import type { BratAttribution, Fragment } from './read-brat.js';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

interface Hits {
  predicted: number;
  gold: number;
  /** Predictions that match some gold span. */
  truePredicted: number;
  /** Gold spans that some prediction matches. */
  trueGold: number;
}

/** Pooled counts for a set of documents. */
export interface AttributionCounts {
  exact: Record<Role, Hits>;
  overlap: Record<Role, Hits>;
  chars: Record<Role, Hits>;
  attribution: Hits;
}

const hits = (): Hits => ({ predicted: 0, gold: 0, truePredicted: 0, trueGold: 0 });

/** Empty counts to add documents to. */
export function emptyCounts(): AttributionCounts {
  const perRole = (): Record<Role, Hits> => ({ source: hits(), cue: hits(), content: hits() });
  return { exact: perRole(), overlap: perRole(), chars: perRole(), attribution: hits() };
}

/** Adds one document's predictions against its gold to `counts`. */
export function addDocument(counts: AttributionCounts, gold: readonly BratAttribution[], predicted: readonly BratAttribution[]): void {
  for (const role of ROLES) {
    const g = uniqueSpans(gold.map((a) => a[role]));
    const p = uniqueSpans(predicted.map((a) => a[role]));
    tally(counts.exact[role], g, p, sameFragments);
    tally(counts.overlap[role], g, p, fragmentsOverlap);
    const gc = coveredChars(g);
    const pc = coveredChars(p);
    let both = 0;
    for (const c of pc) if (gc.has(c)) both++;
    add(counts.chars[role], { predicted: pc.size, gold: gc.size, truePredicted: both, trueGold: both });
  }
  const matches = (pa: BratAttribution, ga: BratAttribution): boolean =>
    fragmentsOverlap(pa.content, ga.content) && (ga.source.length === 0 || fragmentsOverlap(pa.source, ga.source));
  const a = counts.attribution;
  a.predicted += predicted.length;
  a.gold += gold.length;
  a.truePredicted += predicted.filter((pa) => gold.some((ga) => matches(pa, ga))).length;
  a.trueGold += gold.filter((ga) => predicted.some((pa) => matches(pa, ga))).length;
}

/** Adds `more` into `counts`. */
export function mergeCounts(counts: AttributionCounts, more: AttributionCounts): void {
  for (const role of ROLES) {
    add(counts.exact[role], more.exact[role]);
    add(counts.overlap[role], more.overlap[role]);
    add(counts.chars[role], more.chars[role]);
  }
  add(counts.attribution, more.attribution);
}

/** Metric name → value: `source.exact.f1`, `content.overlap.precision`, `cue.char.recall`, `attribution.overlap.f1`... */
export function metricsOf(counts: AttributionCounts): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (prefix: string, h: Hits): void => {
    const precision = h.predicted ? h.truePredicted / h.predicted : 0;
    const recall = h.gold ? h.trueGold / h.gold : 0;
    out[`${prefix}.precision`] = precision;
    out[`${prefix}.recall`] = recall;
    out[`${prefix}.f1`] = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  };
  for (const kind of ['exact', 'overlap', 'char'] as const) {
    for (const role of ROLES) put(`${role}.${kind}`, counts[kind === 'char' ? 'chars' : kind][role]);
  }
  put('attribution.overlap', counts.attribution);
  out['attribution.gold'] = counts.attribution.gold;
  out['attribution.predicted'] = counts.attribution.predicted;
  return out;
}

function add(into: Hits, h: Hits): void {
  into.predicted += h.predicted;
  into.gold += h.gold;
  into.truePredicted += h.truePredicted;
  into.trueGold += h.trueGold;
}

function tally(h: Hits, gold: Fragment[][], predicted: Fragment[][], match: (a: Fragment[], b: Fragment[]) => boolean): void {
  h.gold += gold.length;
  h.predicted += predicted.length;
  h.truePredicted += predicted.filter((p) => gold.some((g) => match(p, g))).length;
  h.trueGold += gold.filter((g) => predicted.some((p) => match(p, g))).length;
}

/** A role's spans of one document, each once (a source shared by two attributions is one span). */
function uniqueSpans(spans: Fragment[][]): Fragment[][] {
  const seen = new Set<string>();
  const out: Fragment[][] = [];
  for (const s of spans) {
    if (s.length === 0) continue;
    const key = s.map((f) => `${f.start}-${f.end}`).join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function sameFragments(a: Fragment[], b: Fragment[]): boolean {
  return a.length === b.length && a.every((f, i) => f.start === b[i]!.start && f.end === b[i]!.end);
}

/** Whether any fragment of `a` shares a character with any fragment of `b`. */
export function fragmentsOverlap(a: Fragment[], b: Fragment[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function coveredChars(spans: Fragment[][]): Set<number> {
  const chars = new Set<number>();
  for (const s of spans) for (const f of s) for (let i = f.start; i < f.end; i++) chars.add(i);
  return chars;
}
