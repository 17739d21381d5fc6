/**
 * "Columbia defends Exxon articles.", "Putin chides Turkey and praises Trump at news conference",
 * "Internal Trump University records must be released, federal judge rules.": a headline in sentence
 * case reports in the present tense, and the tagger, which learned headlines as rare, reads the verb's
 * -s form as a plural noun ("defends/NNS") so that neither the lexicon rule (verb tags only) nor the cue
 * model takes it. In a headline (headline-lines.ts: the short first paragraph of a longer text, or a
 * line marked title case), a word of the reporting-verb, attitude-verb or headline-verb lexicons in its
 * third-person -s form right after a word of the subject (not after a determiner, possessive,
 * preposition or mark, which make it a noun: "the claims", "Trump's plans", "to reports") is a cue.
 * Title-case headlines have a rule of their own besides (`headlineVerbAt` in find-cues.ts), for verbs
 * the tagger reads as names.
 */
import type { Token } from '../../model/layers/structure.js';
import type { CueCandidate } from './find-cues.js';
import { cueLexicon } from './cue-lexicon.js';
import type { QuoteScene } from './quote-scene.js';
import { headlineAt } from './headline-lines.js';
import { DETERMINERS, lowerAt, lowerWord } from './word-classes.js';
import { WORD_HEADLINE_TERM, type CueFeatureContext } from './cue-token-facts.js';

/**
 * Tags of words after which an -s form is not the verb: determiners, possessives, prepositions,
 * adjectives make it a noun; after a word read as a verb ("Super PAC ad/VBD hits Trump") the cue model
 * already reads the pair and the -s form is left to it; a headline's subject is no pronoun.
 */
const NOUN_BEFORE_TAGS = /^(DT|PDT|PRP|PRP\$|POS|IN|TO|JJ|JJR|JJS|CD|CC|WDT|WP\$|VB|VBD|VBZ|VBP|VBN|VBG|MD)$/;

/**
 * Cues of the headline's present-tense verbs in the sentence `[from, to)`, besides the lexicon's `found`.
 * With the cue model's per-token facts of these tokens (prepared: cue-token-facts.ts), a word that none
 * of the three lexicons lists (no reporting verb, no attitude or headline-verb term) is passed over
 * without lowering it and looking it up three times: no cue can come of it.
 */
export function headlinePresentCues(scene: QuoteScene, from: number, to: number, found: readonly CueCandidate[], facts?: CueFeatureContext): CueCandidate[] {
  const { tokens } = scene;
  if (!headlineAt(scene, from)) return [];
  const { verbs, attitudes, headlineVerbs } = cueLexicon();
  const cues: CueCandidate[] = [];
  const verbEntry = facts?.verbEntry, textFlags = facts?.textFlags;
  for (let i = from + 1; i < to; i++) {
    if (verbEntry && !verbEntry[i] && !(textFlags![i]! & WORD_HEADLINE_TERM)) continue;
    if (found.some((c) => c.from <= i && i < c.to) || scene.insideQuote[i]! >= 0) continue;
    const word = lowerAt(tokens, i);
    const verb = verbs.get(word);
    const attitude = verb ? undefined : attitudes.get(word)?.pos === 'verb' ? attitudes.get(word) : undefined;
    const headline = verb || attitude ? undefined : headlineVerbs.get(word);
    const terms = (verb ?? attitude ?? headline)?.terms;
    // "Media Reports Reveal ...": before the headline's verb the -s form is its subject.
    if (!terms || !thirdPerson(word, terms) || !afterSubjectWord(tokens[i - 1]!) || found.some((c) => c.from === i + 1)) continue;
    const id = verb ? `verb:${verb.id}` : attitude ? `attitude:${attitude.id}` : `headline:${headline!.id}`;
    cues.push({ from: i, to: i + 1, head: i, entry: id, kind: verb?.kind ?? (attitude ?? headline)!.kind, stance: verb?.stance ?? 'neutral', role: 'verb', rule: `headline-verb:${id}`, confidence: undefined });
  }
  return cues;
}

/** "defends" beside "defend", "pushes" beside "push"; not "news" or "glass". */
function thirdPerson(word: string, terms: readonly string[]): boolean {
  if (!word.endsWith('s') || word.endsWith('ss')) return false;
  return terms.includes(word.slice(0, -1)) || (word.endsWith('es') && terms.includes(word.slice(0, -2)));
}

/** A word that can end the subject before the verb: a noun or name, not a determiner, possessive, preposition or verb. */
function afterSubjectWord(prev: Token): boolean {
  if (!/^[\p{L}\p{N}]/u.test(prev.text) || DETERMINERS.has(lowerWord(prev))) return false;
  return !NOUN_BEFORE_TAGS.test(prev.pos ?? '');
}
