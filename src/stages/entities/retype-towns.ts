/**
 * "At a press conference in Chelsea", "Kupiansk has been shelled", "in Florida, Ohio and North
 * Carolina": the tagger often reads a town or a state it has not seen as a person's name (or an
 * organisation's). A tagger name of up to three capitalised words is a place when
 * - the document gives it nothing of a person: no role, no honorific or other sign of gender, and it
 *   is no part of a longer person's name there ("Chelsea" beside "Chelsea Clinton", "Lozova" beside
 *   "Olena Lozova"), nor a given name;
 * - the places gazetteer has it as the main name of a town of 10,000 people or more, or of a state,
 *   island or country (the places stage's own threshold for a mistyped town);
 * - somewhere the text puts it where only places go: after a locative word ("in", "near", "outside"
 *   ...; not "at" or "of", which people take too), after a verb of hitting or taking ("shelled
 *   Vovchansk"), before "was/has been shelled", listed after a place ("Ohio and North Carolina", with or
 *   without a comma before the "and": "Ohio, Florida, and Nevada"), or
 *   qualified by one ("Fort Pierce, Florida").
 * Every mention with the same words then is that place, so the places stage and this layer agree.
 */
import type { Draft, EntityContext } from './context.js';
import { normText } from './context.js';
import { entityLexicons } from './lexicons.js';
import { lookupToponym } from '../places/lookup-toponym.js';
import { isAscii } from './letter-tests.js';

const TITLE_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
/** TITLE_WORD for ASCII text (see `isAscii`). */
const TITLE_WORD_ASCII = /^[A-Z][a-z'-]*[a-z]$/;
const MAX_WORDS = 3;
/** The places stage's smallest town for a name the tagger mistyped (find-toponyms MISTYPED_MIN_POPULATION). */
const MIN_POPULATION = 10_000;
/** Words before a name that only places follow. */
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across', 'through', 'toward', 'towards', 'into', 'inside', 'within', 'throughout', 'downtown']);
/** Nouns of a settlement before "of" ("the village of Pisky"). */
const SETTLEMENT = new Set(['village', 'town', 'city', 'settlement', 'outskirts', 'suburbs', 'suburb']);
const HIT_VERB = /^(?:shelled|shells|struck|bombed|bombarded|captured|liberated|recaptured|retook|seized|stormed|encircled)$/;
const HIT_PARTICIPLE = /^(?:shelled|struck|bombed|bombarded|captured|liberated|recaptured|retaken|seized|stormed|encircled|hit)$/;
const AUXILIARY = /^(?:was|were|is|has|had)$/;

/** Sets type `place` on the tagger's person and organisation names that the text and gazetteer make towns. */
export function retypeTowns(ctx: EntityContext, drafts: readonly Draft[]): void {
  if (!ctx.cased) return;
  // Most texts have no candidate in a place's position: then no string is built for the others.
  // (Exact: only a retyped town can give another candidate a cue, "Fort Pierce, Florida".)
  let cue = false;
  for (const d of drafts) if (isCandidate(ctx, d) && placeCue(ctx, drafts, d)) { cue = true; break; }
  if (!cue) return;
  let candidates: Map<string, Draft[]> | undefined;
  for (const d of drafts) {
    if (!isCandidate(ctx, d)) continue;
    const key = normText(ctx, d.start, d.end);
    candidates ??= new Map();
    const list = candidates.get(key);
    if (list) list.push(d);
    else candidates.set(key, [d]);
  }
  if (!candidates) return;
  const { givenNames } = entityLexicons();
  for (const [key, list] of candidates) {
    if (!list.some((d) => placeCue(ctx, drafts, d))) continue;
    if (givenNames.has(ctx.tokens[list[0]!.start]!.text) || personEvidence(ctx, drafts, key)) continue;
    if (!knownPlace(tokenWords(ctx, list[0]!))) continue;
    for (const d of list) {
      d.type = 'place';
      d.rule = `${d.rule}+town`;
    }
  }
}

function isTitleWord(text: string): boolean {
  return (isAscii(text) ? TITLE_WORD_ASCII : TITLE_WORD).test(text);
}

function isCandidate(ctx: EntityContext, d: Draft): boolean {
  if (d.kind !== 'name' || (d.type !== 'person' && d.type !== 'organisation') || !d.rule.startsWith('ner')) return false;
  if (d.alias !== undefined || d.metonymy || d.role || d.gender || d.shortFor || d.end - d.start > MAX_WORDS) return false;
  for (let k = d.start; k < d.end; k++) if (!isTitleWord(ctx.tokens[k]!.text)) return false;
  return true;
}

/** Some mention with these words has a role or a gender, or they begin or end a longer person's name. */
function personEvidence(ctx: EntityContext, drafts: readonly Draft[], key: string): boolean {
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type !== 'person') continue;
    const text = normText(ctx, d.start, d.end);
    if (text === key) {
      if (d.role || d.gender) return true;
    } else if (text.startsWith(`${key} `) || text.endsWith(` ${key}`)) return true;
  }
  return false;
}

function placeCue(ctx: EntityContext, drafts: readonly Draft[], d: Draft): boolean {
  const sentence = ctx.sentenceOf[d.start];
  const before = d.start > 0 && ctx.sentenceOf[d.start - 1] === sentence ? ctx.norm[d.start - 1]! : '';
  const after = d.end < ctx.tokens.length && ctx.sentenceOf[d.end] === sentence ? ctx.norm[d.end]! : '';
  if (after === "'s") return false;
  if (LOCATIVE.has(before) || HIT_VERB.test(before)) return true;
  if (before === 'of' && SETTLEMENT.has(ctx.norm[d.start - 2] ?? '')) return true;
  if (AUXILIARY.test(after)) {
    let k = d.end + 1;
    if (ctx.norm[k] === 'been') k++;
    if (HIT_PARTICIPLE.test(ctx.norm[k] ?? '')) return true;
  }
  // "Ohio and North Carolina", "Pennsylvania, North Carolina", "Ohio, Florida, and Nevada": listed after a place.
  if ((before === 'and' || before === 'or' || before === ',') && d.start >= 2 && isPlace(drafts, d.start - 1, 'end')) return true;
  if ((before === 'and' || before === 'or') && ctx.norm[d.start - 2] === ',' && d.start >= 3 && isPlace(drafts, d.start - 2, 'end')) return true;
  // "Fort Pierce, Florida": qualified by the place it lies in.
  return after === ',' && isPlace(drafts, d.end + 1, 'start');
}

/** A place name (tagger or lexicon) ends before token `at` or starts at it. */
function isPlace(drafts: readonly Draft[], at: number, side: 'start' | 'end'): boolean {
  for (const o of drafts) if ((side === 'end' ? o.end === at : o.start === at) && o.kind === 'name' && o.type === 'place' && !o.metonymy) return true;
  return false;
}

function tokenWords(ctx: EntityContext, d: Draft): string {
  let s = ctx.tokens[d.start]!.text;
  for (let k = d.start + 1; k < d.end; k++) s += ` ${ctx.tokens[k]!.text}`;
  return s;
}

/** States and provinces, islands: areas a person's name seldom is (counties are: "Hall", "Love"). */
const AREA = /^(?:A\.ADM1|T\.ISLS?)$/;

/** The gazetteer's main name of a town of some size, or of a state, an island or a country. */
export function knownPlace(name: string): boolean {
  const lookup = lookupToponym(name);
  if (lookup.demonym) return false;
  return lookup.matches.some((m) => m.main && (m.place.featureType.startsWith('P.') ? m.place.population >= MIN_POPULATION : m.place.precision === 'country' || AREA.test(m.place.featureType)));
}
