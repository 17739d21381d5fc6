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
    const prev = kept[kept.length - 1];
    if (prev && d.start < prev.end) continue; // the layer forbids overlap: the earlier mention wins
    kept.push(d);
  }
  const entityId = new Map<number, string>();
  const entities: Entity[] = [];
  const mentions: Mention[] = kept.map((d, i) => {
    let id = entityId.get(d.group);
    if (id === undefined) {
      id = `e${entityId.size + 1}`;
      entityId.set(d.group, id);
      entities.push(newEntity(ctx, id, groups[d.group]!));
    }
    const group = groups[d.group]!;
    const span = spanOf(ctx.text, ctx.tokens[d.start]!.start, ctx.tokens[d.end - 1]!.end);
    const mention: Mention = { id: `m${i + 1}`, ...span, stage, rule: d.rule, entity: id, type: group.type, kind: d.kind };
    if (d.role) mention.role = roleSpan(ctx, d.role);
    if (d.metonymy) mention.metonymy = d.metonymy;
    const entity = entities[Number(id.slice(1)) - 1]!;
    entity.mentions.push(mention.id);
    if (mention.role) entity.roles.push(mention.role);
    return mention;
  });
  return { mentions, entities };
}

function roleSpan(ctx: EntityContext, [start, end]: [number, number]): Span {
  return spanOf(ctx.text, ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
}

function newEntity(ctx: EntityContext, id: string, group: Group): Entity {
  const names = group.drafts.filter((d) => d.kind === 'name');
  // The fullest name: most words, then the earliest.
  let best = names[0]!;
  for (const d of names) if (d.end - d.start > best.end - best.start) best = d;
  const name = tokenText(ctx, best.start, best.end);
  const seen = new Set([fold(name)]);
  const aliases: string[] = [];
  const addAlias = (a: string): void => {
    if (seen.has(fold(a))) return;
    seen.add(fold(a));
    aliases.push(a);
  };
  for (const d of names) addAlias(tokenText(ctx, d.start, d.end));
  if (group.alias) for (const t of entityLexicons().aliasGroups.get(group.alias)?.terms ?? []) addAlias(t);
  const entity: Entity = { id, type: group.type, name, aliases, mentions: [], roles: [] };
  if (group.standsFor) entity.standsFor = group.standsFor;
  return entity;
}

/** Case- and quote-insensitive form, so "People’s" and "People's", "KIEV" and "Kiev" are one alias. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
