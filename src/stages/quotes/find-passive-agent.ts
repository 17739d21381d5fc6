/**
 * The agent of a passive cue is its source: "When asked by a reporter whether ...", "was told by
 * officials that ...". The "by" phrase is neither cue nor content; what was asked or told follows it.
 */
import type { CueCandidate } from './find-cues.js';
import type { TokenRange } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { CLAUSE_BOUNDARIES, COMPLEMENTISERS, SENTENCE_END, lowerWord } from './word-classes.js';

const MAX_AGENT = 10;
/**
 * Prepositions that open what was asked or said after the agent ("asked by reporters about the strike",
 * "described by the governor as an act of terror", "criticized by the unions over the cuts").
 */
const CONTENT_PREPOSITIONS = new Set(['about', 'on', 'for', 'of', 'as', 'over']);

/** The agent after a passive verb cue ("asked by a reporter"), ending before the content or the sentence end; else undefined. */
export function findPassiveAgent(scene: QuoteScene, cue: CueCandidate, to: number): TokenRange | undefined {
  const { tokens } = scene;
  if (cue.role !== 'verb' || tokens[cue.head]!.pos !== 'VBN' || lowerWord(tokens[cue.to] ?? tokens[cue.head]!) !== 'by') return undefined;
  const from = cue.to + 1;
  let k = from;
  while (k < to && k - from < MAX_AGENT) {
    const t = tokens[k]!;
    const w = lowerWord(t);
    if (k > from && (COMPLEMENTISERS.has(w) || CONTENT_PREPOSITIONS.has(w) || scene.opensAt.has(k))) break;
    // At the sentence end the agent closes it ("The plan was criticized by the union."): the subject is the content.
    if (SENTENCE_END.has(t.text) && k === to - 1) break;
    // A possessive apostrophe ("the dockers' union") is no boundary; a quotation mark is.
    const possessive = (w === "'" || w === '’') && !scene.opensAt.has(k) && !scene.closesAt.has(k);
    if (t.text === ',' || t.text === ':' || SENTENCE_END.has(t.text) || (CLAUSE_BOUNDARIES.has(w) && w !== 'and' && !possessive)) return undefined;
    k++;
  }
  return k > from && k - from < MAX_AGENT ? [from, k] : undefined;
}
