/**
 * Event coreference: mentions of one event are merged into one record ("strikes on the city",
 * "barbaric shelling", "the worst shelling", "in the shelling" are one attack on Donetsk). A mention
 * joins the latest earlier event it is compatible with: a compatible type (the same sub-type, or a
 * generic "strikes"/"attack" beside a violent one), and no conflicting date or place. Generic mentions
 * take the sub-type of the specific mentions they join.
 */
import type { EventDate, EventLocation } from '../../model/layers/events.js';
import type { TriggerEntry } from './lexicons.js';

/** The type of the generic "strike(s)". */
const STRIKE_TYPE = 'Explosions/Remote violence';
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/**
 * Sub-types that refine another of the same event: a protest that security forces broke up ("water
 * cannon", "dispersed") is the protest itself, coded as ACLED does by what happened to it, so the
 * peaceful protest and its dispersal are one event and its injured are the dispersal's.
 */
const REFINES: Record<string, string> = {
  'Protest with intervention': 'Peaceful protest',
  // "a suicide bomber ... the blast killed 12", "denies bombing the market ... an air strike hit the
  // market": the blast or bombing words say an explosion, the suicide bomb or air strike says which.
  'Suicide bomb': 'Remote explosive/landmine/IED',
  'Air/drone strike': 'Remote explosive/landmine/IED',
};

/** Whether entry `a` refines entry `b` (same type, a sub-type that says more about the same event). */
function refines(a: TriggerEntry, b: TriggerEntry): boolean {
  return a.type === b.type && a.subtype !== undefined && b.subtype !== undefined && REFINES[a.subtype] === b.subtype;
}

/** Whether two sub-types may be one event's: the same, or one refining the other. */
export function subtypesAgree(a: string, b: string): boolean {
  return a === b || REFINES[a] === b || REFINES[b] === a;
}

function typesCompatible(a: TriggerEntry, b: TriggerEntry): boolean {
  if (a.generic && b.generic) return a.type === b.type || (VIOLENT.has(a.type) && VIOLENT.has(b.type));
  // A generic "attack" joins a battle only when that battle is an invasion (an attack on a state); a
  // "strike" is a single blow, never a whole invasion.
  if (a.generic) return VIOLENT.has(a.type) && VIOLENT.has(b.type) && (b.type !== 'Battles' || (b.id === 'invasion' && a.type !== STRIKE_TYPE));
  if (b.generic) return VIOLENT.has(b.type) && VIOLENT.has(a.type) && (a.type !== 'Battles' || (a.id === 'invasion' && b.type !== STRIKE_TYPE));
  return (a.type === b.type && a.subtype === b.subtype && a.kind === b.kind) || refines(a, b) || refines(b, a);
}

function datesCompatible(a?: EventDate, b?: EventDate): boolean {
  if (!a || !b) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/**
 * Whether a mention (its entry, date and location) may join an event (the same of the event). The parts
 * are passed one by one: the events stage asks this for every earlier event of every mention, and a key
 * object per pair (with spreads for the optional parts) cost more than the test.
 */
export function compatible(eventEntry: TriggerEntry, eventDate: EventDate | undefined, eventLocation: EventLocation | undefined, entry: TriggerEntry, date: EventDate | undefined, location: EventLocation | undefined): boolean {
  if (!typesCompatible(eventEntry, entry)) return false;
  if (!datesCompatible(eventDate, date)) return false;
  if (eventLocation && location && eventLocation.name !== location.name && !nearby(eventLocation, location)) return false;
  return true;
}

/**
 * Whether a mention of another violent sub-type may be another side's account of an event at the same
 * place and time ("its aircraft bombed a depot in Kharkiv" and "the missile hit an apartment block"):
 * both violent, compatible dates, and the event's place, or none, for the mention. Whether the two
 * claimants contradict each other is for the caller to say.
 */
export function contestable(eventEntry: TriggerEntry, eventDate: EventDate | undefined, eventLocation: EventLocation | undefined, entry: TriggerEntry, date: EventDate | undefined, location: EventLocation | undefined): boolean {
  if (!eventLocation || !VIOLENT.has(eventEntry.type) || !VIOLENT.has(entry.type)) return false;
  if (!datesCompatible(eventDate, date)) return false;
  return !location || location.name === eventLocation.name || nearby(eventLocation, location);
}

/** Rules of a location given as a point of reference ("near Kharkiv", "south of Kharkiv"), not the place itself. */
const REFERENCE_RULES = new Set(['place-after-near', 'place-after-outside', 'place-after-around', 'place-after-direction-of']);
/** How far a place told from a point of reference may lie from it: a town's surroundings. */
const NEARBY_KM = 75;

/** Whether a location is only a point of reference for where the event was. */
export function isReferencePoint(l: EventLocation): boolean {
  return REFERENCE_RULES.has(l.rule);
}

/**
 * Whether two towns may be one event's place: one is only a point of reference and the other lies near it
 * ("Drones hit power plant near Kharkiv" and "struck the Zmiiv thermal power plant south of Kharkiv").
 */
function nearby(a: EventLocation, b: EventLocation): boolean {
  if (!isReferencePoint(a) && !isReferencePoint(b)) return false;
  if (a.precision !== 'town' || b.precision !== 'town' || a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return false;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h)) <= NEARBY_KM;
}

/** The entry that describes the merged event best: a specific one over a generic one, a refining one over the one it refines. */
export function moreSpecific(a: TriggerEntry, b: TriggerEntry): TriggerEntry {
  return (a.generic && !b.generic) || refines(b, a) ? b : a;
}
