/**
 * Acronyms defined in parentheses: "People's Republic of Donetsk (DPR)". The acronym becomes a
 * mention of the same entity as the name before it (marked `shortFor`), and so does every later use,
 * found here when the tagger missed it.
 * An acronym counts as defined when each of its letters is an initial of a word of the name, or, in
 * text with capitals, when it is written in capitals and the name is not a place's (a dateline's
 * "WASHINGTON (AP)" is the agency).
 * Undefined acronyms: "RSF denies attacking ..." (a headline) ... "The Rapid Support Forces on Monday
 * denied": a name in capitals (an organisation's or another's) whose letters are, in order, the
 * initials of the capitalised words of one organisation name of the text (and of no other) is its
 * short form.
 */
import { cover, coveredFlags, newDraft, normText, type Draft, type EntityContext } from './context.js';

const ACRONYM = /^[\p{L}.&-]{2,10}$/u;

/** Links or adds acronym drafts; returns drafts sorted by start. */
export function findAcronyms(ctx: EntityContext, drafts: Draft[]): Draft[] {
  const added: Draft[] = [];
  const byStart = new Map(drafts.map((d, i) => [d.start, i]));
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type === 'person') continue;
    const open = d.end;
    if (ctx.tokens[open]?.text !== '(' || ctx.tokens[open + 2]?.text !== ')') continue;
    const word = ctx.tokens[open + 1]!.text;
    if (!ACRONYM.test(word) || !definesAcronym(ctx, d, word)) continue;
    const existing = byStart.get(open + 1);
    if (existing !== undefined) {
      if (drafts[existing]!.end === open + 2) drafts[existing]!.shortFor = d;
      continue;
    }
    const short = newDraft(open + 1, open + 2, d.type, 'name', 'acronym');
    short.shortFor = d;
    added.push(short);
  }
  linkUndefinedAcronyms(ctx, drafts);
  if (added.length === 0 && !drafts.some((d) => d.shortFor)) return drafts;
  const all = [...drafts, ...added].sort((a, b) => a.start - b.start);
  return findLaterUses(ctx, all);
}

/** Later uses of a defined acronym that the tagger missed ("the FMLN would be pursued"). */
function findLaterUses(ctx: EntityContext, drafts: Draft[]): Draft[] {
  const defined = new Map<string, Draft>();
  for (const d of drafts) if (d.shortFor && d.end - d.start === 1) defined.set(ctx.norm[d.start]!, d);
  const covered = coveredFlags(ctx);
  for (const d of drafts) cover(covered, d.start, d.end);
  const added: Draft[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const short = defined.get(ctx.norm[i]!);
    if (!short || covered[i] || i < short.start) continue;
    // In text with capitals only the acronym as written counts ("ACT" is not "act").
    if (ctx.cased && ctx.tokens[i]!.text !== ctx.tokens[short.start]!.text) continue;
    const later = newDraft(i, i + 1, short.type, 'name', 'acronym');
    later.shortFor = short.shortFor!;
    added.push(later);
  }
  return added.length === 0 ? drafts : [...drafts, ...added].sort((a, b) => a.start - b.start);
}

function definesAcronym(ctx: EntityContext, d: Draft, word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = new Set<string>();
  for (let i = d.start; i < d.end; i++) initials.add(ctx.norm[i]!.charAt(0));
  if ([...letters].every((c) => initials.has(c))) return true;
  // "WASHINGTON (AP) —": after a place, capitals alone name the agency that filed the story, not the place.
  return ctx.cased && letters.length >= 2 && word === word.toUpperCase() && d.type !== 'place';
}

/** Words an organisation's acronym leaves out ("Organization for Security and Co-operation"). */
const LEFT_OUT = new Set(['of', 'for', 'and', 'the', 'in', 'on', '&']);
const CAPITALS = /^\p{Lu}{2,6}$/u;

/** Sets `shortFor` (and the type) on names in capitals that spell the initials of exactly one other organisation name ("RSF", "Rapid Support Forces"). */
function linkUndefinedAcronyms(ctx: EntityContext, drafts: readonly Draft[]): void {
  if (!ctx.cased) return;
  let byInitials: Map<string, Draft | null> | undefined;
  for (const d of drafts) {
    if (d.kind !== 'name' || (d.type !== 'organisation' && d.type !== 'other') || d.shortFor || d.alias !== undefined || d.end - d.start !== 1 || !CAPITALS.test(ctx.tokens[d.start]!.text)) continue;
    byInitials ??= organisationInitials(ctx, drafts);
    const full = byInitials.get(ctx.tokens[d.start]!.text);
    if (!full) continue;
    d.shortFor = full;
    d.type = full.type; // "an WFP convoy": the tagger's other name is the organisation's

  }
}

/** Initials (in capitals) of the organisation names of two words or more, each with its first name; null where two different names share them. */
function organisationInitials(ctx: EntityContext, drafts: readonly Draft[]): Map<string, Draft | null> {
  const out = new Map<string, Draft | null>();
  const spelled = new Map<string, string>();
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type !== 'organisation' || d.end - d.start < 2) continue;
    let initials = '';
    let words = true;
    for (let k = d.start; k < d.end && words; k++) {
      const text = ctx.tokens[k]!.text;
      if (LEFT_OUT.has(ctx.norm[k]!)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(text)) words = false;
      else initials += text.charAt(0);
    }
    if (!words || initials.length < 2) continue;
    const name = normText(ctx, d.start, d.end);
    const seen = spelled.get(initials);
    if (seen === undefined) { spelled.set(initials, name); out.set(initials, d); }
    else if (seen !== name) out.set(initials, null);
  }
  return out;
}

