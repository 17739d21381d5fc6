/**
 * From tagged role spans to MUC-4 role fillers: one string per entity and role. Repeated mentions of
 * one filler are kept once; an acronym given in brackets after a name ("farabundo marti national
 * liberation front (fmln)") and a shorter form contained in a longer filler of the same role
 * ("galan" in "luis carlos galan") are the same entity, kept once under its first-seen form.
 */
import type { Token } from '../../../model/layers/structure.js';
import { MUC_ROLES, type MucRole } from './role-model.js';
import type { RoleSpan } from './tag-roles.js';

/** Per role, the filler strings, one per entity, in text order. */
export type RoleFillers = Record<MucRole, string[]>;

const DETERMINER = /^(?:the|a|an)\s+/i;

function key(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `short` names the same entity as `long`: the same words after a determiner, or its initials. */
function sameEntity(short: string, long: string): boolean {
  const a = key(short).replace(DETERMINER, '');
  const b = key(long).replace(DETERMINER, '');
  if (a === b) return true;
  const words = b.split(' ').filter((w) => w.length > 0);
  if (!a.includes(' ') && a.length >= 2 && a.length === words.length && words.map((w) => w[0]).join('') === a) return true;
  // Word-level containment at the end (head noun) or of a name's last word.
  return (` ${b}`).endsWith(` ${a}`) && a.length >= 4;
}

/**
 * Acronyms the text defines: a phrase followed by a one-word bracket, "... liberation front (fmln)".
 * Returns the acronym of each phrase that the spans cover, keyed by the phrase.
 */
function bracketAcronyms(text: string, tokens: readonly Token[], spans: readonly RoleSpan[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const span of spans) {
    const open = tokens[span.end];
    const inner = tokens[span.end + 1];
    const close = tokens[span.end + 2];
    if (open?.text === '(' && close?.text === ')' && inner && inner.text.length >= 2 && inner.text.length <= 10) {
      acronyms.set(key(text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end)), key(inner.text));
    }
  }
  return acronyms;
}

/** Collects filler strings per role from spans over `tokens` of `text`. */
export function collectRoleFillers(text: string, tokens: readonly Token[], spans: readonly RoleSpan[]): RoleFillers {
  const out = Object.fromEntries(MUC_ROLES.map((r) => [r, [] as string[]])) as RoleFillers;
  const acronyms = bracketAcronyms(text, tokens, spans);
  const aliasOf = (filler: string): string => acronyms.get(key(filler)) ?? key(filler);
  for (const span of spans) {
    const filler = text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
    const list = out[span.role];
    const alias = aliasOf(filler);
    if (list.some((seen) => aliasOf(seen) === alias || sameEntity(filler, seen) || sameEntity(seen, filler))) continue;
    list.push(filler);
  }
  return out;
}
