/**
 * "its capital", "the DPR's capital": a capital named through the country or republic it belongs to,
 * resolved to the place entity of that capital when the text names the capital too (otherwise it is
 * left alone). The possessor of "its" is read as in resolve-pronouns: the nearest organisation or
 * place before it in the sentence, no person in between, with "its" right after a verb or "that"
 * ("the DPR said its capital"); the possessor of "'s" is the name before it. Its capitals come from
 * the lexicons: a nation's `capitals`, or those of an entity-aliases entry. "its capital spending"
 * (capital before another noun) is money, not a city.
 */
import { newDraft, type Draft, type EntityContext } from './context.js';
import type { Group } from './group-names.js';
import { entityLexicons } from './lexicons.js';

const VERB = /^(VB|MD)/;
const NOUN = /^NN/;
const BEFORE_ITS = new Set(['that', 'saying', 'claiming']);

/** Adds nominal drafts for possessive capitals that resolve; returns all drafts sorted by start. */
export function resolveCapitals(ctx: EntityContext, drafts: Draft[], groups: readonly Group[]): Draft[] {
  const added: Draft[] = [];
  let next = 0; // drafts[next] is the first draft starting at or after the current token
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (ctx.norm[i] !== 'capital') continue;
    while (next < drafts.length && drafts[next]!.start < i) next++;
    if (next > 0 && drafts[next - 1]!.end > i) continue; // inside a name ("Capital Region")
    const sentence = ctx.sentenceOf[i]!;
    const after = i + 1 < ctx.tokens.length && ctx.sentenceOf[i + 1] === sentence ? ctx.tokens[i + 1]! : undefined;
    if (after && NOUN.test(after.pos ?? '') && ctx.norm[i + 1] !== 'city') continue;
    let start = i;
    let possessor: Draft | undefined;
    if (ctx.norm[i - 1] === 'its' && (next === 0 || drafts[next - 1]!.end <= i - 1)) {
      start = i - 1;
      possessor = possessorOfIts(ctx, drafts, next, i - 1, groups);
    } else if (ctx.norm[i - 1] === "'s") {
      const name = drafts[next - 1];
      if (name && name.end === i - 1 && name.kind === 'name') possessor = name;
    }
    if (!possessor || possessor.group < 0) continue;
    const target = capitalGroup(groups[possessor.group]!, groups);
    if (target < 0) continue;
    added.push(newDraft(start, i + 1, 'place', 'nominal', 'nominal:capital-of', target));
  }
  return added.length === 0 ? drafts : [...drafts, ...added].sort((a, b) => a.start - b.start);
}

/** "<organisation or place> said its": the nearest such name before, in the same sentence. */
function possessorOfIts(ctx: EntityContext, drafts: readonly Draft[], next: number, at: number, groups: readonly Group[]): Draft | undefined {
  const before = ctx.tokens[at - 1];
  if (!before || !(VERB.test(before.pos ?? '') || BEFORE_ITS.has(ctx.norm[at - 1]!))) return undefined;
  const sentence = ctx.sentenceOf[at]!;
  for (let k = next - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (ctx.sentenceOf[d.start] !== sentence) return undefined;
    if (d.group < 0) continue;
    const type = groups[d.group]!.type;
    if (type === 'organisation' || type === 'place') return d;
    if (type === 'person') return undefined;
  }
  return undefined;
}

/** The group of the place the text names that is a capital of `owner`, or -1. */
function capitalGroup(owner: Group, groups: readonly Group[]): number {
  const { aliasGroups } = entityLexicons();
  const capitals = owner.alias ? aliasGroups.get(owner.alias)?.capitals : undefined;
  if (!capitals || capitals.length === 0) return -1;
  const wanted = new Set(capitals.map((c) => c.toLowerCase()));
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (group.type !== 'place' || group.standsFor || group === owner || !group.alias) continue;
    const terms = aliasGroups.get(group.alias)?.terms ?? [];
    if (terms.some((t) => wanted.has(t.toLowerCase()))) return g;
  }
  return -1;
}
