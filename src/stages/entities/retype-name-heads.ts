/**
 * "Peabody Energy", "Marshall Islands", "Clean Power Plan": the tagger often reads a name of two
 * capitalised words as a person's whatever its last word says. A name that ends in an organisation's,
 * a place's or a document's head word (`name-heads` lexicon) takes that type; a person so typed drew
 * he/she meant for people.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { EntityType } from '../../model/layers/entities.js';
import type { Draft, EntityContext } from './context.js';

let heads: Map<string, EntityType> | undefined;
let allHeads: Map<string, EntityType> | undefined;

/**
 * Last words of organisation, place and document names, lower case, with the type they give; loaded on
 * first use. Without the `retypeOnly` entries unless `all` ("Coal" of "Patriot Coal" is also the noun of
 * "Buy Mines, Sell Coal": it retypes a tagger name, it neither finds nor vouches for one).
 */
export function nameHeads(all = false): Map<string, EntityType> {
  if (!heads || !allHeads) {
    heads = new Map();
    allHeads = new Map();
    for (const e of loadLexicon<LexiconEntry & { type: EntityType; retypeOnly?: boolean }>('name-heads').entries) {
      for (const t of e.terms) {
        allHeads.set(t, e.type);
        if (e.retypeOnly !== true) heads.set(t, e.type);
      }
    }
  }
  return all ? allHeads : heads;
}

/** Sets the head word's type on tagger person names of two words or more that end in one. */
export function retypeNameHeads(ctx: EntityContext, drafts: readonly Draft[]): void {
  const map = nameHeads(true);
  for (const d of drafts) {
    if (d.type !== 'person' || d.kind !== 'name' || d.alias !== undefined || d.end - d.start < 2) continue;
    // "Acme Corp.": the abbreviation's period is a token of its own.
    const last = ctx.norm[d.end - 1] === '.' && d.end - d.start > 2 ? `${ctx.norm[d.end - 2]}.` : ctx.norm[d.end - 1]!;
    const type = map.get(last);
    if (type) {
      d.type = type;
      d.rule = `${d.rule}+head`;
    }
  }
}
