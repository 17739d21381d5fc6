/**
 * Toponym recognition: place mentions of the entities layer (and capitals it marks as standing for a
 * government), plus gazetteer matches on runs of capitalised tokens for recall. A gazetteer match
 * must look like a place: not inside a person's name, not a common word or a usual first name
 * ("Mobile", "Clinton") unless a locative cue ("in", "near", "city of") or a qualifier ("Mobile, Ala.")
 * says so.
 */
import type { Document } from '../../model/document.js';
import type { Mention } from '../../model/layers/entities.js';
import type { Token } from '../../model/layers/structure.js';
import type { NameMatch } from './gazetteer.js';
import { lookupToponym } from './lookup-toponym.js';
import { usuallyNotAPlace } from './word-stats.js';
import { isStreetName } from './street-names.js';
import { nameKey } from './normalize-name.js';
import { hasNotSettlementHead, toponymCues } from './toponym-cues.js';
import { isCapitalised, isNameToken, nameRuns } from './name-runs.js';

export interface ToponymCandidate {
  start: number;
  end: number;
  key: string;
  matches: readonly NameMatch[];
  rule: 'entity-mention' | 'gazetteer' | 'demonym';
  /** The entities-layer mention it came from or lies in. */
  mention: Mention | undefined;
  government: boolean;
  /** A name the tagger calls a place that the gazetteer lacks ("Vuhledar"): a place without coordinates. */
  unresolved: boolean;
}

/**
 * A candidate with every field present, in one order: candidates then share one object shape, so the
 * places stage's reads of them stay monomorphic (they had four shapes; IC misses in findPlaces and
 * findToponyms were .3% of all ticks). Candidates never reach the document.
 */
function toponymCandidate(start: number, end: number, key: string, matches: readonly NameMatch[], rule: ToponymCandidate['rule'], mention: Mention | undefined, government: boolean, unresolved: boolean): ToponymCandidate {
  return { start, end, key, matches, rule, mention, government, unresolved };
}

const MAX_WORDS = 5;
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'across', 'through', 'toward', 'towards', 'via', 'inside', 'within', 'of', 'between', 'throughout', 'visited', 'visit', 'downtown']);
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Officer|Sheriff|Judge|Mayor|President|Coach|Rev|Prof|Chief|Deputy|Attorney|Detective|Trooper|Justice|Pastor|Father|Sister|Brother|Saint)\.?$/;
const PLACE_HEADS = new Set(['County', 'Parish', 'City', 'Police', 'Fire', 'Sheriff', 'High', 'Middle', 'Elementary', 'School', 'Schools', 'University', 'College', 'Hospital', 'Department', 'Council', 'Board', 'Chamber', 'Airport', 'Station', 'Street', 'Avenue', 'Road', 'Times', 'Post', 'Herald', 'Tribune', 'News', 'Daily', 'Journal', 'Gazette', 'Courier', 'Register', 'Township', 'Area', 'Region', 'District', 'Metro', 'Public', 'Library', 'Museum', 'Park', 'State', 'Regional', 'Memorial', 'Community', 'Water', 'Housing', 'Health', 'Symphony', 'Zoo', 'Center', 'Centre', 'Mall', 'Bridge', 'River', 'Lake', 'Harbor', 'Port', 'Bay', 'Club', 'Church', 'Cathedral', 'Court', 'Jail', 'Prison', 'Market']);
const COUNTY_NAME = / (?:County|Parish|Borough|Province|Oblast|Region|Township)$/;
const ADMINISTRATIVE_HEAD = /^ (?:County|Parish|Borough|Province|Oblast|Region|Township|region|province|oblast)\b/;
const LOWER_CASE_HEAD = /^ [a-z]/;
const COORDINATION = new Set(['and', 'or', ',', '&']);
const ALL_CAPS_ABBREVIATION = /^[A-Z][A-Z.]*$/;
const ENDS_LOWER = /[a-z]$/;
/** Words that may open a place's name inside a capitalised run ("North Carolina", "Greater Manchester"). */
const DIRECTION_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Downtown|Upper|Lower|Old|New)$/;
const SENTENCE_BOUNDARY = /^[.!?"“”:;]$/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?$/i;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** Finds the toponyms of a document, in text order, without overlaps. */
export function findToponyms(doc: Document): ToponymCandidate[] {
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const mentions = doc.layers.mentions ?? [];
  const found: ToponymCandidate[] = [];
  const taken: ToponymCandidate[] = [];
  // Streets the gazetteer lacks: no toponym inside them ("Memphis" in "Memphis St.").
  const streets: Mention[] = [];

  for (const m of mentions) {
    // "near Marinka": a one-word name the tagger called a person, after a word that only places take,
    // that the gazetteer lacks, is a town without coordinates.
    if (m.kind === 'name' && m.type === 'person' && m.metonymy !== 'government' && !m.role && /^\p{Lu}[\p{Ll}'’-]+$/u.test(m.text) && strongLocativeBefore(text, m.start) && onlyThisName(doc, m) && lookupToponym(m.text).matches.length === 0 && !isGivenName(m.text) && !headFollows(text, m) && looksLikeSettlementName(m.text)) {
      const candidate = toponymCandidate(m.start, m.end, nameKey(m.text), [], 'entity-mention', m, false, true);
      found.push(candidate);
      taken.push(candidate);
      continue;
    }
    if (m.kind !== 'name' || (m.type !== 'place' && m.metonymy !== 'government')) continue;
    // "Lamar" + "County": the administrative head belongs to the name when the gazetteer has both.
    const head = ADMINISTRATIVE_HEAD.exec(text.slice(m.end, m.end + 12));
    // "the Kherson region": a lower-case head belongs to the name only when the gazetteer has the whole
    // ("Kherson region", the oblast), not the town once the head is read off ("Belgorod region").
    const whole = head ? text.slice(m.start, m.end + head[0].length) : '';
    let longer = head ? lookupToponym(whole) : undefined;
    if (longer && LOWER_CASE_HEAD.test(head![0]) && longer.key !== nameKey(whole)) longer = undefined;
    const end = longer && longer.matches.length > 0 ? m.end + head![0].length : m.end;
    const lookup = longer && longer.matches.length > 0 ? longer : lookupToponym(m.text);
    if (lookup.matches.length === 0) {
      if (isStreetName(m.text)) streets.push(m);
      // A settlement the gazetteer lacks (GeoNames cities500 leaves out places without a population
      // figure, among them front-line towns such as Vuhledar or Marinka) is still where things happen:
      // kept without coordinates rather than dropped.
      else if (m.type === 'place' && m.metonymy !== 'government' && looksLikeSettlementName(m.text) && !headFollows(text, m)) {
        const candidate = toponymCandidate(m.start, m.end, lookup.key, [], 'entity-mention', m, false, true);
        found.push(candidate);
        taken.push(candidate);
      }
      continue;
    }
    const candidate = toponymCandidate(m.start, end, lookup.key, lookup.matches, lookup.demonym ? 'demonym' : 'entity-mention', m, m.metonymy === 'government', false);
    found.push(candidate);
    taken.push(candidate);
  }
  const blockers = mentions.filter((m) => m.kind === 'name' && m.type !== 'place' && m.metonymy !== 'government');
  // Towns the tagger called a person or an organisation ("Since the start of the invasion, Kupiansk has
  // been shelled", a headline's "Army shells Horlivka market"), kept when something else says place.
  const mistyped: Array<{ candidate: ToponymCandidate; evidence: boolean }> = [];

  const runs = nameRuns(tokens);
  // Where each paragraph dateline's place starts, to where it ends.
  const datelines = new Map<number, number>();
  for (const p of doc.layers.paragraphs ?? []) if (p.dateline?.place) datelines.set(p.dateline.place.start, p.dateline.place.end);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i]!)) continue;
    let matched = false;
    for (let n = Math.min(MAX_WORDS, runs[i]!); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1]!;
      if (!isNameToken(last) && !(n > 1 && ALL_CAPS_ABBREVIATION.test(tokens[i]!.text))) continue;
      const start = tokens[i]!.start;
      let end = last.end;
      // One word is its token's own string: no new string, and the runtime hashed it already (the pos
      // stage looked it up), so the lookup's cache probe does not hash it again.
      const name = n === 1 ? tokens[i]!.text : text.slice(start, end);
      const lookup = lookupToponym(name);
      // A county's bare name ("Hall", "Love") is a place only when the entities layer says so.
      if (!lookup.matches.some(isNotBareCounty)) continue;
      // "Ga." "Tenn.": the abbreviation's period belongs to the name.
      if (text[end] === '.' && name.length <= 5 && lookup.matches.some((m) => m.place.featureType === 'A.ADM1') && ENDS_LOWER.test(name)) end++;
      if (overlapsAny(taken, start, end)) { matched = true; continue; }
      // A county in a road's name is still the county ("Mahnomen County Road 3").
      if (overlapsAny(streets, start, end) && !COUNTY_NAME.test(name)) { matched = true; continue; }
      const listed = found.length > 0 && i >= 2 && COORDINATION.has(tokens[i - 1]!.text) && found[found.length - 1]!.end === tokens[i - 2]!.end;
      if (!looksLikeAPlace(text, tokens, i, n, lookup.matches, blockers, start, end, listed, datelines)) {
        const evidence = n === 1 ? mistypedTownEvidence(doc, tokens, i, lookup.matches, blockers, start, end) : undefined;
        if (evidence !== undefined) {
          const candidate = toponymCandidate(start, end, lookup.key, lookup.matches, 'gazetteer', undefined, false, false);
          mistyped.push({ candidate, evidence });
          taken.push(candidate);
          i += n - 1;
          matched = true;
        }
        continue;
      }
      const candidate = toponymCandidate(start, end, lookup.key, lookup.matches, lookup.demonym ? 'demonym' : 'gazetteer', undefined, false, false);
      found.push(candidate);
      taken.push(candidate);
      i += n - 1;
      matched = true;
    }
  }
  // Without a cue of its own, a mistyped town is kept when the document names another place in its country.
  if (mistyped.length > 0) {
    const countries = new Set<string>();
    const sure = mistyped.filter((m) => m.evidence).map((m) => m.candidate);
    for (const f of [...found, ...sure]) for (const m of f.matches) if (m.main) countries.add(m.place.country);
    for (const { candidate, evidence } of mistyped) {
      if (evidence || candidate.matches.some((m) => m.main && m.place.precision === 'town' && countries.has(m.place.country))) found.push(candidate);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** Whether a name the gazetteer lacks reads as a town's: one or two capitalised words, no geographic head. */
function looksLikeSettlementName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 2 || !words.every((w) => NAME_WORD.test(w)) || name === name.toUpperCase()) return false;
  // Heads of names that are no settlement: seas, rivers, ranges, islands, roads ("Black Sea", "Gaza Strip").
  return !hasNotSettlementHead(name) && !/s$/.test(words[words.length - 1]!);
}

const NEXT_WORD = /^[ \t]+([\p{L}]+)/u;
/** Whether a head noun follows the mention and belongs to its name: a part of a town or no town ("the Tekstilshchik district", "Rustaveli Avenue"). */
function headFollows(text: string, m: Mention): boolean {
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 30))?.[1];
  return next !== undefined && (toponymCues().partHeads.has(next.toLowerCase()) || isStreetName(`${m.text} ${next}`));
}

/** Words only a place follows: "near Marinka", "the village of Pisky", "on the outskirts of Avdiivka". */
function strongLocativeBefore(text: string, start: number): boolean {
  return toponymCues().strongLocative.test(text.slice(Math.max(0, start - 24), start));
}

/** Whether the mention's entity has this one name only: no fuller name, alias, title, role or description anywhere. */
function onlyThisName(doc: Document, mention: Mention): boolean {
  const entity = doc.layers.entities?.find((e) => e.id === mention.entity);
  if (!entity) return true;
  if (entity.aliases.length > 0 || entity.roles.length > 0 || entity.name !== mention.text) return false;
  if (entity.mentions.length === 1) return true;
  const byId = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  return entity.mentions.every((id) => {
    const m = byId.get(id);
    // A pronoun the tagger's reading drew to it ("near Robotyne said his barn") proves nothing.
    return m !== undefined && (m.kind === 'pronoun' || (m.kind === 'name' && m.text === mention.text && m.role === undefined));
  });
}

function isGivenName(name: string): boolean {
  return toponymCues().givenNames.has(name.toLowerCase());
}

/** Smallest town a one-word name the tagger mistyped can be read as. */
const MISTYPED_MIN_POPULATION = 10_000;

/**
 * Whether a one-word name the tagger called a person or an organisation is a town: the whole mention,
 * no title or role, no fuller name or alias for its entity, not a given name, and a main gazetteer name
 * of a town of some size. Returns whether a cue of its own says place (a locative word before it, or a
 * lower-case noun it modifies: "Horlivka market"), or undefined when it cannot be a town.
 */
function mistypedTownEvidence(doc: Document, tokens: readonly Token[], i: number, matches: readonly NameMatch[], blockers: readonly Mention[], start: number, end: number): boolean | undefined {
  const inside = blockers.find((m) => m.start === start && m.end === end);
  if (!inside || inside.role) return undefined;
  if (!matches.some((m) => m.main && m.place.featureType.startsWith('P.') && m.place.population >= MISTYPED_MIN_POPULATION)) return undefined;
  const name = doc.text.slice(start, end);
  if (!onlyThisName(doc, inside) || isGivenName(name)) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && LOCATIVE.has(before.text.toLowerCase())) return true;
  // "artillery shelled Vovchansk", "Kupiansk was shelled": what is shelled, struck or captured is a place.
  if (before && toponymCues().hitBefore.has(before.text.toLowerCase())) return true;
  if (after && /^(?:was|were|has|had|is)$/i.test(after.text) && toponymCues().hitAfter.test(doc.text.slice(after.end, after.end + 24))) return true;
  return after !== undefined && /^\p{Ll}/u.test(after.text) && /^NNS?$/.test(after.pos ?? '');
}

/**
 * Whether a span of `spans` overlaps characters `[start, end)`. A loop rather than `spans.some` with a
 * closure over start and end: it ran for every name span tried, making a closure each time.
 */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k]!.start < end && start < spans[k]!.end) return true;
  return false;
}

function isNotBareCounty(m: NameMatch): boolean {
  return m.main || m.place.featureType !== 'A.ADM2';
}

/**
 * `listed`: the name follows a place just found and "and", "or" or a comma ("from Dallas and Sherman");
 * `datelines`: the paragraphs' dateline places, start to end.
 */
function looksLikeAPlace(text: string, tokens: readonly Token[], i: number, n: number, matches: readonly NameMatch[], blockers: readonly Mention[], start: number, end: number, listed: boolean, datelines: ReadonlyMap<number, number>): boolean {
  const inside = blockers.find((m) => m.start <= start && end <= m.end);
  const area = matches.some((m) => m.main && m.place.precision !== 'town');
  // A dateline names the place a report was filed from, whatever the tagger read it as ("CHASIV YAR, Ukraine —").
  const dateline = datelines.get(start) === end;
  // A person's name is never a place. An organisation is one when it is exactly a county, state or
  // country name ("Lamar County" for its government); it holds one when it opens with the place and a
  // head follows ("Alexandria Police"); otherwise ("NATO", "People's Republic of Donetsk") it does not.
  if (inside && inside.type === 'person' && !dateline) return false;
  if (inside && inside.start === start && inside.end === end && !area && !dateline) return false;
  if (inside && (inside.start !== start || (inside.end !== end && !PLACE_HEADS.has(tokens[i + n]?.text ?? '')))) return false;
  if (blockers.some((m) => m.start < end && start < m.end && !(m.start <= start && end <= m.end))) return false;
  const before = tokens[i - 1];
  const after = tokens[i + n];
  const big = matches.some((m) => m.main && (m.place.precision === 'country' || m.place.precision === 'continent' || m.place.featureType === 'A.ADM1' || m.place.population >= 100_000));
  const cue = listed || (before !== undefined && LOCATIVE.has(before.text.toLowerCase()));
  const qualified = after?.text === ',' && tokens[i + n + 1] !== undefined && isCapitalised(tokens[i + n + 1]!.text);
  // Inside a longer capitalised run that is not a place: "Tony Mancuso", "Jackson Smith".
  if (before && isNameToken(before) && before.end >= start - 1 && !inside) {
    if (TITLES.test(before.text)) return false;
    if (!big && !DIRECTION_WORD.test(before.text)) return false;
  }
  if (before && TITLES.test(before.text) && !big) return false;
  if (after && isNameToken(after) && !PLACE_HEADS.has(after.text) && !big && !inside && !cue) return false;
  // An acronym in capitals ("NATO", "AIDS") is a place only when it names a country or region ("UK", "DRC").
  // A dateline's town ("AVDIIVKA —", the structure stage's paragraph dateline) is in capitals by
  // convention, not an acronym.
  if (n === 1 && end - start >= 3 && ALL_CAPS_ABBREVIATION.test(text.slice(start, end)) && !big && !dateline) return false;
  // "March 11", "11 March": a month name next to a day number is a date, never a place (March, GB);
  // alone ("in March") too, unless a qualifier says otherwise ("March, Cambridgeshire").
  if (n === 1 && MONTH.test(tokens[i]!.text) && (DAY_NUMBER.test(after?.text ?? '') || DAY_NUMBER.test(before?.text ?? '') || !qualified)) return false;
  if (n === 1 && usuallyNotAPlace(text.slice(start, end)) && !cue && !qualified && !big) return false;
  // A sentence-initial capital proves nothing: keep only well-known places or ones with a cue.
  const sentenceStart = !before || SENTENCE_BOUNDARY.test(before.text);
  if (sentenceStart && n === 1 && !big && !qualified && usuallyNotAPlace(text.slice(start, end).toLowerCase())) return false;
  return true;
}
