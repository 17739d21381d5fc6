/** Runs every time pattern over the class string and returns all matches as token ranges. */
import { timePatterns } from './time-patterns.js';

export interface Candidate {
  /** Pattern id (the `rule` of the annotation). */
  rule: string;
  priority: number;
  /** Token indices `[from, to)` into the classified tokens. */
  from: number;
  to: number;
}

/** All non-empty matches of all patterns; they may overlap (see `selectCandidates`). */
export function findCandidates(classes: string): Candidate[] {
  const out: Candidate[] = [];
  // Which class codes occur (all are ASCII): a pattern needing an absent one cannot match, so its
  // regex is not run.
  present.fill(0);
  for (let i = 0; i < classes.length; i++) present[classes.charCodeAt(i) & 127] = 1;
  for (const pattern of timePatterns()) {
    let possible = true;
    for (let k = 0; k < pattern.required.length && possible; k++) possible = present[pattern.required.charCodeAt(k)] === 1;
    if (!possible) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(classes); m !== null; m = regex.exec(classes)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({ rule: pattern.id, priority: pattern.priority, from: m.index, to: m.index + m[0].length });
    }
  }
  return out;
}

const present = new Uint8Array(128);

/** Keeps the longest candidates that do not overlap (ties: earlier pattern, then earlier start), in text order. */
export function selectCandidates<C extends Candidate>(candidates: readonly C[]): C[] {
  const ranked = [...candidates].sort((a, b) => b.to - b.from - (a.to - a.from) || a.priority - b.priority || a.from - b.from);
  const taken: C[] = [];
  const used = new Set<number>();
  for (const c of ranked) {
    let free = true;
    for (let i = c.from; i < c.to && free; i++) free = !used.has(i);
    if (!free) continue;
    for (let i = c.from; i < c.to; i++) used.add(i);
    taken.push(c);
  }
  return taken.sort((a, b) => a.from - b.from);
}
