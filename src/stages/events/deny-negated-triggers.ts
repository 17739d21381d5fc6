/**
 * A source's negated event verb denies the event it speaks of: "Russia's defence ministry said its
 * forces did not shell the market", "the army said its jets had never struck the town", "Officials
 * insisted the village was not attacked". A negated trigger is no mention of an event (find-triggers
 * drops it: what did not happen), so without this the denier gets no position. The denial goes to the
 * event mentioned nearest (attach-positions' nearestEvent) when its type fits the verb; it is about
 * who did it when the speaker's own side is the subject ("its forces", "we"), as in negated-report.ts.
 */
import type { NewsEvent } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { TriggerEntry } from './lexicons.js';
import { FLAG_STRIKE, LEX_TRIGGER, ROLE_LEXICONS, roleLexiconEntries } from './roles/role-lexicon.js';
import { voiceOf } from './attach-claimants.js';
import { addPosition, nearestEvent } from './attach-positions.js';
import { ownSideSubjectEndsAt } from './own-side-subject.js';

const L = ROLE_LEXICONS.length;
const NEGATION = /^(?:not|n't|never)$/;
/** Auxiliaries before the negation ("did not", "had never", "was not"): the subject stands before them. */
const AUXILIARY = /^(?:did|do|does|had|has|have|was|were|is|are|could|would)$/;
/** Event types of armed violence: a denied shelling denies the strike or attack the article reports. */
const VIOLENCE = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** The type of the strike verbs ("did not hit", "never struck"). */
const STRIKE_TYPE = 'Explosions/Remote violence';

function compatible(type: string, event: NewsEvent): boolean {
  return event.type === type || (VIOLENCE.has(type) && VIOLENCE.has(event.type));
}

/** Whether the subject before the auxiliaries ending at token `end` (exclusive) is the speaker's own side. */
function ownSide(scene: EventScene, end: number, sentence: number): boolean {
  const w = scene.words;
  const inSentence = (i: number): boolean => i >= 0 && scene.sentence[i] === sentence;
  let s = end - 1;
  while (inSentence(s) && AUXILIARY.test(w[s]!)) s--;
  return ownSideSubjectEndsAt(scene, s, inSentence);
}

/** Adds a denial to the nearest event for every negated event verb a quoted source says. */
export function denyNegatedTriggers(scene: EventScene, events: readonly NewsEvent[]): void {
  if (events.length === 0 || !scene.doc.layers.quotes?.length) return;
  const entries = roleLexiconEntries<TriggerEntry>(LEX_TRIGGER);
  const { place, entryIndex, lexicons, flags, length: n } = scene.roles;
  const w = scene.words;
  for (let i = 1; i < n; i++) {
    const trigger = (lexicons[i]! & (1 << LEX_TRIGGER)) !== 0 && place[i * L + LEX_TRIGGER] === 1;
    if (!trigger && (flags[i]! & FLAG_STRIKE) === 0) continue;
    const tag = scene.tokens[i]!.pos;
    if (tag !== undefined && !tag.startsWith('VB')) continue;
    // "did not shell", "had never attacked", "was not hit": the negation right before the verb, as
    // find-triggers drops it ("had not been shelled" is a mention, read by the voice of its own).
    const neg = i - 1;
    if (!NEGATION.test(w[neg] ?? '') || scene.sentence[neg] !== scene.sentence[i]) continue;
    const type = trigger ? entries[entryIndex[i * L + LEX_TRIGGER]!]!.type : STRIKE_TYPE;
    const voice = voiceOf(scene, i, i + 1);
    if (voice.claimant.kind !== 'source' || voice.quotes.length === 0 || voice.stance !== 'asserts' || voice.topic) continue;
    const at = scene.tokens[i]!.start;
    // The nearest event must be of a kind the verb denies: "officers did not attack anyone" after a
    // protest speaks of the protest, not of a strike reported earlier.
    const event = nearestEvent(scene, events, at);
    if (!event || !compatible(type, event)) continue;
    const about = ownSide(scene, neg, scene.sentence[i]!) ? 'responsibility' : 'event';
    addPosition(event, voice.claimant, 'denies', about, [scene.span(neg, neg + 1), scene.span(i, i + 1)], voice.quotes, voice.claims);
  }
}
