/**
 * The `events` stage: what reportedly happened, where, when, to whom, with what, and who says so.
 * Finds trigger words (ACLED types and sub-types), their actors, sites and weapons, dates and places;
 * merges the mentions of one event; and records every casualty figure as a claim of its own with its
 * claimant, never merged with another's figure.
 */
import type { Stage } from '../../pipeline/stage.js';
import type { NewsEvent, CasualtyClaim, EventActor, EventWeapon } from '../../model/layers/events.js';
import type { Span } from '../../model/span.js';
import type { Building } from './build-events.js';
import { buildScene, type EventScene } from './event-scene.js';
import { findTriggers } from './find-triggers.js';
import { findCasualties } from './find-casualties.js';
import { findFigureChallenges } from './find-figure-challenges.js';
import { attachDates } from './attach-dates.js';
import { findDateline } from './attach-location.js';
import { forgetTermWords } from './match-terms.js';
import { inheritPlaces, locateByDateline } from './inherit-places.js';
import { attachCrowdSizes } from './attach-crowd-sizes.js';
import { attachResponsibility } from './attach-positions.js';
import { denyNegatedTriggers } from './deny-negated-triggers.js';
import { attachLaterAccounts } from './attach-later-accounts.js';
import { shareCitedPositions } from './share-cited-positions.js';
import { withoutGatheringsHit } from './drop-gatherings-hit.js';
import { tagNearTriggers } from './tag-near-triggers.js';
import { groupMentions } from './group-mentions.js';
import { mergeHeadlineEvents } from './merge-headline-events.js';
import { blastFromDevice, subtypeFromWeapons } from './refine-subtypes.js';
import { attachCasualtyClaims } from './attach-casualty-claims.js';
import { layerCasualty, layerEvent } from './layer-objects.js';

export { findTriggers } from './find-triggers.js';
export { findCasualties } from './find-casualties.js';

// The callbacks of analyseEvents at module level, not arrows made per article: each new closure is
// compiled lazily on its first call, and analyseEvents ran mostly in baseline code (bprof).
const isNaming = (b: Building): boolean => b.naming;
const isReported = (b: Building): boolean => !b.naming;
const eventOf = (b: Building): NewsEvent => b.event;
const byStart = (a: EventActor, b: EventActor): number => a.start - b.start;

/** Whether an item overlaps any span of the list. */
function overlapsSome(list: readonly Span[], item: Span): boolean {
  for (const x of list) if (x.start < item.end && item.start < x.end) return true;
  return false;
}

/** Whether the list holds a span with the item's bounds. */
function sameSpanIn(list: readonly Span[], item: Span): boolean {
  for (const x of list) if (x.start === item.start && x.end === item.end) return true;
  return false;
}

/**
 * The events' last word on their roles. "Kupiansk has been shelled", "attacked Vuhledar": a town hit is
 * the event's place, not a victim. A dispersal's trigger names no weapon ("water cannon" reports the
 * intervention; its "cannon" is no artillery), where a strike's does ("missile strike"). Actors in text order.
 */
function settleRoles(scene: EventScene, events: readonly NewsEvent[]): void {
  const towns: Span[] = [];
  for (const p of scene.doc.layers.places ?? []) if (p.usage === 'location' && (p.precision === 'town' || p.precision === 'site')) towns.push(p);
  for (const e of events) {
    if (towns.length > 0) {
      const kept: EventActor[] = [];
      for (const a of e.actors) if (a.role !== 'victim' || !sameSpanIn(towns, a)) kept.push(a);
      e.actors = kept;
    }
    e.actors.sort(byStart);
    if (e.weapons.length > 0 && e.type === 'Protests') {
      const kept: EventWeapon[] = [];
      for (const w of e.weapons) if (!overlapsSome(e.mentions, w)) kept.push(w);
      e.weapons = kept;
    }
  }
}

/** Runs the whole analysis on a scene and returns the two layers. */
export function analyseEvents(scene: EventScene): { events: NewsEvent[]; casualties: CasualtyClaim[] } {
  const mentions = withoutGatheringsHit(scene, findTriggers(scene));
  const tagged = tagNearTriggers(scene, mentions);
  const dates = attachDates(scene, mentions);
  const dateline = mentions.length > 0 ? findDateline(scene) : undefined;
  let built = groupMentions(scene, mentions, tagged, dates, dateline?.location);
  // A war only named, never reported, is no event of this article: its names are framing.
  // A toll in a sentence that only names the war ("Russia's invasion of Ukraine has displaced millions")
  // counts the war's, not an event reported elsewhere.
  const warSentences = new Set<number>();
  if (built.some(isNaming)) {
    for (const b of built) if (b.naming) for (const span of b.event.mentions) warSentences.add(scene.sentence[scene.tokenOf(span.start)]!);
    built = built.filter(isReported);
  }
  const before = built.length;
  built = mergeHeadlineEvents(scene, built);
  if (built.length !== before || warSentences.size > 0) for (let k = 0; k < built.length; k++) built[k]!.event.id = `ev${k + 1}`;
  const events = built.map(eventOf);
  for (const b of built) {
    if (!b.event.subtype) subtypeFromWeapons(b.event);
    else if (b.entry.generic) blastFromDevice(b.event);
  }
  if (dateline) locateByDateline(dateline, events);
  inheritPlaces(scene, events, dateline);
  let n = 0;
  const found = findCasualties(scene, () => `cas${++n}`);
  if (found.length > 0) findFigureChallenges(scene, found);
  attachCasualtyClaims(scene, events, found, warSentences, dateline?.location.place);
  if (found.length === 0) attachCrowdSizes(scene, events, new Set());
  else {
    const used = new Set<number>();
    for (const f of found) used.add(scene.tokenOf(f.claim.figure.start));
    attachCrowdSizes(scene, events, used);
  }
  attachResponsibility(scene, events);
  denyNegatedTriggers(scene, events);
  attachLaterAccounts(scene, events);
  shareCitedPositions(scene, events);
  settleRoles(scene, events);
  return { events: events.map(layerEvent), casualties: found.map((f) => layerCasualty(f.claim)) };
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['tokens', 'sentences', 'tokens.pos', 'dates', 'numbers', 'quotes', 'claims'],
  provides: ['events', 'casualties'],
  version: '1',
  run(doc) {
    const scene = buildScene(doc);
    const { events, casualties } = analyseEvents(scene);
    // The matchers' record of the scene's words would hold them until the next article.
    forgetTermWords();
    doc.layers.events = events;
    doc.layers.casualties = casualties;
  },
};
