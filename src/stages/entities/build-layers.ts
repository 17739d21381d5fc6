/**
 * Turns drafts and groups into the `mentions` and `entities` layers: character spans, ids in text
 * order (m1, m2 ...; e1, e2 ... by first mention), each entity's fullest name, its aliases (other
 * names in the text, and other spellings from the lexicon) and the roles of its mentions.
 */
import type { Entity, Mention } from '../../model/layers/entities.js';
import { spanOf, type Span } from '../../model/span.js';
import type { Draft, EntityContext } from './context.js';
import { tokenText } from './context.js';
import type { Group } from './group-names.js';
import { entityLexicons } from './lexicons.js';

export function buildLayers(ctx: EntityContext, drafts: readonly Draft[], groups: readonly Group[], stage: string): { mentions: Mention[]; entities: Entity[] } {
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (d.group < 0) continue;
    // Not kept[-1] when none is kept yet: a negative index is a named property, looked up in V8's runtime.
    const prev = kept.length > 0 ? kept[kept.length - 1] : undefined;
    if (prev && d.start < prev.end) continue; // the layer forbids overlap: the earlier mention wins
    kept.push(d);
  }
  // Entity of each group, numbered by first mention.
  const entityOf = new Map<number, Entity>();
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i]!;
    const group = groups[d.group]!;
    let entity = entityOf.get(d.group);
    if (entity === undefined) {
      entity = newEntity(ctx, `e${entities.length + 1}`, group);
      entityOf.set(d.group, entity);
      entities.push(entity);
    }
    const span = spanOf(ctx.text, ctx.tokens[d.start]!.start, ctx.tokens[d.end - 1]!.end);
    const mention: Mention = { id: `m${i + 1}`, start: span.start, end: span.end, text: span.text, stage, rule: d.rule, entity: entity.id, type: group.type, kind: d.kind };
    if (d.role) mention.role = roleSpan(ctx, d.role);
    if (d.metonymy) mention.metonymy = d.metonymy;
    entity.mentions.push(mention.id);
    if (mention.role) entity.roles.push(mention.role);
    mentions.push(mention);
  }
  return { mentions, entities };
}

function roleSpan(ctx: EntityContext, [start, end]: [number, number]): Span {
  return spanOf(ctx.text, ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
}

function newEntity(ctx: EntityContext, id: string, group: Group): Entity {
  const names: Draft[] = [];
  for (const d of group.drafts) if (d.kind === 'name') names.push(d); // a loop: filter's closure was made per entity
  // The fullest name: most words, then the earliest.
  let best = names[0]!;
  for (const d of names) if (d.end - d.start > best.end - best.start) best = d;
  const name = tokenText(ctx, best.start, best.end);
  // Most names of an entity repeat its fullest one or the name before ("Biden", "Biden"): those reuse
  // its folded form. toLowerCase of a two-byte string (a text with curly quotes) runs in V8's runtime (.20% of all ticks).
  let last = name;
  let lastFolded = fold(name);
  const seen = new Set([lastFolded]);
  const aliases: string[] = [];
  for (const d of names) {
    const alias = tokenText(ctx, d.start, d.end);
    const folded = alias === last ? lastFolded : fold(alias);
    last = alias;
    lastFolded = folded;
    if (!seen.has(folded)) { seen.add(folded); aliases.push(alias); }
  }
  if (group.alias) {
    const terms = entityLexicons().aliasGroups.get(group.alias)?.terms ?? [];
    const folded = foldedTerms(terms);
    for (let t = 0; t < terms.length; t++) if (!seen.has(folded[t]!)) { seen.add(folded[t]!); aliases.push(terms[t]!); }
  }
  const entity: Entity = { id, type: group.type, name, aliases, mentions: [], roles: [] };
  if (group.standsFor) entity.standsFor = group.standsFor;
  return entity;
}

const CURLY_APOSTROPHE = /[’‘]/g;
const SPACES = /\s+/g;
const ODD_SPACE = /[’‘]|[^\S ]|  /;

/** Case- and quote-insensitive form, so "People’s" and "People's", "KIEV" and "Kiev" are one alias. */
function fold(s: string): string {
  const lower = s.toLowerCase();
  return ODD_SPACE.test(lower) ? lower.replace(CURLY_APOSTROPHE, "'").replace(SPACES, ' ') : lower;
}

// Lexicon terms recur in every document that names their entity: fold each list once.
const foldedLists = new WeakMap<readonly string[], string[]>();

function foldedTerms(terms: readonly string[]): string[] {
  let folded = foldedLists.get(terms);
  if (folded === undefined) {
    folded = terms.map(fold);
    foldedLists.set(terms, folded);
  }
  return folded;
}
