/**
 * Places for events whose own sentence names none, from what the article says around them: the
 * dateline for the lead events, the town "in the city" refers back to, the place of the event before
 * in the paragraph. Each is marked in the location's rule; no place the text does not name.
 */
import type { NewsEvent, EventLocation } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { locationOf, type findDateline } from './attach-location.js';

/** Types that happen in a place of their own: not agreements, recognitions or a whole invasion. */
const DATELINE_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots']);

/** Lead events with no place of their own took place at the dateline ("TBILISI — Police detained ..."). */
export function locateByDateline(dateline: NonNullable<ReturnType<typeof findDateline>>, events: NewsEvent[]): void {
  for (const e of events) {
    if (e.location || e.rule === 'trigger:invasion') continue;
    if (!DATELINE_TYPES.has(e.type) && e.subtype !== 'Arrests') continue;
    const first = e.mentions[0]!;
    if (first.start >= dateline.paragraph.start && first.end <= dateline.paragraph.end) e.location = dateline.location;
  }
}

/** Nouns that refer back to a named town ("in the city" after "Kharkiv"). */
const TOWN_NOUNS = new Set(['city', 'town', 'village', 'settlement']);
/** Prepositions before "the city" that say where something happened. */
const AT = new Set(['in', 'at', 'on', 'near', 'outside', 'across', 'around', 'into', 'of']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const TOWARDS = new Set(['the', 'further', 'farther', 'to']);

/** Whether the sentence of token `t` moves to a place it does not name ("elsewhere", "in the south", "further north"). */
function movesAway(scene: EventScene, t: number): boolean {
  const s = scene.sentence[t];
  let i = t;
  while (i > 0 && scene.sentence[i - 1] === s) i--;
  for (; i < scene.words.length && scene.sentence[i] === s; i++) {
    const w = scene.words[i]!;
    if (w === 'elsewhere' || (COMPASS.has(w) && TOWARDS.has(scene.words[i - 1] ?? '') && scene.words[i + 1] !== 'of')) return true;
  }
  return false;
}

/** A copy of a location found elsewhere in the article, its rule saying where it came from. */
function inherited(from: EventLocation, rule: string): EventLocation {
  return { ...from, expression: { ...from.expression }, rule };
}

/**
 * "Shelling in the city" after "Kharkiv ...": the last town the article named before the mention's
 * "in the city", if its sentence has one near the mention.
 */
function townReferredTo(scene: EventScene, event: NewsEvent): EventLocation | undefined {
  const places = scene.doc.layers.places;
  if (!places) return undefined;
  const w = scene.words;
  for (const span of event.mentions) {
    const t = scene.tokenOf(span.start);
    const s = scene.sentence[t];
    const to = Math.min(w.length - 2, t + 10);
    for (let i = Math.max(1, t - 10); i < to; i++) {
      if (scene.sentence[i + 1] !== s || w[i] !== 'the' || !TOWN_NOUNS.has(w[i + 1]!) || !AT.has(w[i - 1]!) || w[i + 2] === 'of') continue;
      const before = scene.tokens[i]!.start;
      let found: EventLocation | undefined;
      for (const p of places) {
        if (p.end > before) break;
        if (p.usage !== 'location' || p.rule.startsWith('demonym') || p.precision !== 'town') continue;
        found = locationOf(p, 'inherited-town-referred');
      }
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Events that name no place of their own take one the article gives them, marked as inherited in the
 * location's rule (never a place the text does not name): the town that "in the city" refers back
 * to; else the place of the latest located event mentioned before it in the same paragraph; else,
 * when the article's lead events happened at its dateline, the dateline's place ("LIMA – Police fired
 * tear gas at protesters in Lima ... officers had detained 30 people"). A dateline alone is where
 * the report was filed ("GENEVA – talks ... government forces had shelled two villages"): a place
 * only when the story is set there.
 */
export function inheritPlaces(scene: EventScene, events: readonly NewsEvent[], dateline: ReturnType<typeof findDateline>): void {
  const paragraphs = scene.doc.layers.paragraphs ?? [];
  const settled = dateline !== undefined && events.some((e) => e.location?.name === dateline.location.name);
  const located = events.filter((e) => e.location);
  for (const e of events) {
    if (e.location) continue;
    if (!DATELINE_TYPES.has(e.type) && e.subtype !== 'Arrests') continue;
    const town = townReferredTo(scene, e);
    if (town) {
      e.location = town;
      continue;
    }
    const first = e.mentions[0]!;
    // "In the south, police detained ...", "Elsewhere, ...": somewhere the text does not name.
    if (movesAway(scene, scene.tokenOf(first.start))) continue;
    const paragraph = paragraphs.find((p) => p.start <= first.start && first.start < p.end);
    let previous: { at: number; location: EventLocation } | undefined;
    if (paragraph) {
      for (const other of located) {
        if (other === e) continue;
        for (const m of other.mentions) {
          if (m.start >= paragraph.start && m.end <= first.start && (!previous || m.start > previous.at)) previous = { at: m.start, location: other.location! };
        }
      }
    }
    if (previous) e.location = inherited(previous.location, 'inherited-previous-event');
    else if (settled) e.location = inherited(dateline.location, 'inherited-dateline');
  }
}
