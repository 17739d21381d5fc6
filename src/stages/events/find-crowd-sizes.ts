/**
 * Finds crowd sizes, as conflict monitors record them per source: an estimate ("organisers put the
 * crowd at more than 20,000", "police estimated it at about 8,000", "the turnout was estimated at
 * 5,000"), a crowd of a number ("a crowd of some 3,000"), or a number of protesters ("thousands of
 * demonstrators", "10,000 people marched"). Each figure keeps its qualifier and its claimant: the
 * source quoted, else the subject of the estimate verb ("Organisers put ...", the rule casualty tolls
 * share: estimate-claimant.ts), else the outlet.
 */
import type { Claimant, CrowdSize } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { estimateClaimant, estimateVerbAt } from './estimate-claimant.js';
import type { Figure } from './read-figures.js';
import { voiceOf } from './attach-claimants.js';

/** A crowd size with the token range of its figure, for attaching it to an event. */
export interface FoundCrowd {
  size: CrowdSize;
  start: number;
}

/** Nouns whose size an estimate gives. */
const CROWD = new Set(['crowd', 'crowds', 'turnout', 'attendance', 'size', 'number', 'numbers', 'protesters', 'protestors', 'demonstrators', 'marchers', 'participants']);
/**
 * Words that stand for a crowd named before ("police estimated it at", "put the figure at"): pronouns,
 * and nouns for a count that say nothing of what was counted.
 */
const PRONOUN = new Set(['it', 'them', 'its', 'their', 'figure', 'total']);
/** People who make up a protest ("thousands of demonstrators"). */
const PARTICIPANTS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'participants', 'rally-goers', 'strikers']);
/** Verbs that make "people" a crowd ("10,000 people marched"). */
const JOINED = new Set(['marched', 'rallied', 'gathered', 'protested', 'demonstrated', 'joined', 'took', 'turned', 'massed', 'assembled']);
/** Small counts of protesters name those something happened to ("three protesters were charged"), not the crowd. */
const MIN_COUNT = 50;

function isSizeable(f: Figure): boolean {
  return f.qualifier === 'vague' || f.value >= MIN_COUNT;
}

/** Verbs that say a crowd gathered, whoever its people ("farmers rallied"). */
const GATHERED = new Set(['marched', 'rallied', 'gathered', 'protested', 'demonstrated', 'massed', 'assembled']);
/** How many words may come before an estimate verb that opens its sentence ("The local police"). */
const MAX_SUBJECT = 4;
/** Gatherings whose size "it" may stand for ("the rally ... police estimated it at"). */
const GATHERING = new Set(['rally', 'rallies', 'march', 'marches', 'protest', 'protests', 'demonstration', 'demonstrations', 'vigil', 'gathering']);

/**
 * Whether a crowd is named before token `v` in its sentence, or anywhere in the sentence before: a
 * crowd noun, protesters, a gathering, or people who marched (or rallied, gathered ...).
 */
function namesCrowd(scene: EventScene, v: number): boolean {
  const w = scene.words;
  const s = scene.sentence[v]!;
  let opening = v;
  while (opening > 0 && scene.sentence[opening - 1] === s) opening--;
  // The sentence before counts only when this one opens with the estimate ("Police estimated it"):
  // after a clause of its own ("The storm damaged the roof; officials estimated it") "it" is nearer.
  const from = v - opening <= MAX_SUBJECT ? s - 1 : s;
  for (let j = v - 1; j >= 0 && scene.sentence[j]! >= from; j--) {
    if (CROWD.has(w[j]!) || PARTICIPANTS.has(w[j]!) || GATHERING.has(w[j]!)) return true;
    if ((w[j] === 'people' && JOINED.has(w[j + 1] ?? '')) || GATHERED.has(w[j]!)) return true;
  }
  return false;
}

/** The estimate verb of a figure after "at" or "as" ("put the crowd at"), when its object is a crowd. */
function estimateBefore(scene: EventScene, f: Figure): number | undefined {
  const w = scene.words;
  const at = f.start - 1;
  if (w[at] !== 'at' && w[at] !== 'as') return undefined;
  for (let v = at - 1; v >= 0 && at - v <= 6 && scene.sentence[v] === scene.sentence[f.start]; v--) {
    if (!estimateVerbAt(scene, v, w[at]!)) continue;
    for (let k = v + 1; k < at; k++) {
      if (CROWD.has(w[k]!)) return v;
      // "it" stands for a crowd only when the sentence names one before the verb, or the sentence
      // before does ("Thousands of people marched ... . Police estimated it at about 8,000.").
      if (PRONOUN.has(w[k]!) && namesCrowd(scene, v)) return v;
    }
    // "the crowd was estimated at": the noun before a passive verb.
    for (let k = v - 1; k >= 0 && v - k <= 3 && scene.sentence[k] === scene.sentence[v]; k--) if (CROWD.has(w[k]!)) return v;
    return undefined;
  }
  return undefined;
}

/** The claimant of an estimate: the quoted source, else the subject of its verb, else the outlet. */
function claimantOf(scene: EventScene, f: Figure, verb: number | undefined): Claimant {
  // The figure's voice: the estimate verb may be the quote's cue, outside its content.
  const voice = voiceOf(scene, f.start, f.end);
  if (voice.claimant.kind === 'source' || verb === undefined) return voice.claimant;
  return estimateClaimant(scene, verb) ?? voice.claimant;
}

/** Verbs a group takes part in a protest with ("students who had blocked a bridge", "supporters gathered"). */
const TOOK_PART = new Set([...JOINED, 'blocked', 'occupied', 'picketed', 'besieged']);
const GROUP_WORD = /^(?:NNS?|NNPS?|JJ|DT|PRP\$|POS|HYPH)$/;

/**
 * "several thousand students who had blocked a main bridge", "about 400 supporters of a religious party
 * gathered": the figure counts a group (a plural noun phrase, "of" a party or a city allowed) that
 * gathered, marched or blocked. The token of the verb, or -1.
 */
function groupJoined(scene: EventScene, noun: number): number {
  const w = scene.words;
  const s = scene.sentence[noun];
  let t = noun;
  let plural = false;
  while (t < w.length && t - noun < 7 && scene.sentence[t] === s && (GROUP_WORD.test(scene.tokens[t]!.pos ?? '') || w[t] === 'of')) {
    if (/^NNP?S$/.test(scene.tokens[t]!.pos ?? '')) plural = true;
    t++;
  }
  if (!plural || t === noun) return -1;
  if (w[t] === 'who' || w[t] === 'that') t++;
  while (/^(?:had|have|has|were|also|then)$/.test(w[t] ?? '')) t++;
  return scene.sentence[t] === s && TOOK_PART.has(w[t] ?? '') ? t : -1;
}

/** Finds the crowd sizes of a document; `used` holds the first tokens of figures already read as casualties. */
export function findCrowdSizes(scene: EventScene, figures: readonly Figure[], used: ReadonlySet<number>): FoundCrowd[] {
  const w = scene.words;
  const found: FoundCrowd[] = [];
  for (const f of figures) {
    if (used.has(f.start)) continue;
    let from = -1;
    let to = f.end;
    let rule = '';
    const verb = estimateBefore(scene, f);
    if (verb !== undefined) [from, rule] = [verb, 'crowd:estimate'];
    else if (w[f.start - 1] === 'of' && (w[f.start - 2] === 'crowd' || w[f.start - 2] === 'crowds')) [from, rule] = [f.start - 2, 'crowd:crowd-of'];
    else if (isSizeable(f)) {
      const noun = w[f.end] === 'of' ? f.end + 1 : f.end;
      if (PARTICIPANTS.has(w[noun] ?? '')) [from, to, rule] = [f.start, noun + 1, 'crowd:participants'];
      else if (w[noun] === 'people' && JOINED.has(w[noun + 1] ?? '')) [from, to, rule] = [f.start, noun + 2, 'crowd:people-joined'];
      else {
        const verb = groupJoined(scene, noun);
        if (verb > 0) [from, to, rule] = [f.start, verb + 1, 'crowd:group-joined'];
      }
    }
    if (from < 0 || scene.sentence[to - 1] !== scene.sentence[f.start]) continue;
    const span = scene.span(from, to);
    const size: CrowdSize = { start: span.start, end: span.end, text: span.text, figure: scene.span(f.start, f.end), qualifier: f.qualifier, approximate: f.approximate, claimant: claimantOf(scene, f, verb), rule };
    if (f.low !== undefined) size.low = f.low;
    if (f.qualifier === 'exact' || f.qualifier === 'approximately') size.best = f.value;
    if (f.high !== undefined) size.high = f.high;
    // "more than 20,000 at its peak".
    if (w[f.end] === 'at' && (w[f.end + 1] === 'its' || w[f.end + 1] === 'the' || w[f.end + 1] === 'their') && w[f.end + 2] === 'peak') size.peak = true;
    found.push({ size, start: f.start });
  }
  return found;
}
