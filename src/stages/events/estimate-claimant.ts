/**
 * The subject of an estimate verb is the claimant of the figure it gives: "Police initially put the
 * number of dead at nine", "The ministry gave the number of wounded as 27", "Organisers put the crowd
 * at more than 20,000", "police estimated it at about 8,000". One rule for casualty tolls
 * (toll-setter.ts) and crowd sizes (find-crowd-sizes.ts). The verbs are the lexicon `estimate-verbs`;
 * the words between a subject and its verb, and the subjects that name no one, the lexicon
 * `estimate-subject-words` with the personal pronouns of the lexicon `pronouns`.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { Claimant } from '../../model/layers/events.js';
import { type EventScene, covering, firstInside, phraseBefore } from './event-scene.js';

/** An estimate verb, with the words that may introduce its figure ("at", "as"). */
export interface EstimateVerbEntry extends LexiconEntry {
  preposition: string[];
}

interface SubjectWordEntry extends LexiconEntry {
  role: 'between' | 'no-one';
}

interface EstimateWords {
  verbs: Map<string, EstimateVerbEntry>;
  between: Set<string>;
  noOne: Set<string>;
}

let words: EstimateWords | undefined;

function estimateWords(): EstimateWords {
  if (words) return words;
  const verbs = new Map<string, EstimateVerbEntry>();
  for (const e of loadLexicon<EstimateVerbEntry>('estimate-verbs').entries) for (const t of e.terms) verbs.set(t, e);
  const between = new Set<string>();
  const noOne = new Set<string>();
  for (const e of loadLexicon<SubjectWordEntry>('estimate-subject-words').entries) for (const t of e.terms) (e.role === 'between' ? between : noOne).add(t);
  for (const e of loadLexicon('pronouns').entries) for (const t of e.terms) noOne.add(t);
  return (words = { verbs, between, noOne });
}

/** Leading words a claimant's name does without. */
const LEADING = new Set(['the', 'a', 'an']);
/** Auxiliaries that make the verb passive: its subject is what was estimated, not who estimated it. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** How many tokens a subject may have. */
const MAX_SUBJECT = 6;

/** The estimate verb at token `i`, when it is one that may introduce its figure with `preposition`. */
export function estimateVerbAt(scene: EventScene, i: number, preposition: string): EstimateVerbEntry | undefined {
  const verb = estimateWords().verbs.get(scene.words[i] ?? '');
  return verb?.preposition.includes(preposition) ? verb : undefined;
}

/**
 * The claimant the subject of the estimate verb at token `verb` names, entity-linked when a mention
 * covers it; undefined when the verb is passive ("the crowd was estimated at"), has no subject before
 * it in its sentence, or the subject names no one ("They put the toll at 12").
 */
export function estimateClaimant(scene: EventScene, verb: number): Claimant | undefined {
  const w = scene.words;
  const s = scene.sentence[verb];
  const { between, noOne } = estimateWords();
  let end = verb;
  while (end > 0 && scene.sentence[end - 1] === s && between.has(w[end - 1]!)) end--;
  if (PASSIVE.has(w[end - 1] ?? '')) return undefined;
  const subject = phraseBefore(scene, end, MAX_SUBJECT);
  if (!subject) return undefined;
  let [a, b] = subject;
  // "By Tuesday morning the provincial health department put ...": the subject starts after its last determiner.
  for (let d = b - 1; d > a; d--) if (LEADING.has(w[d]!)) {
    a = d;
    break;
  }
  while (a < b && LEADING.has(w[a]!)) a++;
  if (a === b || (b - a === 1 && noOne.has(w[a]!))) return undefined;
  // A name the phrase cuts short ("the International Committee of the Red Cross") is read whole.
  const named = covering(scene.doc.layers.mentions, scene.tokens[b - 1]!.start, scene.tokens[b - 1]!.end);
  if (named && named.start < scene.tokens[a]!.start && scene.sentence[scene.tokenOf(named.start)] === s) a = scene.tokenOf(named.start);
  const span = scene.span(a, b);
  const claimant: Claimant = { kind: 'source', name: span.text };
  const mention = named ?? firstInside(scene.doc.layers.mentions, span.start, span.end);
  if (mention?.entity) claimant.entity = mention.entity;
  return claimant;
}
