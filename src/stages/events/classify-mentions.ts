/**
 * What a trigger mention's words say about the event it reports: whether it refers back to one
 * already reported ("the shelling"), reports another one ("new strikes") or a recurring pattern
 * ("shelled almost daily"), and whether a place or date is in its own noun phrase.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';

const DEFINITE = new Set(['the', 'this', 'these', 'those', 'such']);

/** Whether a mention refers back to an event already reported ("the shelling", "these strikes"). */
export function isAnaphoric(scene: EventScene, m: TriggerMention): boolean {
  // Words before the first token are not read: a negative index is a property-name lookup in the runtime.
  if (m.start > 0 && DEFINITE.has(scene.words[m.start - 1]!)) return true;
  // "the deadly shelling" refers back; "The invaders attacked" is a subject and its verb, a new report.
  return m.start > 1 && DEFINITE.has(scene.words[m.start - 2]!) && !FINITE_VERB.test(scene.tokens[m.end - 1]!.pos ?? '');
}

/** Tags of a verb with a subject of its own (past, present, participle): no noun a determiner refers back with. */
const FINITE_VERB = /^VB[DZPN]$/;

/** Words before a trigger that make it another event than the one reported ("new strikes", "another attack"). */
const ANOTHER = new Set(['new', 'another', 'further', 'fresh', 'renewed', 'future', 'more', 'previous', 'earlier', 'past', 'other']);
/** Words near a trigger that make it a recurring pattern, not one event ("shelled almost daily"). */
const RECURRING = new Set(['daily', 'nightly', 'weekly', 'repeatedly', 'regularly', 'routinely', 'constantly', 'frequently', 'often', 'regular', 'constant', 'frequent', 'repeated', 'persistent', 'relentless', 'continuous', 'systematic', 'systematically', 'incessant']);

/** Whether a mention reports another event than the ones before it ("new strikes"). */
export function isAnother(scene: EventScene, m: TriggerMention): boolean {
  const w = scene.words;
  const s = scene.sentence;
  // "other than tear gas" excepts, it does not add another event.
  for (let i = m.start - 1; i >= 0 && m.start - i <= 2 && s[i] === m.sentence; i--) if (ANOTHER.has(w[i]!) && w[i + 1] !== 'than') return true;
  return false;
}

/** Whether a mention reports a recurring pattern ("shelled almost daily"), not one event. */
export function isRecurring(scene: EventScene, m: TriggerMention): boolean {
  const w = scene.words;
  const s = scene.sentence;
  for (let i = Math.max(0, m.start - 3); i < Math.min(w.length, m.end + 3); i++) if (s[i] === m.sentence && RECURRING.has(w[i]!)) return true;
  return false;
}

/** Words a trigger's noun phrase runs on with before its place or date ("the shelling of a market in Donetsk on Sunday"). */
const PHRASE_LINKS = new Set(['of', 'in', 'at', 'on', 'near', 'a', 'an', 'the', 'its', 'their']);

/** Whether token `t` comes right after mention `m` within `max` tokens, in its noun phrase (no verb, no comma between). */
export function ownPhrase(scene: EventScene, m: TriggerMention, t: number, max: number): boolean {
  if (t < m.end || t > m.end + max) return false;
  for (let i = m.end; i < t; i++) {
    const w = scene.words[i]!;
    if (PHRASE_LINKS.has(w)) continue;
    const pos = scene.tokens[i]!.pos ?? '';
    if (!/^(?:NN|JJ|CD)/.test(pos) || scene.sentence[i] !== m.sentence) return false;
  }
  return true;
}
