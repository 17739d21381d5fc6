/**
 * The agent of a passive cue is its source: "When asked by a reporter whether ...", "was told by
 * officials that ...". The "by" phrase is neither cue nor content; what was asked or told follows it.
 * Without an agent, a passive's subject is what was said, not who said it: "The crowd was estimated at
 * 6,000", "Putin is believed to have ordered it" name no speaker.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { AttitudeEntry } from './cue-lexicon.js';
import type { CueCandidate } from './find-cues.js';
import type { TokenRange } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { CLAUSE_BOUNDARIES, COMPLEMENTISERS, SENTENCE_END, lowerAt, lowerAtOr } from './word-classes.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

const MAX_AGENT = 10;
/**
 * Prepositions that open what was asked or said after the agent ("asked by reporters about the strike",
 * "described by the governor as an act of terror", "criticized by the unions over the cuts").
 */
const CONTENT_PREPOSITIONS = new Set(['about', 'on', 'for', 'of', 'as', 'over']);

/** The agent after a passive verb cue ("asked by a reporter"), ending before the content or the sentence end; else undefined. */
export function findPassiveAgent(scene: QuoteScene, cue: CueCandidate, to: number): TokenRange | undefined {
  const { tokens } = scene;
  if (cue.role !== 'verb' || tokens[cue.head]!.pos !== 'VBN' || lowerAtOr(tokens, cue.to, cue.head) !== 'by') return undefined;
  const from = cue.to + 1;
  let k = from;
  while (k < to && k - from < MAX_AGENT) {
    const t = tokens[k]!;
    const w = lowerAt(tokens, k);
    if (k > from && (COMPLEMENTISERS.has(w) || CONTENT_PREPOSITIONS.has(w) || scene.opensAt.has(k) || (w === 'at' && figureFollows(scene, k + 1, to)))) break;
    // At the sentence end the agent closes it ("The plan was criticized by the union."): the subject is the content.
    if (SENTENCE_END.has(t.text) && k === to - 1) break;
    // A possessive apostrophe ("the dockers' union") is no boundary; a quotation mark is.
    const possessive = (w === "'" || w === '’') && !scene.opensAt.has(k) && !scene.closesAt.has(k);
    if (t.text === ',' || t.text === ':' || SENTENCE_END.has(t.text) || (CLAUSE_BOUNDARIES.has(w) && w !== 'and' && !possessive)) return undefined;
    k++;
  }
  return k > from && k - from < MAX_AGENT ? [from, k] : undefined;
}

/** "estimated by police at about 6,000": a number within the next three tokens makes "at" open the figure, not a place in the agent. */
function figureFollows(scene: QuoteScene, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) if (scene.tokens[k]!.pos === 'CD') return true;
  return false;
}

/** "is said", "was reported", "seems": the subject before such a cue may be an empty "it". */
export function isPassive(scene: QuoteScene, cue: CueCandidate): boolean {
  const head = lowerAt(scene.tokens, cue.head);
  if (RAISING.has(head)) return true;
  return isBePassive(scene, cue, true);
}

/**
 * A be-auxiliary before a past form: the tagger sometimes calls "is said" VBZ VBD. A clitic "'s" may
 * also be "has" ("he's sought", "who's called for"): it counts only where `clitic` says so.
 */
function isBePassive(scene: QuoteScene, cue: CueCandidate, clitic: boolean): boolean {
  if (!/^VB[ND]$/.test(scene.tokens[cue.head]!.pos ?? '')) return false;
  for (let t = cue.from; t < cue.head; t++) {
    const w = lowerAt(scene.tokens, t);
    if (BE.has(w) && (clitic || !CLITIC_S.has(w))) return true;
  }
  return false;
}

const CLITIC_S = new Set(["'s", '’s']);

/**
 * A passive cue with no "by" agent ("The crowd was later estimated at 6,000", "Residents were told
 * that ...", "Putin is believed to have ..."): its subject is part of what was said (PolNeAR puts it in
 * the content and marks no source), and the speaker is not in the sentence. Not an adjective of feeling
 * or belief (attitude-cues: "Officials were worried that", "The mayor is convinced"), whose subject
 * holds the attitude, nor a subject heard or quoted saying something ("was quoted as saying", "was
 * heard saying", "was prompted to say"), who is the speaker. Only a cue some lexicon knows: a participle
 * the cue model alone proposed ("were incensed that") is as often a feeling as a deed.
 */
export function isAgentlessPassive(scene: QuoteScene, cue: CueCandidate, to: number): boolean {
  const { tokens } = scene;
  if (cue.role !== 'verb' || !isBePassive(scene, cue, false) || findPassiveAgent(scene, cue, to)) return false;
  if (cue.kind === undefined || attitudeAdjectives().has(lowerAt(tokens, cue.head))) return false;
  const next = cue.to < to ? lowerAt(tokens, cue.to) : '';
  const after = cue.to + 1 < to ? lowerAt(tokens, cue.to + 1) : '';
  return !(next === 'saying' || (next === 'as' && after === 'saying') || (next === 'to' && after === 'say'));
}

let adjectives: Set<string> | undefined;
/** Words attitude-cues lists as adjectives ("worried" is a verb there too: the adjective reading wins after "be"). */
function attitudeAdjectives(): Set<string> {
  adjectives ??= new Set(loadLexicon<AttitudeEntry>('attitude-cues').entries.filter((e) => e.pos === 'adjective').flatMap((e) => e.terms));
  return adjectives;
}
