/**
 * A toll given by a named subject in the outlet's words: "Police initially put the number of dead at
 * nine", "The ministry gave the number of wounded as 27", "Rescuers estimated the dead at about 30".
 * The subject of the estimate verb claims the figure, not the outlet (estimate-claimant.ts, the rule
 * crowd sizes share).
 */
import type { CasualtyKind, Claimant } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { estimateClaimant, estimateVerbAt } from './estimate-claimant.js';
import { eventLexicons } from './lexicons.js';

/** A toll set by a subject: the total's kind and lexicon id, its first token, and who sets it. */
export interface SetToll {
  kind: CasualtyKind;
  id: string;
  start: number;
  claimant: Claimant;
}

/** The toll before the figure at `figureStart` and the subject that gives it, if a toll-setting verb does. */
export function tollSetBy(scene: EventScene, figureStart: number): SetToll | undefined {
  const w = scene.words;
  const s = scene.sentence[figureStart];
  const prep = figureStart - 1;
  if (w[prep] !== 'at' && w[prep] !== 'as') return undefined;
  const lex = eventLexicons();
  // The total: a toll ("the number of dead", "the death toll") or "the dead", "the wounded".
  // The longest total first: "the death toll", not "toll".
  let from = prep - 1;
  while (from > 1 && prep - from < 6 && scene.sentence[from - 1] === s) from--;
  for (let k = from; k < prep; k++) {
    const toll = lex.casualtyTolls.matchAt(w, k, prep);
    const total = toll?.end === prep ? toll : w[k - 1] === 'the' ? lex.casualtiesAfter.matchAt(w, k, prep) : undefined;
    if (!total || total.end !== prep) continue;
    let v = k - 1;
    while (v >= 0 && (w[v] === 'the' || w[v] === 'its' || w[v] === 'their')) v--;
    if (v < 0 || scene.sentence[v] !== s) return undefined;
    if (!estimateVerbAt(scene, v, w[prep]!)) return undefined;
    const claimant = estimateClaimant(scene, v);
    if (!claimant) return undefined;
    return { kind: total.entry.kind, id: total.entry.id, start: k, claimant };
  }
  return undefined;
}
