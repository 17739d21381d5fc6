/**
 * Definite descriptions from the `nominals` lexicon ("the spokesman", "the ministry", "the republic",
 * "the city") resolved to an entity named earlier in the same sentence or the two before: the nearest
 * one that fits, by role, by a word of its name, or by kind of place; failing that, for a kind of
 * organisation ("the ministry"), the only one of its kind named earlier in the article. A description
 * with no fitting antecedent is left alone (it may be generic: "the city council", "a republic").
 */
import { hashString } from '../pos/hash.js';
import { normaliseWord } from '../pos/describe-words.js';
import { GAZ_LISTS } from './ner/gazetteer.js';
import { nerModel } from './ner/ner-model.js';
import type { Draft, EntityContext } from './context.js';
import { cover, coveredFlags, newDraft, normText } from './context.js';
import type { Group } from './group-names.js';
import { entityLexicons, type NominalEntry } from './lexicons.js';

const WINDOW = 2;
const CITY = 1 << GAZ_LISTS.indexOf('CITY');

/** Adds nominal drafts for the descriptions that resolve; returns all drafts sorted by start. */
export function resolveNominals(ctx: EntityContext, drafts: Draft[], groups: readonly Group[]): Draft[] {
  const { nominals } = entityLexicons();
  const covered = coveredFlags(ctx);
  for (const d of drafts) cover(covered, d.start, d.end);
  const added: Draft[] = [];
  let next = 0; // drafts[next] is the first draft starting at or after the current token
  for (let i = 0; i < ctx.tokens.length; i++) {
    while (next < drafts.length && drafts[next]!.start < i) next++;
    if (covered[i] || ctx.norm[i] !== 'the') continue;
    const limit = ctx.sentences[ctx.sentenceOf[i]!]!.tokenEnd;
    const m = nominals.match(ctx.norm, i, limit, ctx.tokens, true);
    if (!m || anyCovered(covered, i, m.end)) continue;
    // "the city council", "the ministry building": a description followed by a noun is another thing.
    if (/^NN/.test(ctx.tokens[m.end]?.pos ?? '') && ctx.norm[m.end] !== "'s") continue;
    const antecedent = findAntecedent(ctx, drafts, next, i, m.value, groups);
    if (!antecedent) continue;
    added.push(newDraft(i, m.end, groups[antecedent.group]!.type, 'nominal', `nominal:${m.value.id}`, antecedent.group));
    cover(covered, i, m.end);
  }
  return added.length === 0 ? drafts : [...drafts, ...added].sort((a, b) => a.start - b.start);
}

/** Whether a token of `[start, end)` is covered (a loop: `subarray(...).some` made a typed array and a closure per description). */
function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (covered[k] === 1) return true;
  return false;
}

function findAntecedent(ctx: EntityContext, drafts: readonly Draft[], before: number, at: number, entry: NominalEntry, groups: readonly Group[]): Draft | undefined {
  const firstSentence = ctx.sentenceOf[at]! - WINDOW;
  for (let k = before - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (ctx.sentenceOf[d.start]! < firstSentence) break;
    if (d.group < 0 || d.metonymy) continue;
    const group = groups[d.group]!;
    if (group.type !== entry.type && !(entry.match === 'name' && group.type !== 'person')) continue;
    if (fits(ctx, group, entry)) return entry.match === 'city' ? salientCity(ctx, drafts, before, d, entry, groups) : d;
  }
  return entry.match === 'name' || entry.match === 'alias' ? onlyFitting(ctx, drafts, before, entry, groups) : undefined;
}

/**
 * "The Interior Ministry said ... [five sentences] ... The ministry said most of those detained ...":
 * beyond the window, a description naming a kind of organisation ("the ministry", "the bloc") is the
 * one organisation of that kind the article named before, if it named only one.
 */
function onlyFitting(ctx: EntityContext, drafts: readonly Draft[], before: number, entry: NominalEntry, groups: readonly Group[]): Draft | undefined {
  let found: Draft | undefined;
  const checked = new Set<number>();
  for (let k = before - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.group < 0 || d.metonymy || d.kind !== 'name' || checked.has(d.group)) continue;
    checked.add(d.group);
    const group = groups[d.group]!;
    if (group.type === 'person' || (group.type !== entry.type && entry.match !== 'name') || !fits(ctx, group, entry)) continue;
    if (found) return undefined;
    found = d;
  }
  return found;
}

/**
 * "The city" fits every city named nearby, and its kind is weak evidence: "Peskov told reporters in
 * Moscow. The shells were fired from 15 km west of the city" means the city the article is about. So
 * among the cities named before it (anywhere earlier), the one named most often wins over the nearest,
 * which keeps the place only when it is at least as salient (ties go to the nearest).
 */
function salientCity(ctx: EntityContext, drafts: readonly Draft[], before: number, nearest: Draft, entry: NominalEntry, groups: readonly Group[]): Draft {
  const counts = new Map<number, number>();
  const latest = new Map<number, Draft>();
  const fitting = new Map<number, boolean>();
  for (let k = 0; k < before; k++) {
    const d = drafts[k]!;
    if (d.group < 0 || d.metonymy || d.kind !== 'name') continue;
    let ok = fitting.get(d.group);
    if (ok === undefined) {
      const group = groups[d.group]!;
      ok = group.type === entry.type && fits(ctx, group, entry);
      fitting.set(d.group, ok);
    }
    if (!ok) continue;
    counts.set(d.group, (counts.get(d.group) ?? 0) + 1);
    latest.set(d.group, d);
  }
  let best = nearest;
  let bestCount = counts.get(nearest.group) ?? 0;
  for (const [group, count] of counts) {
    if (count > bestCount) {
      best = latest.get(group)!;
      bestCount = count;
    }
  }
  return best;
}

function fits(ctx: EntityContext, group: Group, entry: NominalEntry): boolean {
  const words = entry.words ?? [];
  const { countries, aliasGroups } = entityLexicons();
  // Loops rather than filter/map/some with closures: fits runs for every candidate antecedent.
  const names: string[] = [];
  for (const d of group.drafts) if (d.kind === 'name') names.push(normText(ctx, d.start, d.end));
  switch (entry.match) {
    case 'role':
      for (const d of group.drafts) if (d.role && hasAnyWord(normText(ctx, d.role[0], d.role[1]), words)) return true;
      return false;
    case 'name':
    case 'alias':
      for (const n of names) if (hasAnyWord(n, words)) return true;
      return group.alias !== undefined && words.includes(group.alias);
    case 'country':
      for (const n of names) if (countries.has(n)) return true;
      return false;
    case 'city': {
      for (const n of names) if (countries.has(n)) return false;
      for (const n of names) if (isCity(n)) return true;
      const terms = group.alias ? aliasGroups.get(group.alias)?.terms ?? [] : [];
      for (const t of terms) if (isCity(t)) return true;
      return false;
    }
  }
}

/** Whether `phrase` has one of `words` as a whole word. */
function hasAnyWord(phrase: string, words: readonly string[]): boolean {
  for (const w of words) if (hasWord(phrase, w)) return true;
  return false;
}

/** Whether GeoNames (through the NER gazetteer) knows the name as a city. */
function isCity(name: string): boolean {
  const words = name.split(' ').map((w) => hashString(normaliseWord(w)));
  return (nerModel().gazetteer.lists(words) & CITY) !== 0;
}

function hasWord(phrase: string, word: string): boolean {
  return ` ${phrase} `.includes(` ${word} `);
}
