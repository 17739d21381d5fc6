/**
 * Disambiguation: picks one gazetteer place for every toponym of a document, by context. A place scores
 * for what it is (a country or state before a town; the bigger town first), for the document's focus
 * (the country and first-level region most of its toponyms point to: a Texas paper's "Paris"), for an
 * explicit qualifier ("Paris, Tenn."), and for lying near the other places of the document. The same
 * name keeps one sense within a document unless a qualifier says otherwise.
 */
import type { GazetteerPlace, NameMatch } from './gazetteer.js';

/** A toponym to resolve: its span and the gazetteer places its name matches. */
export interface ToponymInput {
  start: number;
  end: number;
  /** Lookup key of the name ("st louis"); toponyms with one key share a sense. */
  key: string;
  matches: readonly NameMatch[];
}

export interface Resolution {
  place: GazetteerPlace;
  /** Which kind of evidence decided: `qualifier`, `context` or `prior`. */
  rule: 'qualifier' | 'context' | 'prior';
}

/**
 * Weights of the evidence. Set by hand, then checked with scripts/tune-place-weights.ts on the
 * odd-numbered LGL articles (the even ones held out); see the report in the places README section.
 */
export const RESOLVER_WEIGHTS = {
  typeScore: {
    'A.PCLI': 9, 'A.PCLD': 7, 'A.PCLS': 7, 'L.CONT': 9, 'A.ADM1': 7, 'L.RGN': 5, 'T.ISL': 4.5, 'A.ADM2': 4,
    'P.PPLC': 4, 'P.PPLA': 2.5, 'P.PPLA2': 1, 'P.PPLA3': 0.3, 'P.PPLA4': 0.2, 'P.PPL': 0, 'P.PPLX': -1,
  } as Record<string, number>,
  population: 0.6,
  alternatePenalty: 3,
  focusCountry: 1,
  focusRegion: 0,
  nearby: 1.5,
  nearbyKm: 200,
  /** Weight of geographic coherence: lying near candidates of the document's other names. */
  coherence: 9,
  /** Candidates per name considered for coherence, best prior first. */
  maxCandidates: 25,
};
const W = RESOLVER_WEIGHTS;
const QUALIFIER_GAP = /^,\s?$|^\s\($/;

/** The place's score before context. */
export function priorScore(match: NameMatch): number {
  const p = match.place;
  return (W.typeScore[p.featureType] ?? -0.5) + W.population * Math.log10(p.population + 1) - (match.main ? 0 : W.alternatePenalty);
}

/** Resolves every toponym; `undefined` where the gazetteer has nothing. Toponyms in text order. */
export function resolveToponyms(text: string, toponyms: readonly ToponymInput[]): Array<Resolution | undefined> {
  const everyCandidate = toponyms.map((t) => dedupe(t.matches));
  const candidates = everyCandidate.map(preferAreas);
  const priors = candidates.map((list) => list.map(priorScore));

  // Qualifiers: "Paris, Texas", "Alexandria, La.", "Kherson (Ukraine)": the second contains the first.
  const forced = new Map<number, GazetteerPlace>();
  for (let i = 0; i + 1 < toponyms.length; i++) {
    const a = toponyms[i]!;
    const b = toponyms[i + 1]!;
    if (!QUALIFIER_GAP.test(text.slice(a.end, b.start))) continue;
    let best: { inner: GazetteerPlace; outer: GazetteerPlace; score: number } | undefined;
    everyCandidate[i]!.forEach((inner) => {
      candidates[i + 1]!.forEach((outer, y) => {
        if (inner.place === outer.place || !contains(outer.place, inner.place)) return;
        const score = priorScore(inner) + priors[i + 1]![y]!;
        if (!best || score > best.score) best = { inner: inner.place, outer: outer.place, score };
      });
    });
    if (best) {
      forced.set(i, (best as { inner: GazetteerPlace }).inner);
      forced.set(i + 1, (best as { outer: GazetteerPlace }).outer);
    }
  }

  const coherence = coherenceScores(toponyms, candidates, priors);

  // Pass 1 by prior; pass 2 and 3 with the focus and neighbours of the previous pass.
  let chosen: Array<GazetteerPlace | undefined> = candidates.map((list, i) => forced.get(i) ?? best(list, priors[i]!));
  let rules: Array<Resolution['rule']> = chosen.map((_, i) => (forced.has(i) ? 'qualifier' : 'prior'));
  for (let pass = 0; pass < 2; pass++) {
    const focus = findFocus(candidates, priors, chosen, forced);
    const byKey = new Map<string, Map<GazetteerPlace, number>>();
    candidates.forEach((list, i) => {
      if (forced.has(i)) return;
      const scores = byKey.get(toponyms[i]!.key) ?? new Map<GazetteerPlace, number>();
      byKey.set(toponyms[i]!.key, scores);
      list.forEach((m, x) => {
        let s = priors[i]![x]! + W.coherence * coherence[i]![x]!;
        if (focus.country && m.place.country === focus.country) s += W.focusCountry * focus.countryShare;
        if (focus.region && m.place.country === focus.country && m.place.admin1 === focus.region) s += W.focusRegion * focus.regionShare;
        if (m.place.precision === 'town' && chosen.some((c, j) => j !== i && c && c !== m.place && toponyms[j]!.key !== toponyms[i]!.key && c.precision !== 'country' && c.precision !== 'continent' && near(c, m.place))) s += W.nearby;
        scores.set(m.place, Math.max(scores.get(m.place) ?? -Infinity, s));
      });
    });
    chosen = candidates.map((list, i) => {
      if (forced.has(i)) return forced.get(i);
      const scores = byKey.get(toponyms[i]!.key)!;
      let top: GazetteerPlace | undefined;
      let topScore = -Infinity;
      for (const m of list) {
        const s = scores.get(m.place)!;
        if (s > topScore) { top = m.place; topScore = s; }
      }
      return top;
    });
    rules = chosen.map((c, i) => (forced.has(i) ? 'qualifier' : c && c !== best(candidates[i]!, priors[i]!) ? 'context' : 'prior'));
  }
  return chosen.map((place, i) => (place ? { place, rule: rules[i]! } : undefined));
}

/**
 * For each candidate, how well it fits the other names of the document: for every other name, the
 * closeness of its nearest plausible candidate (weighted by that candidate's prior), summed on a log
 * scale. "Dublin" beside "Columbus", "Grove City" and "Franklin County" fits Dublin, Ohio.
 */
function coherenceScores(toponyms: readonly ToponymInput[], candidates: NameMatch[][], priors: number[][]): number[][] {
  const keys: string[] = [];
  const pools: Array<Array<{ place: GazetteerPlace; weight: number; cos: number }>> = [];
  const seen = new Set<string>();
  candidates.forEach((list, i) => {
    const key = toponyms[i]!.key;
    if (seen.has(key) || list.length === 0) return;
    seen.add(key);
    const order = list.map((m, x) => ({ m, p: priors[i]![x]! })).sort((a, b) => b.p - a.p).slice(0, W.maxCandidates);
    const top = order[0]!.p;
    keys.push(key);
    // Candidates far less likely than the best add nothing but cost: keep the plausible ten.
    pools.push(order.slice(0, 10).map(({ m, p }) => ({ place: m.place, weight: Math.exp((p - top) / 2), cos: Math.cos((m.place.lat * Math.PI) / 180) })).filter((d) => d.weight >= 0.02));
  });
  return candidates.map((list, i) => list.map((m) => {
    if (keys.length < 2) return 0;
    const c = m.place;
    const cosC = Math.cos((c.lat * Math.PI) / 180);
    let sum = 0;
    pools.forEach((pool, k) => {
      if (keys[k] === toponyms[i]!.key) return;
      let bestFit = 0;
      for (const d of pool) {
        const fit = d.weight * closeness(c, d.place, cosC, d.cos);
        if (fit > bestFit) bestFit = fit;
      }
      sum += bestFit;
    });
    return Math.log1p(sum);
  }));
}

/** How much a country mention supports a place inside it. */
export const COUNTRY_FIT = 0.6;

/** 1 for places within 50 km or a region containing the other, falling to 0 beyond 1000 km. */
function closeness(a: GazetteerPlace, b: GazetteerPlace, cosA: number, cosB: number): number {
  if (a === b) return 0;
  if (b.precision === 'country' || b.precision === 'continent') return a.country === b.country && a.precision !== 'country' ? COUNTRY_FIT : 0;
  if (a.precision === 'country' || a.precision === 'continent') return b.country === a.country ? COUNTRY_FIT : 0;
  if (b.featureType === 'A.ADM1' && a.country === b.country && a.admin1 === b.admin1 && b.admin1) return 1;
  if (a.featureType === 'A.ADM1' && a.country === b.country && a.admin1 === b.admin1 && a.admin1) return 1;
  const dy = (a.lat - b.lat) * 111;
  const dx = (a.lon - b.lon) * 111 * ((cosA + cosB) / 2);
  const km = Math.sqrt(dx * dx + dy * dy);
  if (km < 50) return 1;
  if (km < 150) return 0.8;
  if (km < 400) return 0.4;
  if (km < 1000) return 0.15;
  return 0;
}

interface Focus { country?: string; countryShare: number; region?: string; regionShare: number }

/** The country and first-level region the document is about: shares of toponym weight pointing there. */
function findFocus(candidates: NameMatch[][], priors: number[][], chosen: Array<GazetteerPlace | undefined>, forced: Map<number, GazetteerPlace>): Focus {
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  let total = 0;
  candidates.forEach((list, i) => {
    if (list.length === 0) return;
    total++;
    const sure = forced.get(i) ?? (list.length === 1 ? list[0]!.place : undefined);
    const weights = sure ? list.map((m) => (m.place === sure ? 1 : 0)) : softmax(priors[i]!);
    const seen = new Map<string, number>();
    const seenRegion = new Map<string, number>();
    list.forEach((m, x) => {
      if (!m.place.country || m.place.precision === 'continent') return;
      seen.set(m.place.country, (seen.get(m.place.country) ?? 0) + weights[x]!);
      if (m.place.admin1 && m.place.precision !== 'country') seenRegion.set(`${m.place.country}.${m.place.admin1}`, (seenRegion.get(`${m.place.country}.${m.place.admin1}`) ?? 0) + weights[x]!);
    });
    // The previous pass's choice counts as much as the prior spread.
    const c = chosen[i];
    if (c?.country) seen.set(c.country, (seen.get(c.country) ?? 0) + 1);
    if (c?.admin1 && c.precision !== 'country') seenRegion.set(`${c.country}.${c.admin1}`, (seenRegion.get(`${c.country}.${c.admin1}`) ?? 0) + 1);
    for (const [k, v] of seen) countries.set(k, (countries.get(k) ?? 0) + v / 2);
    for (const [k, v] of seenRegion) regions.set(k, (regions.get(k) ?? 0) + v / 2);
  });
  const focus: Focus = { countryShare: 0, regionShare: 0 };
  const [country, countryWeight] = top(countries);
  if (!country || total === 0) return focus;
  focus.country = country;
  focus.countryShare = Math.min(1, countryWeight / total + 0.25);
  const [region, regionWeight] = top(new Map([...regions].filter(([k]) => k.startsWith(`${country}.`))));
  if (region) {
    focus.region = region.slice(country.length + 1);
    focus.regionShare = Math.min(1, regionWeight / total + 0.25);
  }
  return focus;
}

function top(map: Map<string, number>): [string | undefined, number] {
  let key: string | undefined;
  let value = 0;
  for (const [k, v] of map) if (v > value) { key = k; value = v; }
  return [key, value];
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function best(list: NameMatch[], priors: number[]): GazetteerPlace | undefined {
  let top: GazetteerPlace | undefined;
  let topScore = -Infinity;
  list.forEach((m, x) => {
    if (priors[x]! > topScore) { top = m.place; topScore = priors[x]!; }
  });
  return top;
}

const AREA_TYPES = new Set(['A.PCLI', 'A.PCLD', 'A.PCLS', 'L.CONT', 'A.ADM1']);

/**
 * A name that is the main name of a country, continent or first-level region refers to that area, not
 * to a town named after it ("Mexico", "Brazil", "Ontario" are towns in Indiana, Indiana and Ohio too):
 * towns are dropped from its candidates. Only a qualifier ("Mexico, Mo.") brings a town back.
 */
function preferAreas(list: NameMatch[]): NameMatch[] {
  if (!list.some((m) => m.main && AREA_TYPES.has(m.place.featureType))) return list;
  return list.filter((m) => m.place.precision !== 'town');
}

/** One match per place, a main-name match preferred. */
function dedupe(matches: readonly NameMatch[]): NameMatch[] {
  const byPlace = new Map<GazetteerPlace, NameMatch>();
  for (const m of matches) {
    const seen = byPlace.get(m.place);
    if (!seen || (!seen.main && m.main)) byPlace.set(m.place, m);
  }
  return [...byPlace.values()];
}

/** Whether `outer` (a country, first-level region or county) contains `inner`. */
export function contains(outer: GazetteerPlace, inner: GazetteerPlace): boolean {
  if (!outer.country || outer.country !== inner.country && !(outer.country === 'US' && outer.featureType === 'A.PCLI' && inner.country === 'PR')) return false;
  if (outer.precision === 'country') return inner.precision !== 'country';
  if (outer.featureType === 'A.ADM1') return inner.admin1 === outer.admin1 && inner.featureType !== 'A.ADM1' && outer.admin1 !== '';
  if (outer.featureType === 'A.ADM2') return inner.precision === 'town' && inner.admin1 === outer.admin1 && inner.admin2 === outer.admin2;
  if (outer.precision === 'region') return inner.precision === 'town' && near(outer, inner, 300);
  return false;
}

function near(a: GazetteerPlace, b: GazetteerPlace, km = W.nearbyKm): boolean {
  const dLat = Math.abs(a.lat - b.lat);
  if (dLat * 111 > km) return false;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h))) <= km;
}
