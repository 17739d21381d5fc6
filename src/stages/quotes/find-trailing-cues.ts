/**
 * A trailing attribution in the present tense whose verb the tagger read as a noun: "The town was
 * shelled overnight, local authorities claim." / "..., the mayor claims." At the end of a sentence,
 * after a comma and a short subject that agrees with it, such a word can only be the verb.
 */
import type { Token } from '../../model/layers/structure.js';
import { cueLexicon } from './cue-lexicon.js';
import type { CueCandidate } from './find-cues.js';
import { SENTENCE_END, SUBJECT_PRONOUNS, lowerAt, lowerWord } from './word-classes.js';

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
/** Words a short subject noun phrase is made of (by tag). */
const SUBJECT_WORD = /^(DT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|PRP\$)$/;

/**
 * The cue of a sentence `[from, to)` ending ", <subject> <verb>." when the verb is a reporting verb
 * tagged as a noun and no cue was found on it; else undefined.
 */
export function findTrailingCue(tokens: readonly Token[], from: number, to: number, found: readonly CueCandidate[]): CueCandidate | undefined {
  let end = to;
  while (end > from && (SENTENCE_END.has(tokens[end - 1]!.text) || tokens[end - 1]!.text === '"' || tokens[end - 1]!.text === '”')) end--;
  if (end === to || end - from < 5) return undefined;
  const head = end - 1;
  const verbToken = tokens[head]!;
  if (verbToken.pos !== 'NN' && verbToken.pos !== 'NNS') return undefined;
  if (found.some((c) => c.from <= head && head < c.to)) return undefined;
  const word = lowerAt(tokens, head);
  const verb = cueLexicon().verbs.get(word);
  if (!verb) return undefined;
  // The subject: at most five noun-phrase words between a comma and the verb.
  let start = head;
  while (start > from && head - start < 5 && (SUBJECT_WORD.test(tokens[start - 1]!.pos ?? '') || SUBJECT_PRONOUNS.has(lowerAt(tokens, start - 1)))) start--;
  if (start === head || tokens[start - 1]?.text !== ',') return undefined;
  if (!agrees(tokens[head - 1]!, word)) return undefined;
  return { from: head, to: head + 1, head, entry: `verb:${verb.id}`, kind: verb.kind, stance: verb.stance, role: 'verb', rule: `trailing-verb:${verb.id}`, confidence: undefined };
}

/** "authorities claim", "the mayor claims", "he claims": a present-tense verb agrees with the noun before it. */
function agrees(subjectHead: Token, verb: string): boolean {
  const w = lowerWord(subjectHead);
  const thirdSingular = verb.endsWith('s');
  if (SUBJECT_PRONOUNS.has(w)) return thirdSingular === SINGULAR_PRONOUNS.has(w);
  const tag = subjectHead.pos ?? '';
  if (tag === 'NNS' || tag === 'NNPS') return !thirdSingular;
  return (tag === 'NN' || tag === 'NNP') && thirdSingular;
}
