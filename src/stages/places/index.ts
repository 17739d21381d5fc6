/**
 * The `places` stage: toponyms found (entities layer + gazetteer), resolved by context to GeoNames
 * places with coordinates, feature type and precision; capitals standing for their government
 * ("Kiev insists") marked `usage: 'government'`, which are not event locations.
 */
import type { Document } from '../../model/document.js';
import type { PlaceMention } from '../../model/layers/places.js';
import type { Stage } from '../../pipeline/stage.js';
import { findToponyms } from './find-toponyms.js';
import { isGovernmentUse } from './mark-government-use.js';
import { resolveToponyms } from './resolve-places.js';

export { getGazetteer, gazetteerLoadMs } from './gazetteer.js';
export { placeOfSite } from './place-of-site.js';

export const placesStage: Stage = {
  name: 'places',
  needs: ['paragraphs', 'tokens', 'sentences', 'mentions'],
  provides: ['places'],
  version: '1',
  run(doc) {
    doc.layers.places = findPlaces(doc);
  },
};

/** The places of a document, in text order. */
export function findPlaces(doc: Document): PlaceMention[] {
  const toponyms = findToponyms(doc);
  const resolved = resolveToponyms(doc.text, toponyms);
  const places: PlaceMention[] = [];
  // A loop, not forEach with a closure: this runs once per document, and a closure made per call pays
  // a lazy-compile step on its first call every time.
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    const r = resolved[i];
    if (!r) {
      // A town the gazetteer lacks: its name as written, no coordinates.
      if (t.unresolved) {
        const place: PlaceMention = { id: `pl${places.length + 1}`, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), stage: 'places', rule: `${t.rule}+unresolved`, name: doc.text.slice(t.start, t.end), precision: 'town', usage: 'location' };
        if (t.mention) place.entity = t.mention.entity;
        places.push(place);
      }
      continue;
    }
    const p = r.place;
    const place: PlaceMention = {
      id: `pl${places.length + 1}`,
      start: t.start,
      end: t.end,
      text: doc.text.slice(t.start, t.end),
      stage: 'places',
      rule: `${t.rule}+${r.rule}`,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      featureType: p.featureType,
      precision: p.precision,
      usage: t.government || (t.rule !== 'demonym' && isGovernmentUse(doc, t.start, t.end, p)) ? 'government' : 'location',
    };
    if (t.mention) place.entity = t.mention.entity;
    if (p.geonameId !== undefined) place.geonameId = p.geonameId;
    if (p.country) place.country = p.country;
    places.push(place);
  }
  return places;
}
