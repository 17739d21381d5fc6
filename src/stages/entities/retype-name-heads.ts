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

/** Last words of organisation, place and document names, lower case, with the type they give; loaded on first use. */
export function nameHeads(): Map<string, EntityType> {
  if (heads) return heads;
  heads = new Map();
  for (const e of loadLexicon<LexiconEntry & { type: EntityType }>('name-heads').entries) for (const t of e.terms) heads.set(t, e.type);
  return heads;
}

/** Sets the head word's type on tagger person names of two words or more that end in one. */
export function retypeNameHeads(ctx: EntityContext, drafts: readonly Draft[]): void {
  const map = nameHeads();
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
