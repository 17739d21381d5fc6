/**
 * "Kharkiv Mayor Ihor Terekhov", "Kremlin Press Secretary Dmitry Peskov": the tagger often takes a
 * capitalised title, and the place or organisation that qualifies it, into the person's name. The
 * person is the name after the title; the title is the role (attach-roles reads it back), and the
 * qualifier before it is a mention of its own (the city, the Kremlin).
 */
import type { EntityType } from '../../model/layers/entities.js';
import type { Draft, EntityContext } from './context.js';
import { newDraft, normText } from './context.js';
import { entityLexicons } from './lexicons.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { startsUpperCase } from './letter-tests.js';

const MAX_QUALIFIER = 4;
/** Name suffixes: "Martin Luther King Jr." keeps its "King". */
const ORG_HEAD = /^(?:group|council|committee|party|bank|corp|inc|ltd|co|company|association|union|federation|league|ministry|office|department|agency|court|university|institute|foundation|fund|club|service|services|forces|army|guard|police)\.?$/;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/**
 * Cuts a qualifier and title off the start of person draft `d` (in place) when its tokens read
 * "<Qualifier> <Title> <Name>", and returns the qualifier as a new draft; otherwise `undefined`.
 */
export function splitTitledName(ctx: EntityContext, d: Draft): Draft | undefined {
  if (d.end - d.start < 3) return undefined;
  const { titles } = entityLexicons();
  const raw = (k: number): string => ctx.tokens[k]!.text;
  const capitalised = (k: number): boolean => !ctx.cased || startsUpperCase(raw(k));
  for (let j = d.start + 1; j < d.end - 1 && j - d.start <= MAX_QUALIFIER; j++) {
    if (!capitalised(j)) return undefined;
    if (!titles.mayStart(ctx.hash[j]!)) continue;
    const t = titles.match(ctx.norm, j, d.end - 1, ctx.tokens, ctx.cased);
    if (!t || t.value.kind === 'honorific') continue;
    // Modifiers ("Acting", "Deputy") belong to the title: find the role they lead to.
    let end = t.end;
    let role = t.value.kind === 'role';
    while (!role && end < d.end - 1) {
      const next = titles.match(ctx.norm, end, d.end - 1, ctx.tokens, ctx.cased);
      if (!next) break;
      end = next.end;
      role = next.value.kind === 'role';
    }
    if (!role || !looksLikeAName(ctx, end, d.end)) continue;
    // A name other than a person's is split only around a full name: "Motors Mayor Ltd" stays whole.
    if (d.type !== 'person' && (d.end - end < 2 || !personLike(ctx, end, d.end))) continue;
    d.type = 'person';
    const qualifier = newDraft(d.start, j, qualifierType(ctx, d.start, j, t.value.id), 'name', 'ner:title-qualifier');
    d.start = end;
    return qualifier;
  }
  return undefined;
}

/**
 * "Belgorod Governor Vyacheslav Gladkov": the tagger's organisation right before a mayor or governor
 * (and not a lexicon name) is the place they govern.
 */
export function retypeRegionQualifiers(ctx: EntityContext, drafts: readonly Draft[]): void {
  const { titles } = entityLexicons();
  for (const d of drafts) {
    if (d.type !== 'organisation' || d.alias !== undefined || d.end >= ctx.tokens.length || !titles.mayStart(ctx.hash[d.end]!)) continue;
    if (ctx.sentenceOf[d.end] !== ctx.sentenceOf[d.start]) continue;
    const limit = ctx.sentences[ctx.sentenceOf[d.start]!]!.tokenEnd;
    if (titles.match(ctx.norm, d.end, limit, ctx.tokens, ctx.cased)?.value.id === 'head-of-region') d.type = 'place';
  }
}

/** Two or three words, none an organisation's head ("Group", "Council"). */
export function personLike(ctx: EntityContext, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let k = start; k < end; k++) if (ORG_HEAD.test(ctx.norm[k]!) || !/^\p{L}/u.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/** Capitalised words, one of them more than a suffix. */
function looksLikeAName(ctx: EntityContext, start: number, end: number): boolean {
  let word = false;
  for (let k = start; k < end; k++) {
    const text = ctx.tokens[k]!.text;
    if (ctx.cased && !startsUpperCase(text)) return false;
    if (!SUFFIX.test(ctx.norm[k]!) && text.length > 1) word = true;
  }
  return word;
}

/** A lexicon name keeps its type; a demonym is no place; before a mayor or governor, a place; else an organisation. */
function qualifierType(ctx: EntityContext, start: number, end: number, titleId: string): EntityType {
  const alias = entityLexicons().aliases.matchExactly(ctx.norm, start, end, ctx.tokens, ctx.cased);
  if (alias) return alias.type;
  if (demonyms().has(normText(ctx, start, end))) return 'other';
  return titleId === 'head-of-region' ? 'place' : 'organisation';
}

let demonymSet: Set<string> | undefined;

/** Lower-case demonyms of the `nations` lexicon ("russian"), loaded on first use. */
function demonyms(): Set<string> {
  if (demonymSet) return demonymSet;
  demonymSet = new Set();
  for (const e of loadLexicon<LexiconEntry & { demonyms: string[] }>('nations').entries) for (const t of e.demonyms) demonymSet.add(t.toLowerCase());
  return demonymSet;
}

/**
 * "Defence Secretary Lloyd Austin", "Senate Majority Leader Chuck Schumer": the tagger may end a
 * name of another type inside the title before a person's name ("Defence", "Senate Majority"). A
 * name (not a person's, not a lexicon name) in which a title of the `titles` lexicon starts that runs
 * past its end and right up to a person's name ends where the title starts; a name left with no word
 * goes. attach-roles reads the whole title back as the person's role.
 */
export function trimTitleWords(ctx: EntityContext, drafts: Draft[]): Draft[] {
  const { titles } = entityLexicons();
  let persons: Set<number> | undefined;
  let emptied = false;
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type === 'person' || d.alias !== undefined || d.metonymy) continue;
    for (let j = d.start; j < d.end; j++) {
      if (!titles.mayStart(ctx.hash[j]!)) continue;
      const limit = ctx.sentences[ctx.sentenceOf[j]!]!.tokenEnd;
      const t = titles.match(ctx.norm, j, limit, ctx.tokens, ctx.cased);
      if (!t || t.end <= d.end || t.value.kind !== 'role') continue;
      persons ??= new Set(drafts.filter((p) => p.kind === 'name' && p.type === 'person').map((p) => p.start));
      if (!persons.has(t.end)) continue;
      d.end = j;
      if (d.end === d.start) emptied = true;
      break;
    }
  }
  return emptied ? drafts.filter((d) => d.end > d.start) : drafts;
}
