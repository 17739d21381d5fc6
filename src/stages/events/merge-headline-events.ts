/**
 * A headline summarises the article's lead event: "Russian forces attacking Sumy region, governor says"
 * above "A Russian drone strike on a warehouse in the Sumy region killed two". Mentions are grouped in
 * text order, so the headline's word, met first, makes an event of its own, and the body's more specific
 * mention, with a place the headline words more broadly (a region or country for a town, or the other
 * way round), starts another: one attack counted twice, its claimants split between the two. An event
 * that starts in the headline takes in the first body event it is compatible with: a compatible type
 * and date, and places that agree (the same, nearby, or one the country of the other; none is no
 * conflict). Its claimants, roles and positions join the headline's event, which keeps its place in the
 * order.
 */
import type { EventLocation, NewsEvent } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { combineStatus } from './attach-claimants.js';
import { addPosition } from './attach-positions.js';
import { sameClaimant, type Building } from './build-events.js';
import { compatible, moreSpecific } from './merge-event-mentions.js';
import { headlineEnd } from './attach-location.js';

/** Merges every event that starts in the headline with the first body event it summarises; returns the events left. */
export function mergeHeadlineEvents(scene: EventScene, built: Building[]): Building[] {
  const end = headlineEnd(scene);
  if (end <= 0 || built.length < 2) return built;
  const gone = new Set<Building>();
  for (const h of built) {
    if (gone.has(h) || h.distinct || h.event.recurring || h.event.mentions[0]!.start >= end) continue;
    const body = built.find((b) => b !== h && !gone.has(b) && !b.distinct && !b.event.recurring && b.event.mentions[0]!.start >= end && summarises(scene, h, b));
    if (!body) continue;
    takeIn(h, body);
    gone.add(body);
  }
  return gone.size === 0 ? built : built.filter((b) => !gone.has(b));
}

/** Whether headline event `h` may be body event `b` told in a few words. */
function summarises(scene: EventScene, h: Building, b: Building): boolean {
  if (!compatible(b.entry, b.event.date, undefined, h.entry, h.event.date, undefined)) return false;
  const x = h.event.location;
  const y = b.event.location;
  if (!x || !y || x.name === y.name) return true;
  // Places that do not agree but one is the other's country ("Ukraine" and "Sumy"), or both are one
  // town told two ways: merge-event-mentions' own test, with the dates left out (checked above).
  return inCountry(scene, x, y) || inCountry(scene, y, x) || compatible(b.entry, undefined, y, h.entry, undefined, x);
}

/** Whether `outer` is a country and `inner` a place in it. */
function inCountry(scene: EventScene, outer: EventLocation, inner: EventLocation): boolean {
  if (outer.precision !== 'country') return false;
  const places = scene.doc.layers.places ?? [];
  const a = places.find((p) => p.id === outer.place);
  const b = places.find((p) => p.id === inner.place);
  return a?.country !== undefined && a.country === b?.country;
}

/** Adds body event `b` to headline event `h`: mentions in text order, the more specific type, roles, the better place, claimants. */
function takeIn(h: Building, b: Building): void {
  const e = h.event;
  const f = b.event;
  e.mentions = [...e.mentions, ...f.mentions].sort((x, y) => x.start - y.start);
  const specific = moreSpecific(h.entry, b.entry);
  if (specific !== h.entry) {
    h.entry = specific;
    e.type = f.type;
    e.subtype = f.subtype || undefined; // no delete: events keep every field (layer-objects.ts)
    if (f.kind) e.kind = f.kind;
    e.trigger = f.trigger;
    e.rule = f.rule;
  } else if (!e.kind && f.kind) e.kind = f.kind;
  if (b.last.start > h.last.start) h.last = b.last;
  if (!e.date && f.date) e.date = f.date;
  // The body's place over the headline's broader one ("Ukraine" above "a warehouse in Sumy").
  if (f.location && (!e.location || (e.location.precision === 'country' && f.location.precision !== 'country'))) e.location = f.location;
  const fresh = <T extends { start: number; end: number }>(list: T[], item: T): boolean => !list.some((x) => x.start < item.end && item.start < x.end);
  for (const a of f.actors) if (fresh(e.actors, a)) e.actors.push(a);
  for (const w of f.weapons) if (fresh(e.weapons, w)) e.weapons.push(w);
  for (const t of f.targets) if (fresh(e.targets, t)) e.targets.push(t);
  for (const c of f.casualties) if (!e.casualties.includes(c)) e.casualties.push(c);
  mergeAttribution(e, f);
}

function mergeAttribution(e: NewsEvent, f: NewsEvent): void {
  const a = e.attribution;
  const b = f.attribution;
  a.status = combineStatus(a.status, b.status);
  for (const c of b.claimants) if (!a.claimants.some((x) => sameClaimant(x, c))) a.claimants.push(c);
  for (const c of b.claims) if (!a.claims.includes(c)) a.claims.push(c);
  for (const q of b.quotes) if (!a.quotes.includes(q)) a.quotes.push(q);
  for (const p of b.positions ?? []) addPosition(e, p.claimant, p.stance, p.about, p.evidence, p.quotes, p.claims, p.qualified);
}
