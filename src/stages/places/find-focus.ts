/**
 * The document's focus: the country and first-level region (state, province) that its names point to,
 * each name voting with the current weights of its senses. A local paper's page about Anderson County,
 * Fairfield and Texas has its focus in Texas, which then favours Palestine, Texas over Palestine.
 * A name does not vote for its own focus: "Oxford" alone, with a dozen American namesakes, is no
 * evidence of an American document.
 */
import type { NameSenses } from './resolve-places.js';

export interface Focus {
  country: string | undefined;
  /** Per name: the share of the other names that point to the focus country (0..1). */
  countryShare: Float64Array;
  /** The focus region's admin1 code within the focus country. */
  region: string | undefined;
  /** Per name: the share of the other names that point to the focus region (0..1). */
  regionShare: Float64Array;
}

/**
 * A focus with every field present, in one order, so reads of it stay monomorphic (country and region
 * were added only when found). Internal to the resolver: never part of the document.
 */
function newFocus(n: number): Focus {
  return { country: undefined, countryShare: new Float64Array(n), region: undefined, regionShare: new Float64Array(n) };
}

/**
 * The votes of a document's names (see `collectVotes`), reused from document to document: the
 * resolver runs one document at a time and findFocus reads them before it returns.
 */
const votes = { n: 0, name: [] as number[], country: [] as string[], region: [] as Array<string | undefined>, weight: [] as number[] };

/** The focus of a document from the weighted senses of its distinct names. */
export function findFocus(names: readonly NameSenses[]): Focus {
  const focus = newFocus(names.length);
  if (names.length < 2) return focus; // a lone name has no others to point anywhere
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  // Votes gathered once into arrays and read twice by loops: the callbacks made per call before paid
  // a lazy-compile step on every document.
  collectVotes(names);
  for (let v = 0; v < votes.n; v++) {
    const w = votes.weight[v]!;
    const c = votes.country[v]!;
    const r = votes.region[v];
    countries.set(c, (countries.get(c) ?? 0) + w);
    if (r) regions.set(r, (regions.get(r) ?? 0) + w);
  }
  const [country, countryVotes] = top(countries, '');
  if (!country) return focus;
  focus.country = country;
  const [region, regionVotes] = top(regions, `${country}.`);
  if (region) focus.region = region.slice(country.length + 1);
  const ownCountry = new Float64Array(names.length);
  const ownRegion = new Float64Array(names.length);
  for (let v = 0; v < votes.n; v++) {
    const u = votes.name[v]!;
    const w = votes.weight[v]!;
    const r = votes.region[v];
    if (votes.country[v] === country) ownCountry[u] = ownCountry[u]! + w;
    if (r !== undefined && r === region) ownRegion[u] = ownRegion[u]! + w;
  }
  const others = names.length - 1;
  for (let u = 0; u < names.length; u++) {
    focus.countryShare[u] = (countryVotes - ownCountry[u]!) / others;
    if (region) focus.regionShare[u] = (regionVotes - ownRegion[u]!) / others;
  }
  return focus;
}

/** Each name's senses as votes into `votes`: country, `country.admin1` below country level, weight normalised per name. */
function collectVotes(names: readonly NameSenses[]): void {
  votes.n = 0;
  for (let u = 0; u < names.length; u++) {
    const senses = names[u]!.senses;
    let total = 0;
    for (const s of senses) total += s.weight;
    if (total <= 0) continue;
    for (const s of senses) {
      const w = s.weight / total;
      const p = s.place;
      if (w < 0.01 || !p.country || p.precision === 'continent') continue;
      const v = votes.n++;
      votes.name[v] = u;
      votes.country[v] = p.country;
      votes.region[v] = p.region || undefined;
      votes.weight[v] = w;
    }
  }
}
function top(votes: Map<string, number>, prefix: string): [string | undefined, number] {
  let key: string | undefined;
  let value = 0;
  for (const [k, v] of votes) if (v > value && k.startsWith(prefix)) { key = k; value = v; }
  return [key, value];
}
