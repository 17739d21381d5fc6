/**
 * "Democrat Hillary Clinton mentioned ...", "Libertarian Gary Johnson 3 percent": the tagger sometimes
 * runs the party word before a person's name into the name, where it mostly finds it apart ("Republican
 * Donald Trump": other, then a person). In text with ordinary capitals, a person's name of three words
 * or more whose first word is a party member's (`party-members` lexicon, as written) and whose other
 * words are capitalised loses that word to a name of its own, typed other, as CoNLL-2003 annotates it
 * (before a title, "Republican Sen. Lindsey Graham", split-titled-names reads it as the title's qualifier).
 */
import { loadLexicon } from '../../data/lexicon.js';
import { newDraft, type Draft, type EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { startsUpperCase } from './letter-tests.js';

let partyWords: Set<string> | undefined;

/** Cuts a party word off the start of person draft `d` (in place) and returns it as a draft; else `undefined`. */
export function splitPartyWord(ctx: EntityContext, d: Draft): Draft | undefined {
  if (!ctx.cased || d.type !== 'person' || d.end - d.start < 3) return undefined;
  partyWords ??= new Set(loadLexicon('party-members').entries.flatMap((e) => e.terms));
  if (!partyWords.has(ctx.tokens[d.start]!.text)) return undefined;
  for (let k = d.start + 1; k < d.end; k++) if (!startsUpperCase(ctx.tokens[k]!.text)) return undefined;
  // "Republican Sen. Lindsey Graham": a title follows, and split-titled-names makes the party word its qualifier.
  const { titles } = entityLexicons();
  if (titles.mayStart(ctx.hash[d.start + 1]!) && titles.match(ctx.norm, d.start + 1, d.end - 1, ctx.tokens, true)) return undefined;
  const party = newDraft(d.start, d.start + 1, 'other', 'name', `${d.rule}+party-word`);
  d.start++;
  return party;
}
