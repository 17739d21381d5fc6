/**
 * Prisoner exchanges: "Ukraine and Russia exchanged 100 prisoners of war", "a prisoner swap", "the
 * exchange of prisoners", and after one of those "the swap" or "the exchange". ACLED codes a prisoner
 * exchange as a Strategic development of the Agreement sub-type. An exchange of fire is an armed clash. Found by rule, not from the trigger
 * lexicon, which the MUC-4 role tagger reads as a feature: "exchange" alone is as often an exchange of
 * fire or of views.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerEntry } from './lexicons.js';
import type { TriggerMention } from './find-triggers.js';
import { EXCHANGE_VERBS, FLAG_EXCHANGE } from './roles/role-lexicon.js';

const EXCHANGE_NOUN = /^(?:exchanges?|swaps?)$/;
const PRISONERS = /^(?:prisoners?|pows?|captives?|detainees?|hostages)$/;

const EXCHANGE: TriggerEntry = {
  id: 'prisoner-exchange',
  terms: ['prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'exchanged prisoners'],
  note: 'A prisoner exchange, which ACLED codes as a Strategic development of the Agreement sub-type.',
  source: 'acled',
  type: 'Strategic developments',
  subtype: 'Agreement',
  kind: 'prisoner exchange',
};

/** "exchanged fire", "an exchange of fire", "traded fire": an armed clash, as the trigger lexicon's. */
const FIRE_EXCHANGE: TriggerEntry = {
  id: 'exchange-of-fire',
  terms: ['exchanged fire', 'exchange of fire', 'traded fire'],
  note: 'Two sides firing at each other: an armed clash.',
  source: 'acled',
  type: 'Battles',
  subtype: 'Armed clash',
};

/** Words before an exchange that make it talked of or planned, not done ("Talks on a prisoner exchange", "would swap"). */
const NOT_DONE = /^(?:talks|negotiations?|negotiat(?:e|ed|ing)|discuss(?:es|ed|ing)?|discussions?|proposals?|proposed|propose|plans?|planned|planning|possible|potential|future|next|upcoming|awaited|awaiting|demand(?:s|ed)?|call(?:s|ed)?|to|will|would|could|might|may|should|can|not|n't|never|no|without)$/;

function notDone(scene: EventScene, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 4 && scene.sentence[j] === scene.sentence[i]; j--) if (NOT_DONE.test(scene.words[j]!)) return true;
  return false;
}

/** Whether prisoners are named within `max` tokens after `from` in the sentence of `at`. */
function prisonersAfter(scene: EventScene, from: number, max: number, at: number): boolean {
  for (let i = from; i < scene.words.length && i - from < max && scene.sentence[i] === scene.sentence[at]; i++) if (PRISONERS.test(scene.words[i]!)) return true;
  return false;
}

/** Adds the prisoner exchanges of a scene to its trigger mentions, in text order. */
export function addPrisonerExchanges(scene: EventScene, mentions: TriggerMention[]): TriggerMention[] {
  const w = scene.words;
  const found: TriggerMention[] = [];
  const swaps = (): boolean => found.some((m) => m.entry === EXCHANGE);
  // The forms of "exchange", "swap" and "trade" are marked per word type (role-lexicon.ts): a scan of
  // bytes, where a set lookup per word of the article was most of this function's time.
  const flags = scene.roles.flags;
  for (let i = 0; i < w.length; i++) {
    if ((flags[i]! & FLAG_EXCHANGE) === 0) continue;
    const word = w[i]!;
    const verb = EXCHANGE_VERBS.has(word);
    if ((verb || word === 'traded' || word === 'trading') && (w[i + 1] === 'fire' || (w[i + 1] === 'of' && w[i + 2] === 'fire'))) {
      const end = w[i + 1] === 'fire' ? i + 2 : i + 3;
      found.push({ start: i, end, span: scene.span(i, end), entry: FIRE_EXCHANGE, sentence: scene.sentence[i]! });
      continue;
    }
    if (!verb) continue;
    const pos = scene.tokens[i]!.pos ?? '';
    let exchange = false;
    if (pos.startsWith('VB')) exchange = prisonersAfter(scene, i + 1, 6, i);
    if (!exchange && EXCHANGE_NOUN.test(word)) {
      // "prisoner exchange", "prisoners swap", "exchange of prisoners", then "the swap" once one was reported.
      exchange = (i > 0 && PRISONERS.test(w[i - 1]!) && scene.sentence[i - 1] === scene.sentence[i]) || (w[i + 1] === 'of' && prisonersAfter(scene, i + 2, 3, i)) || swaps() || prisonersAfter(scene, i + 1, 4, i);
    }
    if (!exchange || notDone(scene, i)) continue;
    found.push({ start: i, end: i + 1, span: scene.span(i, i + 1), entry: EXCHANGE, sentence: scene.sentence[i]! });
  }
  if (found.length === 0) return mentions;
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}
