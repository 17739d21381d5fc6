/**
 * A trailing attribution with the speaker after the verb: "The convoy was hit twice, said an officer."
 * or "..., said Oleh Ivanov, a police officer." The words after the cue are the source, not what was
 * said, when they are a noun phrase (a relative clause about the speaker may follow) that runs to the
 * sentence end or to a comma, and nothing before the cue could be its subject.
 */
import type { CueCandidate } from './find-cues.js';
import { findSourceAfter, findSourceBefore } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
// After a trailing verb the speaker may be a pronoun or open with a number ("said he", "said two officials").
import { NOUN_PRONOUN_OR_NUMBER_SPEAKER_START, SENTENCE_END, isFiniteTag, lowerAt } from './word-classes.js';

const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** Whether the verb cue, after a comma in the sentence `[from, to)`, is followed by its speaker. */
export function isInvertedTrailing(scene: QuoteScene, cue: CueCandidate, from: number, to: number): boolean {
  const { tokens } = scene;
  // Only a bare finite verb from the lexicon inverts ("said an officer"); participles and model cues
  // after a comma ("..., challenging Republicans to ...") take their object.
  if (cue.role !== 'verb' || cue.entry === 'model' || cue.to - cue.from !== 1 || !isFiniteTag(tokens[cue.head]!.pos)) return false;
  if (cue.from - from < 4 || tokens[cue.from - 1]?.text !== ',' || cue.to >= to) return false;
  const first = tokens[cue.to]!;
  if (!NOUN_PRONOUN_OR_NUMBER_SPEAKER_START.test(first.pos ?? '') || RELATIVE.has(lowerAt(tokens, cue.to)) || scene.opensAt.has(cue.to)) return false;
  const source = findSourceAfter(scene, cue.to, to);
  if (!source) return false;
  const next = tokens[source[1]];
  if (next && source[1] < to && !SENTENCE_END.has(next.text) && next.text !== ',') return false;
  // A finite verb outside a relative clause makes the words a clause: "..., said the army had left".
  for (let t = source[0]; t < source[1]; t++) {
    if (RELATIVE.has(lowerAt(tokens, t))) break;
    if (isFiniteTag(tokens[t]!.pos)) return false;
  }
  return findSourceBefore(scene, cue.from, from) === undefined;
}
