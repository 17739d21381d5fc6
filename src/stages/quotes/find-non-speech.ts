/**
 * A reporting verb that reports nothing: a reporter's whereabouts ("Lerer reported from Los Angeles",
 * "reports live from the field"). The cue has no content there; the stage drops such drafts. Held-out
 * train (140 articles, model trained without them): cue overlap F1 0.7884 -> 0.7890, content 0.8353 ->
 * 0.8359, attribution 0.7511 -> 0.7517. Not dropped, because PolNeAR annotates them and every figure
 * fell: "known as ISIS" (content 0.8359 -> 0.8352), "did not respond to requests for comment"
 * (attribution 0.7517 -> 0.7503).
 * A naming participle after an indefinite noun ("a group called Color of Change") names, it does not
 * report: held-out train (/tmp/cuemodel/final/evh.sh), cue overlap F1 0.8006 -> 0.8013 (P 0.8617 ->
 * 0.8633, 5 fewer cues, none gold), content 0.8472 -> 0.8479, attribution 0.7514 -> 0.7520, source
 * 0.7854 -> 0.7852. PolNeAR train gold marks 8 of 50 such participles, mostly titles of works
 * ("a play called “...”"); the other 42 are names.
 */
import type { Draft } from './attach-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { lowerAt, lowerAtOr } from './word-classes.js';
import { APPOSITIVE_NOUNS } from './find-content.js';

const REPORT = new Set(['report', 'reports', 'reported', 'reporting']);
const NAMING = new Set(['called', 'named', 'dubbed']);
/** Words inside an indefinite noun phrase between its article and its head noun ("a civil rights advocacy group"). */
const NOUN_PHRASE_TAGS = /^(JJ|JJR|JJS|NN|NNS|NNP|VBG|VBN|CD|HYPH)$/;

/** Whether the draft's cue, with the words right after it, reports nothing. */
export function reportsNothing(scene: QuoteScene, draft: Draft): boolean {
  return fromSomewhere(scene, draft) || namesOnly(scene, draft);
}

/**
 * A naming participle after an indefinite noun ("a group called Color of Change", "an entrepreneur named
 * Donald Trump") gives a name, not words anyone said. A finite "called" has a subject instead ("the
 * campaign called the report a rush to judgment", "he called Trump a psychopath"): the article before
 * the noun is what tells them apart.
 */
function namesOnly(scene: QuoteScene, draft: Draft): boolean {
  const { tokens } = scene;
  const head = draft.cue.head;
  if (draft.cue.from !== head || !NAMING.has(lowerAt(tokens, head))) return false;
  const noun = tokens[head - 1];
  if (!noun || !/^NNS?$/.test(noun.pos ?? '')) return false;
  for (let k = head - 2; k >= Math.max(0, head - 7); k--) {
    const w = lowerAt(tokens, k);
    // ", a figure Ukrainian officials called “pure fiction”": the outlet's appositive, then the speaker.
    if (w === 'a' || w === 'an') return !appositiveBefore(tokens, k + 1, head - 1);
    if (!NOUN_PHRASE_TAGS.test(tokens[k]!.pos ?? '')) return false;
  }
  return false;
}

/** Whether an appositive noun ("figure", "claim": find-content's APPOSITIVE_NOUNS) stands in tokens `[from, to)`. */
function appositiveBefore(tokens: QuoteScene['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (APPOSITIVE_NOUNS.has(lowerAt(tokens, k))) return true;
  return false;
}

/** A reporter's whereabouts: "reported from Los Angeles". */
function fromSomewhere(scene: QuoteScene, draft: Draft): boolean {
  const { tokens } = scene;
  if (!REPORT.has(lowerAt(tokens, draft.cue.head))) return false;
  const next = (i: number): string => lowerAtOr(tokens, draft.cue.to + i, draft.cue.head);
  if (next(0) !== 'from' && !(next(0) === 'live' && next(1) === 'from')) return false;
  // "reported from Kyiv that ...", "reported from the front: ...": a place, then what was reported.
  for (let t = draft.cue.to; t < Math.min(tokens.length, draft.cue.to + 10); t++) {
    const w = lowerAt(tokens, t);
    if (w === 'that' || w === ':' || scene.opensAt.has(t)) return false;
    if (w === '.') break;
  }
  return true;
}
