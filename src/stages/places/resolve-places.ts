/**
 * Disambiguation: picks one gazetteer place for every toponym of a document, by context. A sense
 * scores for what it is (`score-prior.ts`), for an explicit qualifier ("Paris, Tenn."), for lying near
 * likely senses of the document's other names (co-resolution: "Dublin" beside "Columbus" and "Franklin
 * County" is Dublin, Ohio), and for the document's focus: the country and state most of its names point
 * to, and the country its wording points to. Senses are re-weighted by these scores and scored again, so
 * names settle together. One name keeps one sense within a document; a qualified mention gives it.
 */
import type { GazetteerPlace, NameMatch } from './gazetteer.js';
import { closeness, contains } from './measure-closeness.js';
import { RESOLVER_WEIGHTS as W, priorScore } from './score-prior.js';
import { findFocus, type Focus } from './find-focus.js';
import { findTypeCues } from './find-type-cues.js';
import { isForceDemonym } from './force-demonyms.js';

export { RESOLVER_WEIGHTS, priorScore } from './score-prior.js';
export { contains } from './measure-closeness.js';

/** A toponym to resolve: its span and the gazetteer places its name matches. */
export interface ToponymInput {
  start: number;
  end: number;
  /** Lookup key of the name ("st louis"); toponyms with one key share a sense. */
  key: string;
  matches: readonly NameMatch[];
  /** `demonym` for a nationality word ("Russian"). */
  rule?: string;
}

export interface Resolution {
  place: GazetteerPlace;
  /** Which kind of evidence decided: `qualifier`, `context` or `prior`. */
  rule: 'qualifier' | 'context' | 'prior';
}

/** A document-level hint from the wording (see find-document-cues.ts): a country and how strongly. */
export interface CountryCue { country: string; strength: number }

/** One possible sense of a name. `weight` is its belief relative to the name's best sense (0..1). */
export interface Sense {
  place: GazetteerPlace;
  prior: number;
  score: number;
  weight: number;
  /** Cosine of the latitude, for distances. */
  cos: number;
  /** A town or county named like a country or state: only close neighbours (a county, a town nearby) support it. */
  namesake: boolean;
  /** Whether the name is the place's own name, not a GeoNames alternate or a county's bare name. */
  main: boolean;
}

/** A distinct name of the document (all toponyms with one key) and its senses, best prior first. */
export interface NameSenses {
  key: string;
  senses: Sense[];
  every: readonly SenseTemplate[];
  forced: GazetteerPlace | undefined;
  /** Every mention is a nationality of armed force ("Russian troops"): the attacker's, no support for places. */
  actor: boolean;
}

const QUALIFIER_GAP = /^,\s?$|^\s\($/;
const AREA_TYPES = new Set(['A.PCLI', 'A.PCLD', 'A.PCLS', 'L.CONT', 'A.ADM1']);
const RAD = Math.PI / 180;
const NAMESAKE_POPULATION = 100_000;
/** Closeness of a county or a town within about 150 km. */
const NAMESAKE_MIN_CLOSENESS = 0.8;

let observer: ((names: readonly NameSenses[]) => void) | undefined;

/** Error analysis (scripts, not the pipeline): `watch` sees every document's names and scored senses. */
export function observeResolution(watch: ((names: readonly NameSenses[]) => void) | undefined): void {
  observer = watch;
}

/** Resolves every toponym; `undefined` where the gazetteer has nothing. Toponyms in text order. */
export function resolveToponyms(text: string, toponyms: readonly ToponymInput[], cue?: CountryCue): Array<Resolution | undefined> {
  const names: NameSenses[] = [];
  const byKey = new Map<string, number>();
  // Loops rather than map/forEach with closures throughout: this runs once per document, and a closure
  // made per call pays a lazy-compile step on its first call every time.
  const nameOf = new Array<number>(toponyms.length);
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    if (t.matches.length === 0) {
      nameOf[i] = -1;
      continue;
    }
    let u = byKey.get(t.key);
    const actor = t.rule === 'demonym' && isForceDemonym(text, t.end);
    if (u === undefined) {
      u = names.length;
      byKey.set(t.key, u);
      names.push(sensesOf(t.key, t.matches, actor));
    } else if (!actor) names[u]!.actor = false;
    nameOf[i] = u;
  }

  // Qualifiers: "Paris, Texas", "Alexandria, La.", "Kherson (Ukraine)": the second contains the first.
  const forced = new Map<number, GazetteerPlace>();
  for (let i = 0; i + 1 < toponyms.length; i++) {
    if (nameOf[i]! < 0 || nameOf[i + 1]! < 0 || !QUALIFIER_GAP.test(text.slice(toponyms[i]!.end, toponyms[i + 1]!.start))) continue;
    let best: { inner: GazetteerPlace; outer: GazetteerPlace; score: number } | undefined;
    for (const inner of names[nameOf[i]!]!.every) {
      // "Virginia, Washington, West Virginia" is a list: an alternate name is no qualified place.
      if (!inner.main) continue;
      for (const outer of names[nameOf[i + 1]!]!.senses) {
        if (inner.place === outer.place || !contains(outer.place, inner.place)) continue;
        const score = inner.prior + outer.prior;
        if (!best || score > best.score) best = { inner: inner.place, outer: outer.place, score };
      }
    }
    if (!best) continue;
    forced.set(i, best.inner);
    forced.set(i + 1, best.outer);
  }
  // "Washington state", "Love County": only the name's senses of the kind named, context choosing among them.
  const typeCues = findTypeCues(text, toponyms);
  for (let i = 0; i < typeCues.length; i++) {
    const type = typeCues[i];
    if (!type || nameOf[i]! < 0) continue;
    const name = names[nameOf[i]!]!;
    const senses = name.every.filter((s) => s.place.featureType === type);
    if (senses.length === 0 || senses.length === name.every.length) continue;
    name.senses = fromTemplates(senses, false);
  }
  // One sense per name: the first qualified mention gives it to the bare ones.
  for (const [i, place] of forced) {
    const name = names[nameOf[i]!]!;
    if (!name.forced) name.forced = place;
  }
  for (const name of names) {
    if (!name.forced) continue;
    const own = name.senses.find((s) => s.place === name.forced) ?? fromTemplates(name.every.filter((t) => t.place === name.forced), false)[0]!;
    own.weight = 1;
    name.senses = [own];
  }

  for (let pass = 0; pass < W.passes; pass++) {
    const focus = findFocus(names);
    for (let u = 0; u < names.length; u++) {
      const name = names[u]!;
      if (name.forced) continue;
      for (const s of name.senses) s.score = s.prior + W.coherence * coherence(names, u, s) + focusScore(s.place, focus, u, cue);
      // In reading order, as a reader would: a name is read in the light of the names settled before it
      // (their new weights) and the priors of those still to come. (Scoring all names against the same
      // weights measured worse: LGL dev acc161 0.835 against 0.838.)
      reweigh(name.senses);
    }
  }

  if (observer) observer(names);
  const resolutions = new Array<Resolution | undefined>(toponyms.length);
  for (let i = 0; i < toponyms.length; i++) resolutions[i] = resolution(names, nameOf[i]!, forced.get(i));
  return resolutions;
}

/** The resolution of a toponym of name `u` (-1: none), `own` the place its qualifier forced, if any. */
function resolution(names: readonly NameSenses[], u: number, own: GazetteerPlace | undefined): Resolution | undefined {
  if (u < 0) return undefined;
  if (own) return { place: own, rule: 'qualifier' };
  const name = names[u]!;
  if (name.forced) return { place: name.forced, rule: 'qualifier' };
  const top = bestScore(name.senses);
  return { place: top.place, rule: top === name.senses[0] ? 'prior' : 'context' };
}

/** A sense as the gazetteer gives it, before any document: cached per lookup result. */
export interface SenseTemplate {
  place: GazetteerPlace;
  prior: number;
  /** Weight by prior within the name's full list (see `reweigh`). */
  weight: number;
  cos: number;
  namesake: boolean;
  main: boolean;
}

let templates = new WeakMap<readonly NameMatch[], SenseTemplate[]>();

/** Forgets the cached priors (scripts/tune-place-weights.ts changes the weights between runs). */
export function clearPriorCache(): void {
  templates = new WeakMap();
}

/** The senses of a name: one per place (its main name preferred), scored by prior, best first. */
function templatesOf(matches: readonly NameMatch[]): SenseTemplate[] {
  let every = templates.get(matches);
  if (every) return every;
  const byPlace = new Map<GazetteerPlace, NameMatch>();
  let area = false;
  for (const m of matches) {
    const seen = byPlace.get(m.place);
    if (!seen || (!seen.main && m.main)) byPlace.set(m.place, m);
    if (m.main && AREA_TYPES.has(m.place.featureType)) area = true;
  }
  every = [];
  for (const m of byPlace.values()) {
    // A town or county named after a country or state ("Mexico", Missouri; "Texas" County; Mexico City,
    // also called "Mexico") needs context to win; a city as well known under its own name as the state
    // (Washington, D.C.; New York City) does not.
    const namesake = area && (m.place.precision === 'town' ? !m.main || (m.place.featureType !== 'P.PPLC' && m.place.population < NAMESAKE_POPULATION) : !m.main && m.place.featureType === 'A.ADM2');
    const prior = priorScore(m) - (namesake ? W.areaNamesakePenalty : 0);
    every.push({ place: m.place, prior, weight: 0, cos: Math.cos(m.place.lat * RAD), namesake, main: m.main });
  }
  every.sort((a, b) => b.prior - a.prior);
  for (const t of every) t.weight = Math.exp((t.prior - every[0]!.prior) / W.temperature);
  templates.set(matches, every);
  return every;
}

function sensesOf(key: string, matches: readonly NameMatch[], actor: boolean): NameSenses {
  const every = templatesOf(matches);
  return { key, senses: fromTemplates(every), every, forced: undefined, actor };
}

/**
 * Fresh senses (score and weight are per document) for the best `maxCandidates` templates; `full` when
 * the templates are a name's whole list, whose weights by prior are cached.
 */
function fromTemplates(every: readonly SenseTemplate[], full = true): Sense[] {
  const n = Math.min(every.length, W.maxCandidates);
  const senses: Sense[] = new Array(n);
  for (let x = 0; x < n; x++) {
    const t = every[x]!;
    senses[x] = { place: t.place, prior: t.prior, score: t.prior, weight: t.weight, cos: t.cos, namesake: t.namesake, main: t.main };
  }
  if (!full) reweigh(senses, true);
  return senses;
}

/** Weights relative to the best sense: exp((score − best) / temperature). Not normalised: a name with
 * several equally likely senses ("Madison County") supports each of them fully, so two ambiguous names
 * can settle each other (Richmond and Madison County, Kentucky). By score, or by prior when `byPrior`
 * (a flag, not a function argument: a default arrow was a new closure on every call). */
function reweigh(senses: Sense[], byPrior = false): void {
  let top = -Infinity;
  for (const s of senses) top = Math.max(top, byPrior ? s.prior : s.score);
  for (const s of senses) s.weight = Math.exp(((byPrior ? s.prior : s.score) - top) / W.temperature);
}

/**
 * How well a sense fits the other names: for each other name, the best fit among its likely senses
 * (closeness times that sense's weight), summed on a log scale.
 */
function coherence(names: readonly NameSenses[], u: number, c: Sense): number {
  let sum = 0;
  for (let k = 0; k < names.length; k++) {
    // "Russian forces advanced toward POKROVSK": the attacker's nationality says nothing of where.
    if (k === u || names[k]!.actor) continue;
    const senses = names[k]!.senses;
    let bestFit = 0;
    for (const d of senses) {
      if (d.weight < 0.02 || d.weight <= bestFit) continue;
      const close = closeness(c.place, d.place, c.cos);
      if (c.namesake && close < NAMESAKE_MIN_CLOSENESS) continue;
      const fit = d.weight * close;
      if (fit > bestFit) bestFit = fit;
    }
    sum += bestFit;
  }
  return Math.log1p(sum);
}

function focusScore(p: GazetteerPlace, focus: Focus, u: number, cue: CountryCue | undefined): number {
  let s = 0;
  if (focus.country !== undefined && p.country === focus.country) {
    s += W.focusCountry * focus.countryShare[u]!;
    if (focus.region !== undefined && p.admin1 === focus.region && p.precision !== 'country') s += W.focusRegion * focus.regionShare[u]!;
  }
  if (cue && p.country === cue.country) s += W.cueCountry * cue.strength;
  return s;
}

/** The sense of the highest score, the first of equals. */
function bestScore(senses: readonly Sense[]): Sense {
  let top = senses[0]!;
  for (const s of senses) if (s.score > top.score) top = s;
  return top;
}
