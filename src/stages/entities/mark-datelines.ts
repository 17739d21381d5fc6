/**
 * Datelines: the place a wire story was filed from, at the start of a paragraph before a comma and a
 * date or an agency ("SAN SALVADOR, 3 JAN 90 (RADIO CADENA) --", "KYIV, June 14 (Reuters) -"). The
 * tagger often calls such an all-capitals name an organisation; when the name is a known capital or
 * city, it is a place.
 */
import { hashString } from '../pos/hash.js';
import { GAZ_LISTS } from './ner/gazetteer.js';
import { nerModel } from './ner/tag-ner.js';
import type { Draft, EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { normText } from './context.js';

const CITY = 1 << GAZ_LISTS.indexOf('CITY');
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;

export function markDatelines(ctx: EntityContext, drafts: readonly Draft[]): void {
  const { capitals } = entityLexicons();
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type === 'place' || !startsParagraph(ctx, d.start)) continue;
    const after = ctx.norm[d.end + 1] ?? '';
    if (ctx.tokens[d.end]?.text !== ',' || !(/^0/.test(after) || MONTH.test(after))) continue;
    const words = [];
    for (let i = d.start; i < d.end; i++) words.push(hashString(ctx.norm[i]!));
    if (!capitals.has(normText(ctx, d.start, d.end)) && (nerModel().gazetteer.lists(words) & CITY) === 0) continue;
    d.type = 'place';
    d.rule = `${d.rule}+dateline`;
  }
}

function startsParagraph(ctx: EntityContext, i: number): boolean {
  if (i === 0) return true;
  const gap = ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start);
  return gap.includes('\n');
}
