/**
 * A clause subject that is the speaker's own side: "it", "we", or "its"/"our" before a plural or
 * singular common noun ("its forces", "our troops"). A denial of an act with such a subject ("said its
 * forces had not struck", "denied it had shelled") is about who did it, not about whether it happened.
 * Read by claim-stance (ownActDenied), negated-report and deny-negated-triggers.
 */
import type { EventScene } from './event-scene.js';

const SELF_PRONOUN = /^(?:it|we)$/;
const SELF_OWNER = /^(?:its|our)$/;

/** The length in tokens of an own-side subject starting at token `t` (1 or 2), or 0 when none starts there. */
export function ownSideSubjectAt(scene: EventScene, t: number): number {
  const w = scene.words[t];
  if (w === undefined) return 0;
  if (SELF_PRONOUN.test(w)) return 1;
  return SELF_OWNER.test(w) && /^NNS?$/.test(scene.tokens[t + 1]?.pos ?? '') ? 2 : 0;
}

/** Whether an own-side subject ends at token `s`, all of it within `inside` (its sentence, its quote). */
export function ownSideSubjectEndsAt(scene: EventScene, s: number, inside: (i: number) => boolean): boolean {
  if (!inside(s)) return false;
  return ownSideSubjectAt(scene, s) === 1 || (inside(s - 1) && ownSideSubjectAt(scene, s - 1) === 2);
}
