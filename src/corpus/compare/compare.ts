/**
 * `compareEvents(store, query)`: the stored articles' accounts of the same real-world events, outlet by
 * outlet, and where they disagree. Three steps, so a large store costs what the query selects:
 * 1. candidate events from the store's event index (type, dates, place, text, outlet);
 * 2. clusters of those rows (type family, place within a radius, overlapping dates), on the rows alone;
 * 3. only the reported clusters' documents are read, to describe each article's account.
 * Works on every store backend through the Store interface.
 */
import type { Document } from '../../model/document.js';
import type { Store } from '../../store/types.js';
import { dayNumber, isoDay } from './event-interval.js';
import { findCandidates } from './find-candidates.js';
import { clusterCandidates, selectCandidates, type Candidate } from './cluster-events.js';
import { resolvePlace } from './resolve-place.js';
import { typesToRead } from './type-family.js';
import { describeArticle } from './describe-article.js';
import { findContradictions } from './find-contradictions.js';
import { clusterId } from './cluster-id.js';
import type { CompareQuery, CompareReport, EventCluster, OutletAccount } from './types.js';

export const DEFAULTS = { radiusKm: 25, lagDays: 7, limit: 10, minOutlets: 1 } as const;
/** Documents read at once (PostgreSQL answers them in parallel; SQLite one after another). */
const READ_AHEAD = 16;

/** Compares the stored accounts of the events the query selects. Throws StoreError when the store fails. */
export async function compareEvents(store: Store, query: CompareQuery): Promise<CompareReport> {
  const radiusKm = query.radiusKm ?? DEFAULTS.radiusKm;
  const begun = performance.now();
  const place = query.place === undefined ? undefined : { name: query.place, where: resolvePlace(query.place) };
  const started = performance.now();
  // Towns and sites narrow the index to documents that mention them (canonical name: every spelling)
  // or events stored with coordinates near them (a suburb named alone); a region or a country is
  // matched by coordinates after reading, since articles name the town, not the region.
  const narrowByName = place && (!place.where || place.where.precision === 'town' || place.where.precision === 'site');
  const { hits, truncated } = await findCandidates(store, {
    lagDays: query.lagDays ?? DEFAULTS.lagDays,
    ...(query.type ? { types: typesToRead(query.type) } : {}),
    ...(narrowByName ? { place: place.where?.name ?? place.name } : {}),
    ...(narrowByName && place.where ? { near: { lat: place.where.lat, lon: place.where.lon, km: radiusKm } } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.text ? { text: query.text } : {}),
    ...(query.outlet ? { outlet: query.outlet } : {}),
  });
  const indexed = performance.now();
  const from = dayNumber(query.from);
  const to = dayNumber(query.to);
  const { candidates, unplaced } = selectCandidates(hits, {
    radiusKm,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(place ? { place: { name: place.where?.name ?? place.name, where: place.where } } : {}),
  });
  const groups = clusterCandidates(candidates, radiusKm)
    .map((members) => ({ members, outlets: new Set(members.map((m) => m.hit.outlet ?? 'unknown outlet')).size, documents: new Set(members.map((m) => m.hit.documentId)).size }))
    .sort((a, b) => b.outlets - a.outlets || b.documents - a.documents || lastDay(b.members) - lastDay(a.members));
  const reported = query.cluster !== undefined
    ? groups.filter((g) => clusterId(g.members.map((m) => m.hit)) === query.cluster)
    : groups.filter((g) => g.outlets >= (query.minOutlets ?? DEFAULTS.minOutlets)).slice(0, query.limit ?? DEFAULTS.limit);
  const clustered = performance.now();
  const docs = await readDocuments(store, unique(reported.flatMap((g) => g.members.map((m) => m.hit.documentId))));
  const clusters = reported.map((g) => describeCluster(clusterId(g.members.map((m) => m.hit)), g.members, docs));
  const done = performance.now();
  return {
    query,
    scanned: { events: hits.length, candidates: candidates.length, unplaced, documents: docs.size, truncated },
    ...(place ? { place: { query: place.name, ...(place.where ? { name: place.where.name, precision: place.where.precision, country: place.where.country } : {}) } } : {}),
    clustersFound: groups.length,
    clusters,
    timings: { placeMs: round(started - begun), indexMs: round(indexed - started), clusterMs: round(clustered - indexed), documentsMs: round(done - clustered) },
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function lastDay(members: Candidate[]): number {
  return Math.max(...members.map((m) => m.days.to));
}

async function readDocuments(store: Store, ids: string[]): Promise<Map<string, Document>> {
  const docs = new Map<string, Document>();
  for (let i = 0; i < ids.length; i += READ_AHEAD) {
    const batch = await Promise.all(ids.slice(i, i + READ_AHEAD).map((id) => store.get(id)));
    for (const stored of batch) if (stored) docs.set(stored.doc.id, stored.doc);
  }
  return docs;
}

function describeCluster(id: string, members: Candidate[], docs: Map<string, Document>): EventCluster {
  const byDocument = new Map<string, Set<string>>();
  for (const m of members) {
    const set = byDocument.get(m.hit.documentId) ?? new Set<string>();
    set.add(m.hit.eventId);
    byDocument.set(m.hit.documentId, set);
  }
  const outlets = new Map<string, OutletAccount>();
  for (const [documentId, eventIds] of byDocument) {
    const doc = docs.get(documentId);
    if (!doc) continue;
    const name = doc.meta.outlet ?? 'unknown outlet';
    const outlet = outlets.get(name) ?? { outlet: name, articles: [] };
    outlet.articles.push(describeArticle(doc, eventIds));
    outlets.set(name, outlet);
  }
  const accounts = [...outlets.values()].sort((a, b) => a.outlet.localeCompare(b.outlet));
  for (const a of accounts) a.articles.sort((x, y) => (x.publishedAt ?? '').localeCompare(y.publishedAt ?? '') || x.documentId.localeCompare(y.documentId));
  const places = ranked(members.map((m) => m.hit.place));
  // The most frequent place's coordinates as an article resolved them (stored rows), else its name's reading.
  const where = members.find((m) => m.hit.place === places[0] && m.hit.lat !== undefined)?.where ?? resolvePlace(places[0]!);
  const cluster: EventCluster = {
    id,
    type: ranked(members.map((m) => m.hit.type))[0]!,
    subtypes: ranked(members.flatMap((m) => (m.hit.subtype ? [m.hit.subtype] : []))),
    places,
    dates: { from: isoDay(Math.min(...members.map((m) => m.days.own ? m.days.from : m.days.to))), to: isoDay(lastDay(members)) },
    outlets: accounts,
    contradictions: findContradictions(accounts),
  };
  if (where) cluster.lat = where.lat, cluster.lon = where.lon;
  return cluster;
}

/** Distinct values, most frequent first (ties in first-seen order). */
function ranked(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
