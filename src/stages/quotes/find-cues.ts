/**
 * Cue candidates: reporting verbs with their verb group ("has denied", "had made it clear"), multi-word
 * cue phrases ("according to", "told reporters", "responded by saying"), a setting that extends the
 * verb ("said in a statement"), and a colon that introduces a quotation. A verb form that is also a
 * noun ("claims", "reports") counts only where it can be a verb: not after a determiner or possessive,
 * and, once tokens carry part-of-speech tags, only with a verb tag.
 */
import type { Token } from '../../model/layers/structure.js';
import { cueLexicon, type CueKind, type CueStance } from './cue-lexicon.js';
import { DETERMINERS, W_AUXILIARY, W_LY, W_MODAL, W_NEGATOR, W_VERB_GROUP_ADVERB, bitsAt, lowerAt, mayBeVerb } from './word-classes.js';
import { WORD_HEADLINE_TERM, type CueFeatureContext } from './cue-token-facts.js';
import { TAG_HEADLINE_VERB } from './cue-tag-facts.js';
import { isPossessiveMark } from '../structure/possessive-marks.js';
import { isTitleCaseWord } from '../structure/case-of.js';

/** A cue: tokens `[from, to)`, its head token, and what the lexicon says about it. */
export interface CueCandidate {
  from: number;
  to: number;
  head: number;
  /** `verb:<id>` or `phrase:<id>`, or `colon`. */
  entry: string;
  /** What the cue reports; undefined for a model cue whose words no lexicon lists. */
  kind: CueKind | undefined;
  stance: CueStance;
  /** Where the source stands: before a verb, after a preposition ("according to X"). */
  role: 'verb' | 'preposition' | 'colon';
  rule: string;
  /**
   * Probability from the cue model, where the model proposed it; else undefined. Always present (every
   * cue literal lists it last), so that all cues share one hidden class and their readers stay monomorphic.
   */
  confidence: number | undefined;
}

/**
 * Finds cue candidates in `tokens[from, to)` (one sentence or the whole text). With the cue model's
 * per-token facts of these tokens (prepared: cue-token-facts.ts), a token that starts no phrase, is no
 * reporting verb, and is no headline verb (a word of the attitude or headline-verb lexicons with a tag a
 * headline's verb takes) is passed over without looking up its word: no rule below takes it.
 * `titleCase` says the tokens stand in a line the structure stage marked title case (headline-lines.ts),
 * the only place a headline verb is read.
 */
export function findCues(tokens: readonly Token[], from: number, to: number, facts?: CueFeatureContext, titleCase = false): CueCandidate[] {
  const { verbs, phrases } = cueLexicon();
  const cues: CueCandidate[] = [];
  const phraseStart = facts?.phraseStart, verbEntry = facts?.verbEntry, tagFlags = facts?.tagFlags, textFlags = facts?.textFlags;
  for (let i = from; i < to; i++) {
    if (phraseStart && !phraseStart[i] && !verbEntry![i] && !(titleCase && tagFlags![i]! & TAG_HEADLINE_VERB && textFlags![i]! & WORD_HEADLINE_TERM)) continue;
    const word = lowerAt(tokens, i);
    // With the facts, a word that starts no phrase or is no reporting verb skips that lexicon's lookup.
    const phrase = phraseStart && !phraseStart[i] ? undefined : matchPhrase(tokens, i, to, phrases.get(word));
    if (phrase && phrase.entry.role !== 'setting') {
      const end = i + phrase.words.length;
      const start = phrase.entry.role === 'verb' ? extendLeft(tokens, i, from) : i;
      cues.push({ from: start, to: extendRight(tokens, end, to), head: i, entry: `phrase:${phrase.entry.id}`, kind: 'speech', stance: phrase.entry.stance, role: phrase.entry.role === 'preposition' ? 'preposition' : 'verb', rule: `cue-phrase:${phrase.entry.id}`, confidence: undefined });
      i = end - 1;
      continue;
    }
    const verb = verbEntry && !verbEntry[i] ? undefined : verbs.get(word);
    if (verb && looksVerbal(tokens, i, from)) {
      cues.push({ from: extendLeft(tokens, i, from), to: extendRight(tokens, i + 1, to), head: i, entry: `verb:${verb.id}`, kind: verb.kind, stance: verb.stance, role: 'verb', rule: `reporting-verb:${verb.id}`, confidence: undefined });
    } else if (titleCase && headlineVerbAt(tokens, i, from, to)) {
      const { attitudes, headlineVerbs } = cueLexicon();
      const attitude = verb ? undefined : attitudes.get(word)?.pos === 'verb' ? attitudes.get(word) : undefined;
      const headline = verb || attitude ? undefined : headlineVerbs.get(word);
      const id = verb ? `verb:${verb.id}` : attitude ? `attitude:${attitude.id}` : `headline:${headline!.id}`;
      cues.push({ from: extendLeft(tokens, i, from), to: i + 1, head: i, entry: id, kind: verb?.kind ?? (attitude ?? headline)!.kind, stance: verb?.stance ?? 'neutral', role: 'verb', rule: `headline-verb:${id}`, confidence: undefined });
    }
  }
  // "Media Reports Reveal Reason ...": a capitalised -s form right before the headline's verb is that
  // verb's subject ("Reports"), not a cue of its own. Only a title-case line has headline verbs.
  if (!titleCase) return cues;
  return cues.filter((c, k) => !(c.rule.startsWith('reporting-verb:') && c.from === c.head && /^\p{Lu}\p{Ll}+s$/u.test(tokens[c.head]!.text) && cues[k + 1]?.from === c.head + 1 && cues[k + 1]!.rule.startsWith('headline-verb:')));
}

function matchPhrase(tokens: readonly Token[], i: number, to: number, candidates: ReturnType<typeof cueLexicon>['phrases'] extends Map<string, infer V> ? V | undefined : never) {
  if (!candidates) return undefined;
  outer: for (const phrase of candidates) {
    if (i + phrase.words.length > to) continue;
    for (let k = 1; k < phrase.words.length; k++) if (lowerAt(tokens, i + k) !== phrase.words[k]) continue outer;
    return phrase;
  }
  return undefined;
}

/** Whether a verb form is used as a verb here (not "the claims", "his reports"). */
function looksVerbal(tokens: readonly Token[], i: number, from: number): boolean {
  const token = tokens[i]!;
  // "according to reports", "in response to claims": after "to" an -s form is a noun, never a verb.
  if (i > from && lowerAt(tokens, i - 1) === 'to' && isThirdPersonForm(lowerAt(tokens, i))) return false;
  if (token.pos === 'NNS' && i > from && misreadVerb(tokens, i)) return true;
  if (token.pos !== undefined) return mayBeVerb(token);
  const prev = i > from ? tokens[i - 1]! : undefined;
  if (!prev) return !/^\p{Lu}/u.test(token.text) || i === from;
  const p = lowerAt(tokens, i - 1);
  if (DETERMINERS.has(p) && p !== 'that' && p !== 'no') return false;
  // "the nurses' claims": a bare apostrophe before a verb form is a plural's possessive, not a closing quotation.
  if (isPossessiveMark(p)) return false;
  return true;
}

/**
 * Whether `word` is the third-person -s form of a verb the cue lexicons list ("reports" beside
 * "report", "pushes" beside "push"), not a verb that ends in s ("focus", "address").
 */
export function isThirdPersonForm(word: string): boolean {
  if (!word.endsWith('s') || word.endsWith('ss')) return false;
  const { verbs, attitudes } = cueLexicon();
  const known = (w: string): boolean => verbs.has(w) || attitudes.get(w)?.pos === 'verb';
  return known(word.slice(0, -1)) || (word.endsWith('es') && known(word.slice(0, -2)));
}

const SUBJECT_TAGS = /^(NN|NNP|NNPS|PRP)$/;
const FINITE_OR_END = /^(VB[DZPN]?|MD|,|\.|:)$/;

/**
 * A reporting verb the tagger read as a plural noun after its subject: "The campaign plans to ...",
 * "The foundation estimates that ...", and after a name read as a common noun ("Trump demands
 * accountability", "Trump asserts that"); not "the Trump claims were false" (a verb follows).
 */
function misreadVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  if (!SUBJECT_TAGS.test(prev.pos ?? '')) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  const w = lowerAt(tokens, i + 1);
  if (w === 'that' || (w === 'to' && tokens[i + 2]?.pos === 'VB')) return true;
  return /^\p{Lu}/u.test(prev.text) && !FINITE_OR_END.test(next.pos ?? '');
}

/** A capital; what may follow a headline's verb (a capital, a digit, a quotation mark). */
const CAPITALISED = /^\p{Lu}/u;
const HEADLINE_NEXT = /^[\p{Lu}\p{N}“"‘']/u;

/**
 * "Hillary Clinton Slams Donald Trump On Abortion", "Howard Dean Tells Democratic Convention": in a
 * title-case headline the tagger reads the verb as a name. A reporting or attitude verb there, between
 * two capitalised words, is the headline's cue (PolNeAR marks it); not before another such verb
 * ("Media Reports Reveal ...": "Reports" is the subject). The verb is read by its lower-case form in
 * whatever form the lexicon lists: present ("Slams"), past or participle ("After Trump Heard What ...",
 * "Suspect Named By Police"), and the base form after a plural subject ("Media Reports Reveal Reason");
 * not the -ing form, which headlines use as a noun or modifier. Only asked of a line the structure
 * stage marked title case (findCues' `titleCase`).
 */
export function headlineVerbAt(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const token = tokens[i]!;
  const { verbs, attitudes, headlineVerbs } = cueLexicon();
  const word = lowerAt(tokens, i);
  // A verb of the headline lexicon counts with a verb tag too ("ESPN Fires Schilling"): no other rule reads it.
  // Tags compared directly (`/^VB[DZP]?$/`) and module RegExp constants: this runs for nearly every token.
  const pos = token.pos;
  const tagged = pos === 'NNP' || pos === 'NNPS' || ((pos === 'VB' || pos === 'VBD' || pos === 'VBZ' || pos === 'VBP') && !verbs.has(word) && headlineVerbs.has(word));
  if (!tagged || i === from || i + 1 >= to || !isTitleCaseWord(token.text) || token.text.endsWith('ing')) return false;
  if (!CAPITALISED.test(tokens[i - 1]!.text) || !HEADLINE_NEXT.test(tokens[i + 1]!.text)) return false;
  const attitude = attitudes.get(word);
  const terms = verbs.get(word)?.terms ?? (attitude && attitude.pos === 'verb' ? attitude.terms : headlineVerbs.get(word)?.terms);
  if (!terms) return false;
  // A base form (its -s form is another term of the entry) only after a plural subject; a word in -s
  // ("Address") may be either.
  if (!word.endsWith('s') && (terms.includes(`${word}s`) || terms.includes(`${word}es`)) && !/\p{Ll}s$/u.test(tokens[i - 1]!.text)) return false;
  const next = lowerAt(tokens, i + 1);
  return !(verbs.has(next) || attitudes.get(next)?.pos === 'verb' || headlineVerbs.has(next));
}

/** Marks after which a capitalised modal before a verb is a name: a comma, a closing quotation mark. */
const AFTER_NAME_BREAK = new Set([',', '”', '"', "'", '’']);

/**
 * Auxiliaries and negation directly before the verb, and adverbs between them ("has also said"). The
 * words' classes are read as bits (word-classes.ts `bitsAt`): W_AUXILIARY is AUXILIARIES, W_NEGATOR
 * NEGATORS, W_MODAL MODALS, and an adverb of the group is one of VERB_GROUP_ADVERBS or a word in -ly.
 */
function extendLeft(tokens: readonly Token[], head: number, from: number): number {
  let start = head;
  let k = head - 1;
  while (k >= from) {
    const bits = bitsAt(tokens, k);
    // "Will urged ...": a modal takes a bare verb, so before a past or present form it is a name; so is
    // a capitalised modal opening the sentence right before the verb (a question puts its subject between).
    // So is a capitalised modal right before the verb after a comma or a closing quotation mark ("...,”
    // Will urged"): mid-sentence only a name is capitalised.
    if (bits & W_MODAL && (/^VB[DZ]$/.test(tokens[head]!.pos ?? '') || (k === head - 1 && /^\p{Lu}/u.test(tokens[k]!.text) && (k === from || AFTER_NAME_BREAK.has(tokens[k - 1]!.text))))) break;
    if ((bits & W_AUXILIARY && lowerAt(tokens, k) !== 'to') || bits & W_NEGATOR) {
      start = k;
      k--;
    } else if (bits & (W_VERB_GROUP_ADVERB | W_LY)) {
      // An adverb joins the group only when an auxiliary stands before it.
      let j = k - 1;
      while (j >= from && bitsAt(tokens, j) & (W_VERB_GROUP_ADVERB | W_LY)) j--;
      if (j >= from && bitsAt(tokens, j) & W_AUXILIARY && lowerAt(tokens, j) !== 'to') {
        start = j;
        k = j - 1;
      } else break;
    } else break;
  }
  return start;
}

/** A particle or setting after the verb ("said in a statement"), and a colon before a quotation. */
function extendRight(tokens: readonly Token[], end: number, to: number): number {
  const { phrases } = cueLexicon();
  if (end < to) {
    const setting = matchPhrase(tokens, end, to, phrases.get(lowerAt(tokens, end)));
    if (setting && setting.entry.role === 'setting') end += setting.words.length;
  }
  if (end < to && tokens[end]!.text === ':') end++;
  return end;
}
