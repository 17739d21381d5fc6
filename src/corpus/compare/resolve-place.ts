/**
 * Places for comparison: a query's place name in any spelling ("Gorlovka") resolved to the gazetteer's
 * canonical name and coordinates, and the distance between two places. The event index holds the
 * canonical names the places stage gave; their coordinates come from the same offline gazetteer.
 */
import { lookupToponym } from '../../stages/places/lookup-toponym.js';
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
