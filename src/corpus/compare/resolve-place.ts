/**
 * Places for comparison: a query's place name in any spelling ("Gorlovka") resolved to the gazetteer's
 * canonical name and coordinates, an event row's place, and the distance between two places. The event
 * index holds the canonical names the places stage gave and, for rows stored since migration
 * 003/004, the coordinates it resolved in the article; older rows fall back to the name's best reading.
 */
import { lookupToponym } from '../../stages/places/lookup-toponym.js';
import type { EventHit } from '../../store/types.js';
import type { GazetteerPlace } from '../../stages/places/gazetteer.js';
import type { PlacePrecision } from '../../model/layers/places.js';

export interface ResolvedPlace {
  name: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  /** ISO country code. */
  country: string;
}

const RANK: Record<PlacePrecision, number> = { country: 4, region: 3, town: 2, site: 1, continent: 0 };
const cache = new Map<string, ResolvedPlace | null>();

/**
 * The place a name most likely means: one whose main name it is before one that merely has it as an
 * alternate name, then the larger kind of place, then the more populous. Undefined when the gazetteer
 * has no such name.
 */
export function resolvePlace(name: string): ResolvedPlace | undefined {
  let found = cache.get(name);
  if (found === undefined) {
    found = best(lookupToponym(name).matches.map((m) => ({ place: m.place, main: m.main }))) ?? null;
    if (cache.size > 10_000) cache.clear();
    cache.set(name, found);
  }
  return found ?? undefined;
}

/**
 * Where an event row's place is: the coordinates stored with it (the reading the places stage chose in
 * its article: the suburb, not a namesake elsewhere), else the name's most likely reading.
 */
export function placeOfEvent(hit: EventHit & { place: string }): ResolvedPlace | undefined {
  if (hit.lat === undefined || hit.lon === undefined) return resolvePlace(hit.place);
  const precision = hit.placePrecision !== undefined && hit.placePrecision in RANK ? hit.placePrecision as PlacePrecision : 'town';
  const country = hit.placeCountry ?? resolvePlace(hit.place)?.country ?? '';
  return { name: hit.place, lat: hit.lat, lon: hit.lon, precision, country };
}

function best(matches: Array<{ place: GazetteerPlace; main: boolean }>): ResolvedPlace | undefined {
  let top: { place: GazetteerPlace; main: boolean } | undefined;
  for (const m of matches) {
    if (!top || score(m) > score(top)) top = m;
  }
  return top && { name: top.place.name, lat: top.place.lat, lon: top.place.lon, precision: top.place.precision, country: top.place.country };
}

function score(m: { place: GazetteerPlace; main: boolean }): number {
  return (m.main ? 1e12 : 0) + RANK[m.place.precision] * 1e10 + Math.min(m.place.population, 9e9);
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
