/**
 * Datelines: the place a wire story was filed from, which the structure stage marks on the paragraph
 * it opens (paragraph `dateline`: "SAN SALVADOR, 3 JAN 90 (RADIO CADENA) --", "KYIV, June 14 (Reuters)
 * -", "WASHINGTON (AP) —"). The tagger often calls such an all-capitals name an organisation; when the
 * name is the dateline's place words and a known capital or city, it is a place.
 */
import { hashString } from '../pos/hash.js';
import { GAZ_LISTS } from './ner/gazetteer.js';
import { nerModel } from './ner/ner-model.js';
import type { Draft, EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { normText } from './context.js';

const CITY = 1 << GAZ_LISTS.indexOf('CITY');

export function markDatelines(ctx: EntityContext, drafts: readonly Draft[]): void {
  const { capitals } = entityLexicons();
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type === 'place') continue;
    const place = ctx.paragraphs[ctx.sentences[ctx.sentenceOf[d.start]!]?.paragraph ?? -1]?.dateline?.place;
    if (!place || ctx.tokens[d.start]!.start !== place.start || ctx.tokens[d.end - 1]!.end !== place.end) continue;
    const words = [];
    for (let i = d.start; i < d.end; i++) words.push(hashString(ctx.norm[i]!));
    if (!capitals.has(normText(ctx, d.start, d.end)) && (nerModel().gazetteer.lists(words) & CITY) === 0) continue;
    d.type = 'place';
    d.rule = `${d.rule}+dateline`;
  }
}
