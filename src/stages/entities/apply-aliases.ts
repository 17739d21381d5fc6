/**
 * Names from the alias lexicons (entity-aliases, and the country names of `nations`): a name the
 * tagger found gets the lexicon's type and alias id; a lexicon name it missed becomes a mention.
 * Titles the tagger swallowed at the start of a person's name ("President Vladimir Putin") are cut
 * off, so that attach-roles can read them as the role. "X" is the platform where its context says so.
 * Names ending in a head word the tagger missed ("the Rapid Support Forces") are added.
 */
import type { EntityType } from '../../model/layers/entities.js';
import type { Draft, EntityContext } from './context.js';
import { newDraft, normText } from './context.js';
import { entityLexicons, type AliasGroup } from './lexicons.js';
import type { NameCandidate } from './find-name-mentions.js';
import { retypeRegionQualifiers, splitTitledName } from './split-titled-names.js';
import { splitPartyWord } from './split-party-words.js';
import { retypeStreetNames } from './retype-street-names.js';
import { retypeNameHeads } from './retype-name-heads.js';
import { addPlatformX } from './find-platform-x.js';
import { addHeadedNames } from './find-headed-names.js';
import { startsUpperCase, startsUpperThenLower } from './letter-tests.js';

const NER_TO_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };

/** Drafts from the tagger's names, with lexicon names added and types corrected; sorted by start. */
export function applyAliases(ctx: EntityContext, names: readonly NameCandidate[]): Draft[] {
  const { aliases, titles, capitals } = entityLexicons();
  const raw = (k: number): string => ctx.tokens[k]!.text;
  const drafts: Draft[] = [];
  for (const n of names) {
    if (n.end - n.start === 1 && isDatePart(ctx, n.start)) continue;
    const d = newDraft(n.start, n.end, NER_TO_TYPE[n.type]!, 'name', n.rule);
    if (d.type === 'person') {
      while (d.end - d.start > 1) {
        const t = titles.match(ctx.norm, d.start, d.end - 1, ctx.tokens, ctx.cased);
        if (!t || t.value.kind === 'modifier') break;
        // "King Jr.": a title followed by a generational suffix only is the surname.
        if (d.end - t.end === 1 && NAME_SUFFIX.test(ctx.norm[t.end]!)) break;
        d.start = t.end;
      }
    }
    // "Democrat Hillary Clinton" tagged as one person: the party word is a name of its own.
    const party = splitPartyWord(ctx, d);
    if (party) drafts.push(party);
    // "Odesa Mayor Hennadiy Trukhanov" tagged as one organisation: the person and the city it holds.
    if (d.type === 'person' || (d.type !== 'place' && d.rule === 'ner')) {
      const qualifier = splitTitledName(ctx, d);
      if (qualifier) drafts.push(qualifier);
    }
    // A capital the tagger took for a person or another name ("TBILISI HAS REJECTED") is a place; the
    // metonymy rule decides later whether it stands for its government.
    if ((d.type === 'person' || d.type === 'other') && capitals.has(normText(ctx, d.start, d.end))) d.type = 'place';
    const alias = aliases.matchExactly(ctx.norm, d.start, d.end, ctx.tokens, ctx.cased);
    if (alias) {
      d.type = alias.type;
      d.alias = alias.id;
    }
    drafts.push(d);
  }
  const { nominals } = entityLexicons();
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!aliases.mayStart(ctx.hash[i]!)) continue;
    const limit = ctx.sentences[ctx.sentenceOf[i]!]!.tokenEnd;
    const m = aliases.match(ctx.norm, i, limit, ctx.tokens, ctx.cased);
    if (!m) continue;
    // In text with capitals a lexicon name written in lower case is an ordinary word ("the pentagon").
    if (ctx.cased && raw(i) === ctx.norm[i] && raw(i) !== raw(i).toUpperCase()) continue;
    if (!addLexiconName(drafts, i, m.end, m.value)) continue;
    i = m.end - 1;
  }
  // In caseless text the tagger may take "the republic" for a name; it is a description.
  if (!ctx.cased) {
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (d.start > 0 && d.rule === 'ner' && nominals.matchExactly(ctx.norm, d.start - 1, d.end, ctx.tokens, true)) drafts.splice(k, 1);
    }
  }
  addHeadedNames(ctx, drafts);
  closeSuffixedNames(ctx, drafts);
  retypeRegionQualifiers(ctx, drafts);
  retypeStreetNames(ctx, drafts);
  retypeNameHeads(ctx, drafts);
  addPlatformX(ctx, drafts);
  return drafts.sort((a, b) => a.start - b.start);
}

/**
 * Adds the lexicon name at tokens `[start, end)` unless a tagger name overlaps it without lying inside
 * it or is the same span; the tagger names inside it go. Out of the token loop on purpose: closures
 * in the loop body made V8 allocate the body's scope for every token (about 80 bytes a token).
 */
function addLexiconName(drafts: Draft[], start: number, end: number, value: AliasGroup): boolean {
  // The lexicon name replaces tagger names lying inside it ("republic of donetsk" in caseless text
  // for "people's republic of donetsk"), never one that sticks out of it or is the same span. (Loops,
  // not filter/some: their closures were made anew for every lexicon name found.)
  for (const d of drafts) {
    if (d.start < end && start < d.end && (d.start < start || d.end > end || (d.start === start && d.end === end))) return false;
  }
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k]!.start < end && start < drafts[k]!.end) drafts.splice(k, 1);
  const d = newDraft(start, end, value.type, 'name', `alias:${value.id}`);
  d.alias = value.id;
  drafts.push(d);
  return true;
}

const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/;

/** A month or weekday next to a number ("4 MAR 23", "June 14") is part of a date, not a name. */
function isDatePart(ctx: EntityContext, i: number): boolean {
  if (!MONTH_OR_DAY.test(ctx.norm[i]!)) return false;
  return /^0/.test(ctx.norm[i - 1] ?? '') || /^0/.test(ctx.norm[i + 1] ?? '');
}

/** Generational suffixes that close a person's name ("Jr.", "Sr.", "III"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;
/** How many capitalised words may lie between a person's name and its suffix ("King" in "Martin Luther | King Jr."). */
const MAX_BEFORE_SUFFIX = 2;

/**
 * "Martin Luther King Jr. Day": the tagger may stop a person's name before its last name and suffix
 * ("Martin Luther") and start another name at the suffix ("Jr. Day"), or take the suffix alone ("King
 * Jr." as "Jr."). A suffix closes the person's name: the person runs through it, a name that started at
 * the suffix keeps what follows it, or goes when that is a single word ("Day"), and a suffix alone takes
 * the capitalised word before it.
 */
function closeSuffixedNames(ctx: EntityContext, drafts: Draft[]): void {
  const raw = (k: number): string => ctx.tokens[k]!.text;
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    // "King Jr. had spoken": a suffix alone takes the surname before it.
    if (d.end - d.start === 1 && NAME_SUFFIX.test(ctx.norm[d.start]!) && d.start > 0 && ctx.sentenceOf[d.start - 1] === ctx.sentenceOf[d.start] && startsUpperThenLower(raw(d.start - 1)) && !drafts.some((o) => o.start < d.start && d.start - 1 < o.end)) {
      d.start--;
      continue;
    }
    let k = d.end;
    while (k < ctx.tokens.length && k - d.end < MAX_BEFORE_SUFFIX && ctx.sentenceOf[k] === ctx.sentenceOf[d.start] && startsUpperThenLower(raw(k)) && !NAME_SUFFIX.test(ctx.norm[k]!)) k++;
    if (k >= ctx.tokens.length || ctx.sentenceOf[k] !== ctx.sentenceOf[d.start] || !NAME_SUFFIX.test(ctx.norm[k]!) || !startsUpperCase(raw(k))) continue;
    // Words in between that the tagger gave to another name are that name's ("Ford Motor Co. Jr." is not one).
    if (drafts.some((o) => o !== d && o.start < k && d.end < o.end && o.start >= d.end)) continue;
    const end = k + 1;
    for (let j = drafts.length - 1; j >= 0; j--) {
      const o = drafts[j]!;
      if (o === d || o.start !== k) continue;
      if (o.end - end >= 2) o.start = end;
      else drafts.splice(j, 1);
    }
    d.end = end;
  }
}
