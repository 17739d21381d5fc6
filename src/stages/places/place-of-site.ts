/**
 * Where a site is: "a busy market and a maternity hospital" hit in Donetsk are targets at Donetsk.
 * The events stage asks for the place of a site span; the answer is the nearest town-level place used
 * as a location before it in the same paragraph, else the town the document names most.
 */
import type { Document } from '../../model/document.js';
import type { PlaceMention } from '../../model/layers/places.js';

/** The place a site at `offset` lies in, from the document's places layer; undefined when none fits. */
export function placeOfSite(doc: Document, offset: number): PlaceMention | undefined {
  const towns = (doc.layers.places ?? []).filter((p) => p.usage === 'location' && (p.precision === 'town' || p.precision === 'site'));
  if (towns.length === 0) return undefined;
  const paragraph = (doc.layers.paragraphs ?? []).find((p) => p.start <= offset && offset < p.end);
  const before = towns.filter((p) => p.end <= offset && (!paragraph || p.start >= paragraph.start));
  if (before.length > 0) return before[before.length - 1];
  const counts = new Map<string, { place: PlaceMention; n: number }>();
  for (const p of towns) {
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const c = counts.get(key) ?? { place: p, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.place.start - b.place.start)[0]!.place;
}
