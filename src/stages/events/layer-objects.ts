/**
 * The events stage builds its events, their positions and its casualty claims with every field present
 * from the start, in one order (absent ones `undefined`): objects of one kind then share one hidden
 * class, and the dozens of rules reading them stay monomorphic. Built with optional fields added as
 * found, the 15 examples' events had 12 hidden classes and their casualty claims 19, and the rules
 * reading them were deoptimised ("wrong map") again and again. Document objects never carry
 * `undefined`: these copy a finished object without its absent fields when the layer is written, field
 * by field (a generic copy over `Object.entries` cost more than it saved: megamorphic keyed stores).
 */
import type { CasualtyClaim, EventPosition, NewsEvent } from '../../model/layers/events.js';

/** The position as the layer holds it. */
function layerPosition(p: EventPosition): EventPosition {
  const out: EventPosition = { claimant: p.claimant, stance: p.stance, about: p.about, evidence: p.evidence, quotes: p.quotes, claims: p.claims };
  if (p.qualified !== undefined) out.qualified = p.qualified;
  return out;
}

/** The event as the layer holds it. */
export function layerEvent(e: NewsEvent): NewsEvent {
  const a = e.attribution;
  const attribution: NewsEvent['attribution'] = { status: a.status, claimants: a.claimants, claims: a.claims, quotes: a.quotes };
  if (a.positions !== undefined) attribution.positions = a.positions.map(layerPosition);
  const out: NewsEvent = { id: e.id, stage: e.stage, rule: e.rule, type: e.type, trigger: e.trigger, mentions: e.mentions, actors: e.actors, weapons: e.weapons, targets: e.targets, casualties: e.casualties, attribution };
  if (e.confidence !== undefined) out.confidence = e.confidence;
  if (e.subtype !== undefined) out.subtype = e.subtype;
  if (e.kind !== undefined) out.kind = e.kind;
  if (e.recurring !== undefined) out.recurring = e.recurring;
  if (e.date !== undefined) out.date = e.date;
  if (e.location !== undefined) out.location = e.location;
  if (e.crowd !== undefined) out.crowd = e.crowd;
  return out;
}

/** The casualty claim as the layer holds it. */
export function layerCasualty(c: CasualtyClaim): CasualtyClaim {
  const out: CasualtyClaim = { id: c.id, start: c.start, end: c.end, text: c.text, stage: c.stage, rule: c.rule, kind: c.kind, figure: c.figure, qualifier: c.qualifier, approximate: c.approximate, claimant: c.claimant };
  if (c.confidence !== undefined) out.confidence = c.confidence;
  if (c.low !== undefined) out.low = c.low;
  if (c.best !== undefined) out.best = c.best;
  if (c.high !== undefined) out.high = c.high;
  if (c.group !== undefined) out.group = c.group;
  if (c.who !== undefined) out.who = c.who;
  if (c.subset !== undefined) out.subset = c.subset;
  if (c.increment !== undefined) out.increment = c.increment;
  if (c.disputedBy !== undefined) out.disputedBy = c.disputedBy;
  if (c.claimedAt !== undefined) out.claimedAt = c.claimedAt;
  if (c.event !== undefined) out.event = c.event;
  return out;
}
