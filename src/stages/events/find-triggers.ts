/**
 * Finds the words that report an event: lexicon triggers (event-triggers.json), longest match first.
 * A verb after "to" or a modal ("planning to retake", "could strike") reports no event that happened,
 * so it is left out.
 */
import type { Span } from '../../model/span.js';
import type { EventScene } from './event-scene.js';
import { eventLexicons, type TriggerEntry } from './lexicons.js';

/** One mention of an event: its trigger tokens `[start, end)` and lexicon entry. */
export interface TriggerMention {
  start: number;
  end: number;
  span: Span;
  entry: TriggerEntry;
  sentence: number;
}

const IRREALIS = new Set(['to', 'will', 'would', 'could', 'might', 'may', 'shall', 'should', 'can', 'cannot', "n't", 'not', 'never']);

/** Every trigger mention in the document, in text order. */
export function findTriggers(scene: EventScene): TriggerMention[] {
  const { triggers } = eventLexicons();
  const mentions: TriggerMention[] = [];
  for (const m of triggers.findAll(scene.words)) {
    const before = scene.words[m.start - 1];
    const tag = scene.tokens[m.start]!.pos;
    const verbal = tag ? tag.startsWith('VB') : true;
    if (before && IRREALIS.has(before) && verbal && m.end - m.start === 1) continue;
    mentions.push({ start: m.start, end: m.end, span: scene.span(m.start, m.end), entry: m.entry, sentence: scene.sentence[m.start]! });
  }
  return mentions;
}
