/**
 * Finds the words that report an event: lexicon triggers (event-triggers.json), longest match first.
 * A verb after "to" or a modal ("planning to retake", "could strike") reports no event that happened,
 * so it is left out.
 */
import type { Span } from '../../model/span.js';
import type { EventScene } from './event-scene.js';
import type { TriggerEntry } from './lexicons.js';
import { LEX_TRIGGER, ROLE_LEXICONS, roleLexiconEntries } from './roles/role-lexicon.js';

/** One mention of an event: its trigger tokens `[start, end)` and lexicon entry. */
export interface TriggerMention {
  start: number;
  end: number;
  span: Span;
  entry: TriggerEntry;
  sentence: number;
}

const IRREALIS = new Set(['to', 'will', 'would', 'could', 'might', 'may', 'shall', 'should', 'can', 'cannot', "n't", 'not', 'never']);

const L = ROLE_LEXICONS.length;

/** Every trigger mention in the document, in text order (the lexicon matches made for the role tagger). */
export function findTriggers(scene: EventScene): TriggerMention[] {
  const entries = roleLexiconEntries<TriggerEntry>(LEX_TRIGGER);
  const { place, entryIndex, lexicons, length: n } = scene.roles;
  const mentions: TriggerMention[] = [];
  for (let start = 0; start < n; start++) {
    if ((lexicons[start]! & (1 << LEX_TRIGGER)) === 0 || place[start * L + LEX_TRIGGER] !== 1) continue;
    let end = start + 1;
    while (end < n && place[end * L + LEX_TRIGGER] === 2) end++;
    const before = scene.words[start - 1];
    const tag = scene.tokens[start]!.pos;
    const verbal = tag ? tag.startsWith('VB') : true;
    if (before && IRREALIS.has(before) && verbal && end - start === 1) continue;
    const entry = entries[entryIndex[start * L + LEX_TRIGGER]!]!;
    mentions.push({ start, end, span: scene.span(start, end), entry, sentence: scene.sentence[start]! });
  }
  return mentions;
}
