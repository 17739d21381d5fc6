/**
 * The stance a claim's own cues give a voice on an event, beyond its quote's cue: a denial in the
 * outlet's voice ("Sudan's army denies bombing ..."), a questioning cue, hedges and distancing; and
 * whether a denial is of the denier's own act ("denied carrying out the strike"). Read by voiceOf
 * (attach-claimants.ts).
 */
import type { Claim } from '../../model/layers/claims.js';
import type { Quote } from '../../model/layers/quotes.js';
import { phraseBefore, type EventScene } from './event-scene.js';
import type { Voice } from './attach-claimants.js';
import { ownSideSubjectAt } from './own-side-subject.js';

/** The tags of a verb that heads a clause: a denial cue in the outlet's voice is the denier's verb ("Sudan's army denies bombing ..."). */
const VERB_TAG = /^VB[DZP]?$/;

/**
 * The stance a claim gives the voice, beyond the quote's cue: a denial cue in the outlet's own voice
 * ("Sudan's army denies bombing Kabkabiya market": the army denies, the outlet reports it), a questioning
 * cue ("questioned whether"), and how the outlet qualifies the claimant's word (hedge, distancing).
 */
export function readClaimStance(scene: EventScene, voice: Voice, claim: Claim, quote: Quote | undefined, from: number): void {
  const start = scene.tokens[from]!.start;
  for (const c of claim.cues) {
    if (isOtherQuoteCue(scene, claim, c)) continue; // another source's position on the claim, not the outlet's qualification
    if (c.kind === 'hedged') voice.qualified ??= 'hedged';
    else if (c.kind === 'disputed' && voice.stance === 'asserts') voice.qualified = 'distanced';
    else if (c.kind === 'questioned' && voice.stance === 'asserts' && c.end <= start) {
      voice.stance = 'disputes';
      voice.cue ??= { start: c.start, end: c.end, text: c.text };
    } else if (c.kind === 'denied' && !quote && c.end <= start && voice.stance === 'asserts' && inDenialScope(scene, c.end, from)) {
      voice.stance = 'denies';
      voice.cue = { start: c.start, end: c.end, text: c.text };
      const cueToken = scene.tokenOf(c.start);
      if (ownActDenied(scene, c.end, from)) voice.about = 'responsibility';
      // The subject of the denial verb denies; the outlet only reports the denial.
      const verb = VERB_TAG.test(scene.tokens[cueToken]!.pos ?? '') || DENIAL_VERB_ENTRY.test(c.entry ?? '');
      const subject = verb ? phraseBefore(scene, cueToken, 6) : undefined;
      if (subject && scene.sentence[subject[0]] === scene.sentence[cueToken]) voice.claimant = { kind: 'source', name: scene.span(subject[0], subject[1]).text };
    }
  }
  if (voice.stance !== 'asserts') voice.qualified = undefined;
}

/**
 * Whether claim cue `c` is the cue of a quote other than the claim's own: another source's position on
 * the claim (", a charge the rebels denied", ", which the army called “pure invention”":
 * claims/find-back-references.ts), not how the outlet reports the claimant.
 */
export function isOtherQuoteCue(scene: EventScene, claim: Claim, c: { start: number; end: number }): boolean {
  if (c.start < claim.end) return false;
  for (const q of scene.doc.layers.quotes ?? []) if (q.cue && q.cue.start === c.start && q.cue.end === c.end) return q.id !== claim.quote;
  return false;
}

/** Denial cues that are verbs whatever a headline's tags say ("Sudan's army denies bombing ..."). */
const DENIAL_VERB_ENTRY = /^denial-cues:(?:denied|rejected|dismissed)$/;
/** Words that start another clause after a denial's complement ("denies bombing the market as toll rises"). */
const SCOPE_BREAK = /^(?:[,;:]|as|while|when|after|before|but|because|since|although|though)$/;

/** Whether token `from` lies in the complement of a denial cue ending at offset `cueEnd`: no other clause starts between them. */
function inDenialScope(scene: EventScene, cueEnd: number, from: number): boolean {
  for (let t = scene.tokenOf(cueEnd); t < from; t++) if (SCOPE_BREAK.test(scene.words[t]!) || scene.sentence[t] !== scene.sentence[from]) return false;
  return true;
}

/** Auxiliaries between a clause's subject and its verb ("its forces had shelled"). */
const AUXILIARY = /^(?:had|has|have|did|was|were)$/;

/**
 * Whether a denial cue ending at offset `cueEnd` denies the denier's own act in the mention at token
 * `from`: a gerund clause ("denied carrying out the strike"), or a clause whose subject is the denier's
 * own side ("denied its forces shelled the market", "denies that it had struck the town").
 */
export function ownActDenied(scene: EventScene, cueEnd: number, from: number): boolean {
  const w = scene.words;
  let t = scene.tokenOf(cueEnd);
  while (t < from && /^(?:any|ever|again|having)$/.test(w[t]!)) t++;
  if (t <= from && scene.tokens[t]?.pos === 'VBG' && scene.sentence[t] === scene.sentence[from]) return true;
  if (w[t] === 'that') t++;
  if (t >= from || scene.sentence[t] !== scene.sentence[from]) return false;
  const subject = ownSideSubjectAt(scene, t);
  if (subject === 0) return false;
  t += subject;
  while (t < from && AUXILIARY.test(w[t]!)) t++;
  return t === from;
}
