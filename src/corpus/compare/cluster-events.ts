/**
 * Groups event index rows that refer to the same real-world event: the same type family, the same place
 * or one within `radiusKm`, and dates that overlap (a day's slack). Single linkage over a union-find,
 * comparing only rows whose date ranges can overlap (rows sorted by start day), so a few thousand rows
 * cluster in milliseconds. Works on index rows alone: documents are read only for the clusters reported.
 */
import type { EventHit } from '../../store/types.js';
import { daysOverlap, eventDays, type DayRange } from './event-interval.js';
import { distanceKm, placeOfEvent, type ResolvedPlace } from './resolve-place.js';
import { typeFamily } from './type-family.js';

/** One index row ready to cluster. */
export interface Candidate {
  hit: EventHit & { place: string };
  family: string;
  days: DayRange;
  /** Coordinates of its place: stored with the row, else the gazetteer's reading of the name. */
  where: ResolvedPlace | undefined;
  /**
   * The place name in lower case, compared first (cheaper than the distance); with the stored
   * coordinates appended when rows of that name were placed differently (namesakes far apart).
   */
  key: string;
}

/** The most days one cluster's precisely dated members may span (an undated report alone spans 2). */
export const MAX_CLUSTER_DAYS = 4;

export interface ClusterOptions {
  radiusKm: number;
  /** Day numbers of the query's range (events must overlap it). */
  from?: number;
  to?: number;
  /** The query's place: only events at it or within `radiusKm` of it. */
  place?: { name: string; where: ResolvedPlace | undefined };
}

/** Rows that can take part (one event, not a recurring pattern; placed below country level, dated, in range, near the place), and those left out. */
export function selectCandidates(hits: readonly EventHit[], o: ClusterOptions): { candidates: Candidate[]; unplaced: number } {
  const candidates: Candidate[] = [];
  let unplaced = 0;
  const broadQuery = o.place?.where && (o.place.where.precision === 'country' || o.place.where.precision === 'continent');
  // Per place name: the first coordinates seen and their place (rows mostly repeat them), and
  // whether another row of the name was placed elsewhere.
  const named = new Map<string, { lat: number | undefined; lon: number | undefined; where: ResolvedPlace | undefined; mixed: boolean }>();
  for (const hit of hits) {
    // A recurring pattern ("shelled almost daily") has no date of its own: dated by its article, it
    // would join that day's specific event, so like an undated row it takes no part.
    const days = hit.recurring ? undefined : eventDays(hit.date, hit.publishedAt);
    if (hit.place === undefined || days === undefined) { unplaced++; continue; }
    const key = hit.place.toLowerCase();
    const seen = named.get(key);
    let where: ResolvedPlace | undefined;
    if (seen && seen.lat === hit.lat && seen.lon === hit.lon) where = seen.where;
    else {
      where = placeOfEvent(hit as EventHit & { place: string });
      if (seen) seen.mixed = true;
      else named.set(key, { lat: hit.lat, lon: hit.lon, where, mixed: false });
    }
    // "In Ukraine" places no event precisely enough to match it with another one.
    if (!broadQuery && where && (where.precision === 'country' || where.precision === 'continent')) { unplaced++; continue; }
    if (o.from !== undefined && days.to < o.from) continue;
    if (o.to !== undefined && days.from > o.to) continue;
    if (o.place && !nearQueryPlace(hit.place, where, o.place, o.radiusKm)) continue;
    candidates.push({ hit: hit as EventHit & { place: string }, family: typeFamily(hit.type), days, where, key });
  }
  for (const c of candidates) {
    if (c.hit.lat !== undefined && named.get(c.key)!.mixed) c.key = `${c.key}@${c.hit.lat},${c.hit.lon}`;
  }
  return { candidates, unplaced };
}

/**
 * Clusters of candidates (each a list, in input order); the largest first is up to the caller.
 * Single linkage alone would chain a place's daily shelling into one event lasting months, so two
 * clusters merge only while the days of all their members stay within MAX_CLUSTER_DAYS (members
 * dated only vaguely, by a week or a month, do not stretch it) and their first members' places match:
 * a cluster stays within a few days and one radius.
 */
export function clusterCandidates(candidates: readonly Candidate[], radiusKm: number): Candidate[][] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.days.from - candidates[b]!.days.from);
  const parent = candidates.map((_, i) => i);
  // Per root: the days its precisely dated members cover, and the member whose place anchors it.
  const hull = candidates.map((c): { from: number; to: number } | undefined => (c.days.to - c.days.from <= MAX_CLUSTER_DAYS ? { from: c.days.from, to: c.days.to } : undefined));
  const anchor = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const samePlace = nearnessOf(candidates, radiusKm);
  for (let x = 0; x < order.length; x++) {
    const a = candidates[order[x]!]!;
    for (let y = x + 1; y < order.length; y++) {
      const b = candidates[order[y]!]!;
      // Sorted by start: once b starts after a ends (plus slack), no later row overlaps a.
      if (b.days.from > a.days.to + 1) break;
      if (a.family !== b.family || !daysOverlap(a.days, b.days)) continue;
      if (!samePlace(a, b)) continue;
      const ra = find(order[x]!), rb = find(order[y]!);
      if (ra === rb) continue;
      const ha = hull[ra], hb = hull[rb];
      const merged = ha && hb ? { from: Math.min(ha.from, hb.from), to: Math.max(ha.to, hb.to) } : ha ?? hb;
      if (merged && merged.to - merged.from > MAX_CLUSTER_DAYS) continue;
      const pa = candidates[anchor[ra]!]!, pb = candidates[anchor[rb]!]!;
      if (!samePlace(pa, pb)) continue;
      parent[ra] = rb;
      hull[rb] = merged;
      anchor[rb] = anchor[ra]!;
    }
  }
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

/** Regions reach further than towns: an event anywhere within this many km of a region's centre is in it. */
export const REGION_RADIUS_KM = 150;

/** At the query's place: the same name, within the radius of a town, in a region, in a country. */
function nearQueryPlace(name: string, where: ResolvedPlace | undefined, q: NonNullable<ClusterOptions['place']>, radiusKm: number): boolean {
  if (name.toLowerCase() === q.name.toLowerCase()) return true;
  if (!where || !q.where) return false;
  if (q.where.precision === 'country') return where.country === q.where.country;
  if (q.where.precision === 'continent') return true;
  return distanceKm(where, q.where) <= (q.where.precision === 'region' ? Math.max(radiusKm, REGION_RADIUS_KM) : radiusKm);
}

/** Distinct place names at most this many get a table of their nearness (1 byte per pair). */
const TABLE_NAMES = 4096;

/**
 * Whether two candidates' places are the same or within the radius. A day's events share a few
 * dozen names but are compared many times, so each pair of names is measured once.
 */
function nearnessOf(candidates: readonly Candidate[], radiusKm: number): (a: Candidate, b: Candidate) => boolean {
  const measure = (a: Candidate, b: Candidate): boolean => a.key === b.key || (a.where !== undefined && b.where !== undefined && distanceKm(a.where, b.where) <= radiusKm);
  const index = new Map<string, number>();
  for (const c of candidates) if (!index.has(c.key)) index.set(c.key, index.size);
  const names = index.size;
  if (names > TABLE_NAMES) return measure;
  const table = new Uint8Array(names * names); // 0 unknown, 1 near, 2 far
  return (a, b) => {
    if (a.key === b.key) return true;
    const cell = index.get(a.key)! * names + index.get(b.key)!;
    if (table[cell] === 0) table[cell] = measure(a, b) ? 1 : 2;
    return table[cell] === 1;
  };
}
