/**
 * Roles of people, as the text gives them, in three forms:
 * - before the name: "Kremlin Press Secretary Dmitry Peskov", "DPR head Denis Pushilin",
 *   "spokeswoman Maria Zakharova" (title words, and names of organisations or places, up to the name);
 * - in apposition after it: "Eduard Basurin, the deputy commander of the militia, said";
 * - in apposition before it: "The deputy commander of the militia, Eduard Basurin, said".
 * A role must hold a title word from the `titles` lexicon. The role span lies outside the mention and
 * may contain other mentions ("Kremlin"). Gender stated by the title (spokeswoman), an honorific
 * (Mr.), a gendered word in the apposition after the name ("the first female harbour master") or,
 * failing those, a given name of one gender (given-names.json) is kept for pronoun resolution.
 */
import type { Draft, EntityContext } from './context.js';
import { entityLexicons, type TitleEntry } from './lexicons.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
const APPOSITION_STOP = new Set([',', '.', ';', ':', ')', '(', '"', '“', '”', '—', '–', '--']);
const MAX_APPOSITION = 16;

/** Sets `role` and `gender` on person drafts. */
export function attachRoles(ctx: EntityContext, drafts: Draft[]): void {
  const { givenNames, honorificGender } = entityLexicons();
  const endingAt = new Map<number, Draft>();
  for (const d of drafts) endingAt.set(d.end, d);
  for (const d of drafts) {
    if (d.type !== 'person' || d.kind !== 'name') continue;
    const before = roleBefore(ctx, d, endingAt);
    // "Its spokesman, Brigadier Kamal Osman": the apposition says what the person does, the title before the name only their rank.
    const role = (before && appositionBefore(ctx, before.start, endingAt)) ?? before ?? appositionAfter(ctx, d) ?? appositionBefore(ctx, d.start, endingAt);
    if (role) {
      d.role = [role.start, role.end];
      const gender = role.gender ?? before?.gender;
      if (gender) d.gender = gender;
    }
    if (!d.gender) d.gender = appositionGender(ctx, d);
    // "Mrs. Kovacs", "Sir Keir Starmer" (honorifics of the `gender-words` lexicon).
    const honorific = d.start > 0 ? honorificGender.get(ctx.norm[d.start - 1]!) : undefined;
    if (honorific) d.gender = honorific;
    // "Maria Lopez": a given name of one gender, when nothing else said it (a full name only: a
    // single word may be a surname, "Paul" for Rand Paul).
    if (!d.gender && d.end - d.start > 1) {
      const given = givenNames.get(ctx.tokens[d.start]!.text);
      if (given) d.gender = given;
    }
  }
}

interface Role { start: number; end: number; gender?: 'male' | 'female' }

/** Words that open a clause about someone else ("Ana Pop, whose son was killed"). */
const OTHER_CLAUSE = new Set(['whose', 'who', 'which', 'whom', 'where', 'when']);
/** Conjunctions that, right after the comma, open the next item of a list ("his wife, Heidi, and his father, Rafael"), no apposition. */
const NEXT_ITEM = new Set(['and', 'or', 'but', 'nor']);

/**
 * "Dana Ilves, the port's first female harbour master,", "Kim Saar, a father of three who ...": a
 * gendered word (`gender-words` lexicon) in the apposition right after a name (up to its next comma), if any.
 */
function appositionGender(ctx: EntityContext, d: Draft): 'male' | 'female' | undefined {
  const words = entityLexicons().appositionGender;
  const next = ctx.norm[d.end + 1] ?? '';
  if (ctx.norm[d.end] !== ',' || OTHER_CLAUSE.has(next) || NEXT_ITEM.has(next)) return undefined;
  const sentence = ctx.sentenceOf[d.start];
  for (let k = d.end + 1; k < Math.min(ctx.tokens.length, d.end + 1 + MAX_APPOSITION) && ctx.sentenceOf[k] === sentence; k++) {
    const w = ctx.norm[k]!;
    if (APPOSITION_STOP.has(w) || OTHER_CLAUSE.has(w)) return undefined;
    const gender = words.get(w);
    if (gender) return gender;
  }
  return undefined;
}

/** The title phrase ending exactly at token `end` (longest first), if any. */
function titleEndingAt(ctx: EntityContext, end: number, floor: number): { start: number; entry: TitleEntry } | undefined {
  const { titles } = entityLexicons();
  for (let len = Math.min(5, end - floor); len >= 1; len--) {
    if (!titles.mayStart(ctx.hash[end - len]!)) continue;
    const entry = titles.matchExactly(ctx.norm, end - len, end, ctx.tokens, true);
    if (entry) return { start: end - len, entry };
  }
  return undefined;
}

function roleBefore(ctx: EntityContext, d: Draft, endingAt: Map<number, Draft>): Role | undefined {
  const { roleBodies } = entityLexicons();
  const floor = ctx.sentences[ctx.sentenceOf[d.start]!]!.tokenStart;
  let k = d.start;
  let head = -1;
  let gender: 'male' | 'female' | undefined;
  while (k > floor) {
    const name = endingAt.get(k);
    // "Kremlin Press Secretary", "top Obama aide": a person's name too, once the title after it is read.
    if (name && name.kind === 'name' && (name.type !== 'person' || head >= 0) && name !== d) { k = name.start; continue; }
    if (ctx.norm[k - 1] === "'s" && endingAt.get(k - 1)?.kind === 'name' && endingAt.get(k - 1)?.type !== 'person') { k -= 1; continue; }
    // "ministry spokesperson", "Opposition leader": the body a title is held in (`role-bodies`), once the title is read.
    if (head >= 0 && roleBodies.has(ctx.norm[k - 1]!)) { k -= 1; continue; }
    const title = titleEndingAt(ctx, k, floor);
    if (!title || title.entry.kind === 'honorific') break;
    if (title.entry.kind === 'role' && head < 0) head = title.start;
    if (title.entry.gender) gender ??= title.entry.gender;
    k = title.start;
  }
  if (head < 0) return undefined;
  return gender ? { start: k, end: d.start, gender } : { start: k, end: d.start };
}

/** Scans a noun phrase from `from` to a stop mark or verb; returns it when a title word opens it. */
function phraseWithTitle(ctx: EntityContext, from: number, limit: number): Role | undefined {
  const { titles } = entityLexicons();
  let start = from;
  if (DETERMINERS.has(ctx.norm[start] ?? '')) start++;
  let end = start;
  let head = false;
  let gender: 'male' | 'female' | undefined;
  while (end < limit && end - start < MAX_APPOSITION) {
    const word = ctx.tokens[end]!;
    if (APPOSITION_STOP.has(word.text)) break;
    const pos = word.pos ?? '';
    if (pos.startsWith('VB') && pos !== 'VBN' && pos !== 'VBG' || pos === 'MD' || pos === 'WP' || pos === 'WDT') return undefined;
    const title = titles.mayStart(ctx.hash[end]!) ? titles.match(ctx.norm, end, limit, ctx.tokens, true) : undefined;
    if (title) {
      // The title must come early: "the deputy commander of ...", not "a man who met the commander".
      if (title.value.kind === 'role' && end - start <= 4) head = true;
      if (title.value.gender) gender ??= title.value.gender;
      end = title.end;
      continue;
    }
    end++;
  }
  if (!head || end === start) return undefined;
  return gender ? { start, end, gender } : { start, end };
}

function appositionAfter(ctx: EntityContext, d: Draft): Role | undefined {
  if (ctx.tokens[d.end]?.text !== ',') return undefined;
  const limit = ctx.sentences[ctx.sentenceOf[d.start]!]!.tokenEnd;
  const role = phraseWithTitle(ctx, d.end + 1, limit);
  // The apposition closes with a comma or the sentence end: "Basurin, the deputy commander, said".
  if (!role || !(role.end >= limit || APPOSITION_STOP.has(ctx.tokens[role.end]!.text))) return undefined;
  return role;
}

/**
 * "The deputy commander of the militia, Eduard Basurin, said". Not a phrase that names another person
 * and joins someone to them ("billionaire casino magnate Sheldon Adelson and his wife, Miriam"): its
 * title is that person's.
 */
function appositionBefore(ctx: EntityContext, start: number, endingAt: Map<number, Draft>): Role | undefined {
  if (ctx.tokens[start - 1]?.text !== ',') return undefined;
  const floor = ctx.sentences[ctx.sentenceOf[start]!]!.tokenStart;
  let from = start - 1;
  while (from > floor && !APPOSITION_STOP.has(ctx.tokens[from - 1]!.text)) from--;
  if (start - 1 - from > MAX_APPOSITION) return undefined;
  // "Joe Mazzuca, operations manager at Cleanup Co. in Post Falls, Idaho, said": a phrase right after a
  // person's name and its comma is that person's apposition, not the next name's.
  const named = endingAt.get(from - 1);
  if (ctx.tokens[from - 1]?.text === ',' && named?.type === 'person' && named.kind === 'name') return undefined;
  const role = phraseWithTitle(ctx, from, start - 1);
  if (!role || role.end !== start - 1) return undefined;
  for (let k = role.start + 1; k < role.end; k++) {
    const name = endingAt.get(k);
    if (name?.type === 'person' && name.kind === 'name' && name.start >= role.start && NEXT_ITEM.has(ctx.norm[k]!)) return undefined;
  }
  return role;
}
