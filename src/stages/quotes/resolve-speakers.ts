/**
 * Speakers: the entity a source refers to. With the entity layers, the mention that heads the source
 * gives the entity, and the mention's kind says how it was resolved ("he" → pronoun, "the ministry" →
 * nominal). Without them, a personal pronoun takes the last named speaker before it, and a bare
 * surname takes the fuller name an earlier source gave.
 */
import type { Entity, Mention } from '../../model/layers/entities.js';
import type { Speaker } from '../../model/layers/quotes.js';
import type { Span } from '../../model/span.js';
import { firstEndingAfter } from '../../model/text-index.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'it']);
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;

export interface SpeakerIndex {
  mentions: readonly Mention[];
  entities: Map<string, Entity>;
}

/** Resolves each source (in text order) to a speaker; `undefined` sources give `undefined`. */
export function resolveSpeakers(sources: ReadonlyArray<Span | undefined>, index: SpeakerIndex | undefined): Array<Speaker | undefined> {
  const out: Array<Speaker | undefined> = [];
  let lastNamed: Speaker | undefined;
  const fullNames: string[] = [];
  for (const source of sources) {
    if (!source) {
      out.push(undefined);
      continue;
    }
    const speaker = (index && fromMentions(source, index)) ?? fallback(source, lastNamed, fullNames);
    if (speaker.resolvedBy === 'name') {
      lastNamed = speaker;
      fullNames.push(speaker.name);
    }
    out.push(speaker);
  }
  return out;
}

function fromMentions(source: Span, index: SpeakerIndex): Speaker | undefined {
  let best: Mention | undefined;
  let bestScore = -Infinity;
  for (let i = firstEndingAfter(index.mentions, source.start); i < index.mentions.length && index.mentions[i]!.start < source.end; i++) {
    const m = index.mentions[i]!;
    if (m.type === 'place' && m.metonymy !== 'government' && (m.end - m.start) / (source.end - source.start) < 0.8) continue;
    // Heads come last in English noun phrases; people and organisations speak.
    const score = (m.type === 'person' ? 2 : m.type === 'organisation' ? 1 : 0) - Math.abs(source.end - m.end) / 20 - (m.start < source.start ? 5 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const entity = index.entities.get(best.entity);
  const speaker: Speaker = { name: entity?.name ?? best.text, resolvedBy: best.kind === 'pronoun' ? 'pronoun' : best.kind === 'nominal' ? 'nominal' : 'name' };
  if (entity) speaker.entity = entity.id;
  return speaker;
}

function fallback(source: Span, lastNamed: Speaker | undefined, fullNames: string[]): Speaker {
  const text = source.text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) {
    return lastNamed ? { ...lastNamed, resolvedBy: 'pronoun' } : { name: text, resolvedBy: 'none' };
  }
  if (/^\p{Lu}[\p{L}’'-]+$/u.test(text)) {
    const fuller = fullNames.find((n) => n !== text && n.endsWith(` ${text}`));
    if (fuller) return { name: fuller, resolvedBy: 'name' };
  }
  return { name: text.replace(LEADING_DETERMINER, (m) => (/^the\s/i.test(m) && /^\p{Lu}/u.test(text.slice(m.length)) ? m : '')), resolvedBy: /\p{Lu}/u.test(text) ? 'name' : 'nominal' };
}
