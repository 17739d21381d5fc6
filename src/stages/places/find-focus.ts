/**
 * The document's focus: the country and first-level region (state, province) that its names point to,
 * each name voting with the current weights of its senses. A local paper's page about Anderson County,
 * Fairfield and Texas has its focus in Texas, which then favours Palestine, Texas over Palestine.
 * A name does not vote for its own focus: "Oxford" alone, with a dozen American namesakes, is no
 * evidence of an American document.
 */
import type { NameSenses } from './resolve-places.js';

export interface Focus {
  country?: string;
  /** Per name: the share of the other names that point to the focus country (0..1). */
  countryShare: Float64Array;
  /** The focus region's admin1 code within the focus country. */
  region?: string;
  /** Per name: the share of the other names that point to the focus region (0..1). */
  regionShare: Float64Array;
}

/** The focus of a document from the weighted senses of its distinct names. */
export function findFocus(names: readonly NameSenses[]): Focus {
  const focus: Focus = { countryShare: new Float64Array(names.length), regionShare: new Float64Array(names.length) };
  if (names.length < 2) return focus; // a lone name has no others to point anywhere
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  forEachVote(names, (_, country, region, w) => {
    countries.set(country, (countries.get(country) ?? 0) + w);
    if (region) regions.set(region, (regions.get(region) ?? 0) + w);
  });
  const [country, countryVotes] = top(countries, '');
  if (!country) return focus;
  focus.country = country;
  const [region, regionVotes] = top(regions, `${country}.`);
  if (region) focus.region = region.slice(country.length + 1);
  const ownCountry = new Float64Array(names.length);
  const ownRegion = new Float64Array(names.length);
  forEachVote(names, (u, c, r, w) => {
    if (c === country) ownCountry[u] = ownCountry[u]! + w;
    if (r !== undefined && r === region) ownRegion[u] = ownRegion[u]! + w;
  });
  const others = names.length - 1;
  for (let u = 0; u < names.length; u++) {
    focus.countryShare[u] = (countryVotes - ownCountry[u]!) / others;
    if (region) focus.regionShare[u] = (regionVotes - ownRegion[u]!) / others;
  }
  return focus;
}

/** Each name's senses as votes: country, `country.admin1` below country level, weight normalised per name. */
function forEachVote(names: readonly NameSenses[], vote: (u: number, country: string, region: string | undefined, w: number) => void): void {
  names.forEach((name, u) => {
    let total = 0;
    for (const s of name.senses) total += s.weight;
    if (total <= 0) return;
    for (const s of name.senses) {
      const w = s.weight / total;
      const p = s.place;
      if (w < 0.01 || !p.country || p.precision === 'continent') continue;
      vote(u, p.country, p.region || undefined, w);
    }
  });
}

function top(votes: Map<string, number>, prefix: string): [string | undefined, number] {
  let key: string | undefined;
  let value = 0;
  for (const [k, v] of votes) if (v > value && k.startsWith(prefix)) { key = k; value = v; }
  return [key, value];
}
