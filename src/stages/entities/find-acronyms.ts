/**
 * Acronyms defined in parentheses: "People's Republic of Donetsk (DPR)". The acronym becomes a
 * mention of the same entity as the name before it (marked `shortFor`), and so does every later use,
 * found here when the tagger missed it.
 * An acronym counts as defined when each of its letters is an initial of a word of the name, or, in
 * text with capitals, when it is written in capitals and the name is not a place's (a dateline's
 * "WASHINGTON (AP)" is the agency).
 */
import { cover, coveredFlags, newDraft, type Draft, type EntityContext } from './context.js';

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
