/**
 * Whether a cue only the cue model proposed, with a plain noun phrase for content, is taken: in war
 * reporting such verbs are deeds ("Russia attacked the neighbouring state"), not speech, unless the
 * model is sure, the object says it is a report, or the content opens like reported words.
 */
import { loadLexicon } from '../../data/lexicon.js';
import { isPossessiveS } from '../structure/possessive-marks.js';
import type { Draft } from './attach-cues.js';
import { objectCueAt } from './find-object-cue.js';
import type { QuoteScene } from './quote-scene.js';
import { lowerAt } from './word-classes.js';

let actions: Set<string> | undefined;
/** Forms of physical-action verbs (lexicon `action-verbs`). */
function actionVerbs(): Set<string> {
  actions ??= new Set(loadLexicon('action-verbs').entries.flatMap((e) => e.terms));
  return actions;
}

/** Words that open reported content: a complement clause, a question, an infinitive. */
const CONTENT_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'to']);

/**
 * How sure the model must be of a cue it alone proposed, with a noun phrase for content. Chosen on the
 * 140 held-out train articles: 0.8 gave attribution F1 0.707, 0.5 0.710, 0.2 0.715 but with deeds
 * ("opened the new line") as attributions, which our users would read as speech.
 */
const MODEL_CUE_CONFIDENCE = 0.5;

/**
 * A cue only the model proposed, with a plain noun phrase after it ("Russia attacked the neighbouring
 * state"), is taken only when the model is sure: in war reporting such verbs are deeds, not speech.
 */
export function plausibleModelCue(scene: QuoteScene, draft: Draft): boolean {
  if (draft.cue.entry !== 'model' || draft.direct || draft.quoted.length > 0 || draft.shape !== 'after') return true;
  // "attacked Rubio for not answering", "urged lawmakers to": the object and its preposition say it is a report.
  if (draft.cue.head === draft.cue.to - 1 && objectCueAt(scene.tokens, draft.cue.head, scene.sentences[scene.sentenceOf[draft.cue.head]!]!.tokenEnd)) return true;
  const head = lowerAt(scene.tokens, draft.cue.head);
  if ((draft.cue.confidence ?? 0) >= MODEL_CUE_CONFIDENCE && (!actionVerbs().has(head) || (ATTACK_VERBS.has(head) && namedPersonObject(scene, draft)))) return true;
  const first = scene.text.slice(draft.content[0]![0], draft.content[0]![1]).split(/\s+/)[0]!.toLowerCase();
  return CONTENT_OPENERS.has(first);
}

/** Verbs of the action lexicon that politics also uses for words: "attacked Trump", "hits Clinton". */
const ATTACK_VERBS = new Set(['attack', 'attacks', 'attacked', 'attacking', 'hit', 'hits', 'hitting']);

/**
 * "Clinton attacked Trump, saying ...", "also attacked billionaire Donald Trump, with whom ...": the
 * object of an attack verb is a name that ends its noun phrase (at most three words before it), so a
 * person or party was attacked in words, not a place or a thing by force ("attacked Kharkiv" is a
 * place name too, but a model cue needs the model sure of it; "attacked Zelensky's convoy" and "hit
 * Trump supporters" go on past the name).
 */
function namedPersonObject(scene: QuoteScene, draft: Draft): boolean {
  const { tokens } = scene;
  let k = draft.cue.to;
  while (k < tokens.length && tokens[k]!.start < draft.content[0]![0]) k++;
  let words = 0;
  while (k < tokens.length && words < 3 && /^\p{Ll}/u.test(tokens[k]!.text) && /^(JJ|NN|NNS)$/.test(tokens[k]!.pos ?? '')) {
    k++;
    words++;
  }
  const nameStart = k;
  while (k < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && /^(NNP|NNPS|NN)$/.test(tokens[k]!.pos ?? '')) k++;
  if (k === nameStart || placeName(scene, nameStart, k)) return false;
  const next = tokens[k];
  return !next || !(/^(POS|NN|NNS|NNP|NNPS)$/.test(next.pos ?? '') || isPossessiveS(next.text));
}

/** Whether tokens `[from, to)` are a place the lexicons know (a nation or gazetteer place). */
function placeName(scene: QuoteScene, from: number, to: number): boolean {
  const name = scene.tokens.slice(from, to).map((t) => t.text).join(' ').toLowerCase();
  places ??= new Set([...loadLexicon('nations').entries, ...loadLexicon('places').entries].flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  return places.has(name);
}

let places: Set<string> | undefined;
