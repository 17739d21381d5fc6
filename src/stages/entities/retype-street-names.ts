/**
 * "Rustaveli Avenue", "Independence Square": a name ending in a street or square word is a place (a
 * site in a town), whatever type the tagger gave it; it often reads such a name as a person's, or
 * stops before the street word ("Rustaveli" of "Rustaveli Avenue"), which then joins the name.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Draft, EntityContext } from './context.js';
import { startsUpperThenLower } from './letter-tests.js';

let heads: Set<string> | undefined;

/** The last words of street names, lower case, loaded on first use. */
function streetHeads(): Set<string> {
  if (heads) return heads;
  heads = new Set();
  for (const e of loadLexicon('street-heads').entries) for (const t of e.terms) heads.add(t);
  return heads;
}

/** Sets type `place` on tagger names of two words or more that end in a street word. */
export function retypeStreetNames(ctx: EntityContext, drafts: readonly Draft[]): void {
  const set = streetHeads();
  const starts = new Set<number>();
  for (const d of drafts) starts.add(d.start);
  for (const d of drafts) {
    // "from Rustaveli Avenue early on Wednesday": the tagger may stop before the street word (not
    // after a person: "Clinton, Trump Square Off").
    const next = d.end < ctx.tokens.length ? ctx.tokens[d.end]! : undefined;
    if (d.alias === undefined && d.type !== 'person' && next && set.has(ctx.norm[d.end]!) && startsUpperThenLower(next.text) && next.spaceBefore && ctx.sentenceOf[d.end] === ctx.sentenceOf[d.start] && !starts.has(d.end)) d.end++;
    if (d.alias !== undefined || d.type === 'place' || d.end - d.start < 2) continue;
    // "Fifth Avenue", "Downing Street": the abbreviated "St." has its period as a token of its own.
    const last = ctx.norm[d.end - 1] === '.' && d.end - d.start > 2 ? `${ctx.norm[d.end - 2]}.` : ctx.norm[d.end - 1]!;
    if (set.has(last)) d.type = 'place';
  }
}
