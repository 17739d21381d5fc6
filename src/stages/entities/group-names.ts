/**
 * Groups name mentions into entities: the same name (normalised), names of one alias-lexicon entry
 * (Kiev, Kyiv), an acronym and the name it was defined for, one government's metonyms, and a
 * person's short name with the full one ("Peskov" with "Dmitry Peskov"). A group takes the lexicon's
 * type when it has one, else the type most of its mentions were tagged with. Last, a person's one-word
 * name joins the one full name that opens with it ("Hillary" with "Hillary Clinton").
 */
import type { EntityType } from '../../model/layers/entities.js';
import type { Draft, EntityContext } from './context.js';
import { normText } from './context.js';
import { startsUpperThenLower } from './letter-tests.js';

/** An entity in the making. */
export interface Group {
  type: EntityType;
  drafts: Draft[];
  /** Alias-lexicon id, when one of its names is in the lexicon. */
  alias: string | undefined;
  standsFor: string | undefined;
  gender: 'male' | 'female' | undefined;
  /** Normalised words of its longest person name, for short-name matching. */
  personWords: string[] | undefined;
}

/**
 * A group with every field present, in one order: groups then share one object shape, so the rules
 * reading them (nominals, pronouns, capitals, layers) stay monomorphic; fields set only sometimes,
 * in the order the names came, gave them several. Groups never reach the document.
 */
function newGroup(type: EntityType): Group {
  return { type, drafts: [], alias: undefined, standsFor: undefined, gender: undefined, personWords: undefined };
}

/** The normalised words of tokens `[start, end)` without periods ("j. r. r." -> "j r r"); a loop, not filter with a closure. */
function wordsWithoutPeriods(ctx: EntityContext, start: number, end: number): string[] {
  const words: string[] = [];
  for (let k = start; k < end; k++) if (ctx.norm[k] !== '.') words.push(ctx.norm[k]!);
  return words;
}

/** Groups the name drafts (setting `group` on each) and returns the groups. */
export function groupNames(ctx: EntityContext, drafts: readonly Draft[]): Group[] {
  const groups: Group[] = [];
  // A name joins the group of its government (metonyms), else of its normalised text, else of its alias entry.
  const byGovernment = new Map<string | undefined, number>();
  const byText = new Map<string, number>();
  const byAlias = new Map<string, number>();
  const votes: Array<Map<EntityType, number>> = [];
  let alone: Set<string> | undefined;
  let shortForms: Map<Draft, Draft[]> | undefined;
  for (const d of drafts) {
    if (d.kind !== 'name') continue;
    let text = '';
    let g: number | undefined;
    if (d.metonymy) g = byGovernment.get(d.standsFor);
    else {
      text = normText(ctx, d.start, d.end);
      if (text.startsWith('the ')) text = text.slice(4);
      g = byText.get(text);
      if (g === undefined && d.alias) g = byAlias.get(d.alias);
    }
    if (g === undefined && d.shortFor && d.shortFor.group >= 0) g = d.shortFor.group;
    // "RSF denies ..." before "The Rapid Support Forces ...": the full name joins its earlier short form.
    if (g === undefined && d.kind === 'name') g = (shortForms ??= shortFormsOf(drafts)).get(d)?.find((s) => s.group >= 0)?.group;
    if (g === undefined && d.type === 'person' && !d.metonymy) g = matchPerson(ctx, d, groups, (alone ??= namedAlone(ctx, drafts)));
    if (g === undefined) {
      g = groups.length;
      groups.push(newGroup(d.type));
      votes.push(new Map());
    }
    const group = groups[g]!;
    d.group = g;
    group.drafts.push(d);
    if (d.metonymy) {
      if (!byGovernment.has(d.standsFor)) byGovernment.set(d.standsFor, g);
    } else {
      if (!byText.has(text)) byText.set(text, g);
      if (d.alias && !byAlias.has(d.alias)) byAlias.set(d.alias, g);
    }
    if (d.alias) group.alias ??= d.alias;
    if (d.standsFor) group.standsFor = d.standsFor;
    if (d.gender) group.gender ??= d.gender;
    votes[g]!.set(d.type, (votes[g]!.get(d.type) ?? 0) + (d.alias || d.metonymy ? 100 : 1));
    if (d.type === 'person') {
      const words = wordsWithoutPeriods(ctx, d.start, d.end);
      if (!group.personWords || words.length > group.personWords.length) group.personWords = words;
    }
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let best: EntityType = group.drafts[0]!.type;
    for (const [type, n] of votes[g]!) if (n > (votes[g]!.get(best) ?? 0)) best = type;
    group.type = best;
  }
  return joinOneWordNames(ctx, drafts, groups);
}

/** A word written with a capital and then lower case ("Hillary", "Xi"), not "UN" nor "iPhone". */

/**
 * "Hillary Clinton ... Hillary says", "Xi Jinping ... Xi": a person group of one capitalised word
 * alone (a given name, or the surname that opens a Chinese or Korean name) joins the one person group
 * whose full name opens with it, and takes its type; not when two people of the text share the word
 * ("Paul Hendricks", "Paul Ostrow"), nor when it is also the surname of a person there ("Warren"
 * beside "Elizabeth Warren" and "Warren Buffett"), nor across genders. Returns the groups,
 * renumbered if any was joined to another.
 */
function joinOneWordNames(ctx: EntityContext, drafts: readonly Draft[], groups: Group[]): Group[] {
  if (!ctx.cased) return groups;
  let into: Int32Array | undefined;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const word = group.personWords;
    if (group.type !== 'person' || word?.length !== 1 || group.alias || group.standsFor || !group.drafts.every((d) => d.end - d.start === 1 && startsUpperThenLower(ctx.tokens[d.start]!.text))) continue;
    let target = -1;
    let surname = false;
    for (let h = 0; h < groups.length; h++) {
      const other = groups[h]!;
      const words = other.personWords;
      if (h === g || !words || words.length < 2 || other.standsFor) continue;
      if (words[words.length - 1] === word[0]) surname = true;
      else if (words[0] === word[0]) target = target === -1 && other.type === 'person' ? h : -2;
    }
    if (target < 0 || surname || (group.gender && groups[target]!.gender && group.gender !== groups[target]!.gender)) continue;
    into ??= Int32Array.from(groups.keys());
    into[g] = target;
  }
  if (!into) return groups;
  // Move the joined groups' drafts into their targets, then number the groups left in order.
  const renumber = new Int32Array(groups.length).fill(-1);
  const kept: Group[] = [];
  for (let g = 0; g < groups.length; g++) if (into[g] === g) { renumber[g] = kept.length; kept.push(groups[g]!); }
  for (let g = 0; g < groups.length; g++) {
    if (into[g] === g) continue;
    const target = groups[into[g]!]!;
    target.drafts.push(...groups[g]!.drafts);
    target.drafts.sort((a, b) => a.start - b.start);
  }
  for (const d of drafts) if (d.group >= 0) d.group = renumber[into[d.group]!]!;
  return kept;
}

/** `long` ends with all of `short`'s words ("Enrique Peña Nieto" and "Peña Nieto"). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}

/** Each full name's short forms (drafts with `shortFor`: acronyms, "Patriot" for "Patriot Coal"). */
function shortFormsOf(drafts: readonly Draft[]): Map<Draft, Draft[]> {
  const out = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    if (!d.shortFor) continue;
    const list = out.get(d.shortFor);
    if (list) list.push(d);
    else out.set(d.shortFor, [d]);
  }
  return out;
}

/** Generational suffixes, left out when surnames are compared ("jr.", "iii"). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** The words of the text's one-word person names ("Melania said"), normalised. */
function namedAlone(ctx: EntityContext, drafts: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) if (d.kind === 'name' && d.type === 'person' && d.end - d.start === 1) out.add(ctx.norm[d.start]!);
  return out;
}

/**
 * A person group this name is a short or long form of: same surname, or one name inside the other
 * ("Peña Nieto" in "Enrique Peña Nieto", "De Blasio" in "Bill de Blasio").
 * When several fit ("Clinton" after "Hillary Clinton" and "Chelsea Clinton"), the one mentioned most
 * so far wins, then, for a bare surname, one the text never calls by the given name alone ("Melania
 * Trump" ... "Donald Trump" ... "Melania said" ... "Trump said": Donald Trump), then the one
 * introduced first: a bare surname refers to the story's main person.
 * Never one whose known gender (a title, an honorific, a given name) differs from the name's.
 * `alone`: the words of the text's one-word person names.
 */
function matchPerson(ctx: EntityContext, d: Draft, groups: readonly Group[], alone: ReadonlySet<string>): number | undefined {
  const all = wordsWithoutPeriods(ctx, d.start, d.end);
  // "King Jr." is Martin Luther King Jr.'s surname with his suffix; Davis Jr. is not Davis Sr.
  const suffix = all.length > 1 && SUFFIX.test(all[all.length - 1]!) ? all[all.length - 1] : undefined;
  const words = suffix ? all.slice(0, -1) : all;
  const last = words[words.length - 1]!;
  let best: number | undefined;
  for (let g = 0; g < groups.length; g++) {
    let other = groups[g]!.personWords;
    if (!other || groups[g]!.standsFor) continue;
    // "Mr. Obama" ... "the first lady, Michelle Obama": a name of one gender is not the other's.
    if (d.gender && groups[g]!.gender && d.gender !== groups[g]!.gender) continue;
    const otherSuffix = other.length > 1 && SUFFIX.test(other[other.length - 1]!) ? other[other.length - 1] : undefined;
    if (suffix && otherSuffix && suffix !== otherSuffix) continue;
    if (otherSuffix) other = other.slice(0, -1);
    const otherLast = other[other.length - 1]!;
    const fits =
      (words.length === 1 && last === otherLast) ||
      (other.length === 1 && last === other[0]) ||
      (words.length > 1 && other.length > 1 && last === otherLast && (words[0]!.charAt(0) === other[0]!.charAt(0) || endsWith(words, other) || endsWith(other, words)));
    if (!fits) continue;
    if (best === undefined || groups[g]!.drafts.length > groups[best]!.drafts.length) best = g;
    else if (words.length === 1 && groups[g]!.drafts.length === groups[best]!.drafts.length && calledByGivenName(groups[best]!, alone) && !calledByGivenName(groups[g]!, alone)) best = g;
  }
  return best;
}

/** The group's full name opens with a word the text also uses alone as a person's name ("Melania"). */
function calledByGivenName(group: Group, alone: ReadonlySet<string>): boolean {
  const words = group.personWords;
  return words !== undefined && words.length > 1 && alone.has(words[0]!);
}
