/**
 * From tagged role spans to MUC-4 role fillers: one string per entity and role, each cut where its
 * noun phrase ends (the tagger runs on into "today", "that", "escaped"). Repeated mentions of
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

/**
 * Words that end a noun phrase the tagger ran past: time words ("roberto garcia today", "porth 8 days
 * ago"), clause openers ("vehicles that", "jorge saenz when"), auxiliaries ("rodriguez are asking"),
 * reporting and outcome verbs ("miguel maza marquez emerged unscathed", "monica de greiff briefed") and
 * prepositions that start no part of a name ("mrta people to obtain", "gilda flores out"). Chosen on
 * train.jsonl out of fold (scripts/train-events-roles.ts --folds 5): roles F1 .3996 -> .4041.
 */
const PHRASE_END = new Set([
  'today', 'yesterday', 'tonight', 'tomorrow', 'ago', 'since', 'last', 'this',
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'after', 'before', 'during', 'as',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do',
  'escaped', 'emerged', 'occurred', 'briefed', 'claimed', 'said', 'reported', 'added', 'stated', 'died', 'survived', 'took', 'left', 'went', 'came', 'asked', 'asking', 'says', 'told', 'announced', 'explained', 'noted', 'confirmed', 'denied',
  'to', 'for', 'out', 'into', 'from', 'at', 'by',
]);
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The span cut at the first word that ends a noun phrase (never its first), without punctuation at its
 * edges; `undefined` when nothing is left. `words` are the lower-cased token texts.
 */
export function trimRoleSpan(words: readonly string[], span: RoleSpan): RoleSpan | undefined {
  let start = span.start;
  let end = span.start + 1;
  while (end < span.end && !PHRASE_END.has(words[end]!)) end++;
  while (start < end && !WORDLIKE.test(words[start]!)) start++;
  while (end > start && !WORDLIKE.test(words[end - 1]!)) end--;
  if (start >= end) return undefined;
  return start === span.start && end === span.end ? span : { start, end, role: span.role };
}

/** Collects filler strings per role from spans over `tokens` of `text`. */
export function collectRoleFillers(text: string, tokens: readonly Token[], spans: readonly RoleSpan[]): RoleFillers {
  const out = Object.fromEntries(MUC_ROLES.map((r) => [r, [] as string[]])) as RoleFillers;
  const acronyms = bracketAcronyms(text, tokens, spans);
  const aliasOf = (filler: string): string => acronyms.get(key(filler)) ?? key(filler);
  const words = tokens.map((t) => t.text.toLowerCase());
  for (const span of spans) {
    const kept = trimRoleSpan(words, span);
    if (!kept) continue;
    const filler = text.slice(tokens[kept.start]!.start, tokens[kept.end - 1]!.end);
    const list = out[span.role];
    const alias = aliasOf(filler);
    if (list.some((seen) => aliasOf(seen) === alias || sameEntity(filler, seen) || sameEntity(seen, filler))) continue;
    list.push(filler);
  }
  return out;
}
