/** Places: toponym mentions resolved against the offline GeoNames gazetteer. */
import type { Annotation } from '../span.js';

/** How exactly the place is located: a site (a building, a street), a town, a region, a country, a continent. */
export type PlacePrecision = 'site' | 'town' | 'region' | 'country' | 'continent';

export interface PlaceMention extends Annotation {
  /** The canonical name of the resolved place ("Kyiv" for "Kiev"). */
  name: string;
  /** Id of the entity this toponym belongs to, when the entities layer has it. */
  entity?: string;
  geonameId?: number;
  lat?: number;
  lon?: number;
  /** GeoNames feature class and code ("P.PPLC", "A.ADM1", "A.PCLI") or "curated". */
  featureType?: string;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  precision: PlacePrecision;
  /** `government` for a capital standing for its government ("Kiev insists"): not an event location. */
  usage: 'location' | 'government';
}
