/**
 * A noun cue with its preposition ("Talks on", "debate over", "discussions of") has a noun phrase for
 * content: the topic talked about. When the noun is the subject of its sentence ("Talks on extending
 * a local ceasefire broke up on Monday"), the sentence's own verb and all after it are the outlet's
 * report of what happened to the talks, not what was said: the content ends before that verb. PolNeAR
 * marks it so ("talks over the massive tax cut package could still break down": content "the massive
 * tax cut package"; "Debate on the remark was not confined ...": "the remark").
 */
import { loadLexicon } from '../../data/lexicon.js';
import { tokensIn } from '../../model/text-index.js';
import type { CueCandidate } from './find-cues.js';
import type { ContentFind } from './find-content.js';
import type { QuoteScene } from './quote-scene.js';
import { skipDateline } from './skip-adjuncts.js';
import { COMPLEMENTISERS, isFiniteTag, lowerAt } from './word-classes.js';

/** Prepositions after a noun cue that open its topic or its parties ("talks with unions over ..."). */
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'of', 'about', 'regarding', 'concerning', 'around', 'with', 'between']);
/** Words before a finite verb that belong to its verb group ("could still break down", "have not"). */
const VERB_GROUP = /^(RB|MD)$/;

/** Words that open a relative clause. */
const RELATIVE = new Set(['who', 'whom', 'which', 'that', 'whose']);

/** Whether the cue's noun phrase opens its sentence (only a determiner, adjectives or a possessor before it: "The mayor's talks"): the subject. */
function opensSentence(scene: QuoteScene, cue: CueCandidate): boolean {
  const sentence = scene.sentences[scene.sentenceOf[cue.from]!];
  if (!sentence) return false;
  // "GENEVA — Talks on ...": a dateline stands before the subject.
  for (let t = afterDateline(scene, sentence.tokenStart, cue.from); t < cue.from; t++) if (!/^(DT|JJ|PRP\$|NN|NNP|NNPS|POS)$/.test(scene.tokens[t]!.pos ?? '') && !/^[“"‘'(]$/.test(scene.tokens[t]!.text)) return false;
  return true;
}

/** DASHES after a dateline. */
const DASHES = new Set(['—', '–', '-', '--']);
const UPPER_WORD = /^[\p{Lu}][\p{Lu}.,'’-]*$/u;

/**
 * The first token after a dateline at `from` ("GENEVA —", "KYIV, Ukraine —"): the paragraph's known
 * dateline, else capitalised words up to a dash; `from` when there is none.
 */
function afterDateline(scene: QuoteScene, from: number, limit: number): number {
  const known = skipDateline(scene, from, limit);
  if (known > from) return known;
  let k = from;
  while (k < limit && k - from < 6 && (UPPER_WORD.test(scene.tokens[k]!.text) || scene.tokens[k]!.text === ',' || /^NNP/.test(scene.tokens[k]!.pos ?? ''))) k++;
  return k > from && k < limit && UPPER_WORD.test(scene.tokens[from]!.text) && DASHES.has(scene.tokens[k]!.text) ? k + 1 : from;
}

let indefinites: Set<string> | undefined;
/** "nothing", "everything" (lexicon `indefinite-pronouns`). */
function indefinitePronouns(): Set<string> {
  indefinites ??= new Set(loadLexicon('indefinite-pronouns').entries.flatMap((e) => e.terms));
  return indefinites;
}

/** Whether the cue has no verb and ends in a topic preposition: a noun cue. */
export function isNounTopicCue(scene: QuoteScene, cue: CueCandidate): boolean {
  const { tokens } = scene;
  if (!TOPIC_PREPOSITIONS.has(lowerAt(tokens, cue.to - 1))) return false;
  for (let t = cue.from; t < cue.to - 1; t++) if (!/^(NN|NNS|NNP|NNPS|JJ|DT|PRP\$|POS)$/.test(tokens[t]!.pos ?? 'VB')) return false;
  // "Nothing about them seems credible": an indefinite pronoun names no talk; its phrase is the subject.
  if (indefinitePronouns().has(lowerAt(tokens, cue.from))) return false;
  return cue.to - cue.from >= 2;
}

/** The content of a noun topic cue cut before the first finite verb outside quotations; else unchanged. */
export function endNounCueContent(scene: QuoteScene, cue: CueCandidate, content: ContentFind): ContentFind {
  if (content.direct || !isNounTopicCue(scene, cue) || !opensSentence(scene, cue)) return content;
  const { tokens } = scene;
  const [from, to] = tokensIn(tokens, content.start, content.end);
  // "concerns about whether the plan would work": a clause of its own is the content, verb and all.
  if (from >= to || COMPLEMENTISERS.has(lowerAt(tokens, from))) return content;
  for (let t = from + 1; t < to; t++) {
    if (scene.insideQuote[t]! >= 0) continue;
    // "the number of refugees Obama will accept ranges ...", "a man who many believe": a relative
    // clause inside the topic has a verb of its own; the topic runs on to its sentence's verb, unknown.
    if (RELATIVE.has(lowerAt(tokens, t)) || (/^(PRP|NNP|NNPS)$/.test(tokens[t]!.pos ?? '') && /^(NN|NNS)$/.test(tokens[t - 1]!.pos ?? ''))) return content;
    if (!isFiniteTag(tokens[t]!.pos)) continue;
    // The verb group's adverbs and modals go with the verb ("... could still break down").
    let end = t;
    while (end - 1 > from && VERB_GROUP.test(tokens[end - 1]!.pos ?? '')) end--;
    while (end - 1 > from && /^[,;:—–-]$/.test(tokens[end - 1]!.text)) end--;
    const quoted = content.quoted.filter((q) => scene.quoted[q]!.end <= tokens[end - 1]!.end);
    return { start: content.start, end: tokens[end - 1]!.end, quoted, direct: false };
  }
  return content;
}
