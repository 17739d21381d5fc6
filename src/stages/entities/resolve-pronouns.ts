/**
 * Pronouns resolved to the most salient compatible antecedent:
 * - he/him/his/himself and she/her/hers/herself: a person mentioned earlier in the same sentence
 *   (the first one: subjects come first), else in the nearest of the three sentences before that
 *   mentions one (again the first, but one known to be of the pronoun's gender before one whose
 *   gender is unknown), skipping people whose known gender differs, and people of unknown gender named
 *   only as an owner inside a prepositional phrase ("in Davis' commentary"). Gender is known from
 *   a title (spokeswoman), an honorific (Mr.), or a pronoun resolved to them before.
 * - it/its/itself: only in "<organisation> said it ...", "Moscow could deploy its ...": the nearest
 *   organisation or government before it in the same sentence (and clause: not across a semicolon),
 *   no person in between, and the pronoun right after a verb, "that" or "claims".
 * A pronoun with no antecedent is not a mention.
 */
import { cover, coveredFlags, newDraft, type Draft, type EntityContext } from './context.js';
import type { Group } from './group-names.js';
import { entityLexicons, type PronounEntry } from './lexicons.js';
import { isPossessiveMark } from '../structure/possessive-marks.js';

const WINDOW = 3;
const BEFORE_IT = new Set(['that', 'claims', 'claim', 'claiming', 'saying']);

/** Adds pronoun drafts for the pronouns that resolve; returns all drafts sorted by start. */
export function resolvePronouns(ctx: EntityContext, drafts: Draft[], groups: Group[]): Draft[] {
  const { pronouns, pronounHashes } = entityLexicons();
  const all = [...drafts];
  const covered = coveredFlags(ctx);
  for (const d of drafts) cover(covered, d.start, d.end);
  let next = 0;
  let sorted = true;
  for (let k = 1; k < drafts.length && sorted; k++) sorted = drafts[k - 1]!.start <= drafts[k]!.start;
  const resolved: Draft[] = []; // kept in text order, merged into the candidates as we go
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (pronounHashes.get(ctx.hash[i]!) < 0) continue;
    const entry = pronouns.get(ctx.norm[i]!);
    if (!entry || covered[i]) continue;
    while (next < drafts.length && drafts[next]!.start < i) next++;
    // "it" mostly follows no verb, "that" or "claims": no candidate list is built for it then.
    if (entry.type !== 'person' && !mayReferToOrganisation(ctx, i)) continue;
    const candidates = mergeBefore(drafts, next, resolved, sorted);
    const antecedent = entry.type === 'person' ? personAntecedent(ctx, candidates, i, entry, groups) : organisationAntecedent(ctx, candidates, i, groups);
    if (!antecedent) continue;
    const group = groups[antecedent.group]!;
    if (entry.gender && !group.gender) group.gender = entry.gender;
    const d = newDraft(i, i + 1, group.type, 'pronoun', `pronoun:${entry.id}`, antecedent.group);
    resolved.push(d);
    all.push(d);
  }
  return all.sort((a, b) => a.start - b.start);
}

/**
 * Drafts before index `next` (the last 40), with the last 10 pronouns resolved so far, in text order;
 * on equal starts a draft before a pronoun (what a stable sort of the two lists gives). Both lists are
 * in text order, so they are merged: a sort per pronoun cost an allocation and a copy each.
 */
function mergeBefore(drafts: readonly Draft[], next: number, resolved: readonly Draft[], sorted: boolean): Draft[] {
  const from = Math.max(0, next - 40);
  let r = Math.max(0, resolved.length - 10);
  if (!sorted) return [...drafts.slice(from, next), ...resolved.slice(r)].sort((a, b) => a.start - b.start);
  const out = new Array<Draft>(next - from + resolved.length - r);
  let n = 0;
  for (let k = from; k < next; k++) {
    const d = drafts[k]!;
    while (r < resolved.length && resolved[r]!.start < d.start) out[n++] = resolved[r++]!;
    out[n++] = d;
  }
  while (r < resolved.length) out[n++] = resolved[r++]!;
  return out;
}

function personAntecedent(ctx: EntityContext, candidates: readonly Draft[], at: number, entry: PronounEntry, groups: readonly Group[]): Draft | undefined {
  const sentence = ctx.sentenceOf[at]!;
  const fits = (d: Draft): boolean => {
    if (d.group < 0) return false;
    const g = groups[d.group]!;
    return g.type === 'person' && !(entry.gender && g.gender && g.gender !== entry.gender);
  };
  for (let s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
    let first: Draft | undefined;
    for (const d of candidates) {
      if (ctx.sentenceOf[d.start] !== s || d.start >= at || !fits(d)) continue;
      // "As stated in Davis' commentary, ... how his wife": one of unknown gender named only as the
      // owner of a thing inside a prepositional phrase is no subject, and no likelier than anyone.
      if (!groups[d.group]!.gender && ownerInPhrase(ctx, d)) continue;
      // "Obama ... Hillary Clinton apparently disagrees with her former boss": one known to be of the
      // pronoun's gender before one whose gender is unknown.
      if (!entry.gender || groups[d.group]!.gender === entry.gender) return d;
      first ??= d;
    }
    if (first) return first;
  }
  return undefined;
}

/** The name stands after a preposition and before a possessive: "in Davis' commentary". */
function ownerInPhrase(ctx: EntityContext, d: Draft): boolean {
  return d.kind === 'name' && ctx.tokens[d.start - 1]?.pos === 'IN' && isPossessiveMark(ctx.norm[d.end] ?? '');
}

/** "it" refers back only right after a verb, "that" or "claims". */
function mayReferToOrganisation(ctx: EntityContext, at: number): boolean {
  const before = ctx.tokens[at - 1];
  return before !== undefined && (/^VB/.test(before.pos ?? '') || BEFORE_IT.has(ctx.norm[at - 1]!));
}

/** The organisation "it" at `at` refers to; the caller has checked `mayReferToOrganisation`. */
function organisationAntecedent(ctx: EntityContext, candidates: readonly Draft[], at: number, groups: readonly Group[]): Draft | undefined {
  const sentence = ctx.sentenceOf[at]!;
  // "... opponents of the Kremlin; the governing party says it is needed": not across a semicolon.
  let clause = at;
  while (clause > 0 && ctx.sentenceOf[clause - 1] === sentence && ctx.norm[clause - 1] !== ';') clause--;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const d = candidates[k]!;
    if (ctx.sentenceOf[d.start] !== sentence || d.start < clause || d.group < 0) return undefined;
    const type = groups[d.group]!.type;
    if (type === 'organisation') return d;
    if (type === 'person') return undefined;
  }
  return undefined;
}
