/**
 * How well two senses of two names fit together: a town inside a named county or state, two towns a
 * few miles apart, a country and a town in it. The resolver sums these over the document's names.
 */
import type { GazetteerPlace } from './gazetteer.js';

/** How much a country mention supports a place inside it. */
export let COUNTRY_FIT = 0.6;

/** Closeness by distance: [km, closeness] for the first band the distance falls within. */
export const CLOSENESS_BANDS: Array<[number, number]> = [[50, 1], [150, 0.8], [400, 0.4], [1000, 0.15]];

/** For scripts/tune-place-weights.ts. */
export function setCountryFit(value: number): void {
  COUNTRY_FIT = value;
}

const KM_PER_DEGREE = 111.2;

/**
 * 1 for places within 50 km or a region containing the other, falling to 0 beyond 1000 km; a country
 * supports what lies inside it by `COUNTRY_FIT`. `cosA` is the cosine of `a`'s latitude (precomputed:
 * this runs in the resolver's innermost loop).
 */
export function closeness(a: GazetteerPlace, b: GazetteerPlace, cosA: number): number {
  // Two names of one place ("Mexico" and "Mexican"; "Kiev" and "Kyiv") support each other fully.
  if (a === b) return 1;
  const pa = a.precision;
  const pb = b.precision;
  if (pb === 'country' || pb === 'continent') return a.country === b.country && pa !== 'country' && pa !== 'continent' ? COUNTRY_FIT : 0;
  if (pa === 'country' || pa === 'continent') return b.country === a.country ? COUNTRY_FIT : 0;
  if (a.admin1 !== '' && a.admin1 === b.admin1 && a.country === b.country) {
    // A state or county and a place inside it.
    if (a.featureType === 'A.ADM1' || b.featureType === 'A.ADM1') return 1;
    if ((a.featureType === 'A.ADM2' || b.featureType === 'A.ADM2') && a.admin2 !== '' && a.admin2 === b.admin2) return 1;
  }
  const dy = a.lat - b.lat;
  if (dy > 10 || dy < -10) return 0;
  let dLon = a.lon - b.lon;
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  const dx = dLon * cosA;
  const km2 = (dx * dx + dy * dy) * KM_PER_DEGREE * KM_PER_DEGREE;
  const bands = CLOSENESS_BANDS;
  for (let i = 0; i < bands.length; i++) if (km2 < bands[i]![0]! * bands[i]![0]!) return bands[i]![1]!;
  return 0;
}

/** Great-circle distance in km. */
export function distanceKm(a: GazetteerPlace, b: GazetteerPlace): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether `outer` (a country, first-level region, county or region) contains `inner`. */
export function contains(outer: GazetteerPlace, inner: GazetteerPlace): boolean {
  if (!outer.country || outer.country !== inner.country && !(outer.country === 'US' && outer.featureType === 'A.PCLI' && inner.country === 'PR')) return false;
  if (outer.precision === 'country') return inner.precision !== 'country';
  if (outer.featureType === 'A.ADM1') return inner.admin1 === outer.admin1 && inner.featureType !== 'A.ADM1' && outer.admin1 !== '';
  if (outer.featureType === 'A.ADM2') return inner.precision === 'town' && inner.admin1 === outer.admin1 && inner.admin2 === outer.admin2;
  if (outer.precision === 'region') return inner.precision === 'town' && distanceKm(outer, inner) <= 300;
  return false;
}
