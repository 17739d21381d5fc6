/**
 * A toll given by a named subject in the outlet's words: "Police initially put the number of dead at
 * nine", "The ministry gave the number of wounded as 27", "Rescuers estimated the dead at about 30".
 * The subject of the verb (lexicon `toll-setting-verbs`) claims the figure, not the outlet.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { CasualtyKind, Claimant } from '../../model/layers/events.js';
import { type EventScene, covering, firstInside, phraseBefore } from './event-scene.js';
import { eventLexicons } from './lexicons.js';
import { TermMatcher } from './match-terms.js';

interface TollVerbEntry extends LexiconEntry {
  preposition: string[];
}

let verbs: TermMatcher<TollVerbEntry> | undefined;

/** Words between a subject and its verb ("Police initially put", "officials had estimated"). */
const BETWEEN = /^(?:initially|originally|first|later|earlier|now|previously|also|had|have|has|on|then)$/;
/** Subjects that name no one: a pronoun is left to the outlet. */
const NO_ONE = /^(?:it|they|he|she|we|i|you|this|that|these|those|some|others|which|who)$/;
/** Leading words a claimant's name does without. */
const LEADING = new Set(['the', 'a', 'an']);

/** A toll set by a subject: the total's kind and lexicon id, its first token, and who sets it. */
export interface SetToll {
  kind: CasualtyKind;
  id: string;
  start: number;
  claimant: Claimant;
}

/** The toll before the figure at `figureStart` and the subject that gives it, if a toll-setting verb does. */
export function tollSetBy(scene: EventScene, figureStart: number): SetToll | undefined {
  const w = scene.words;
  const s = scene.sentence[figureStart];
  const prep = figureStart - 1;
  if (w[prep] !== 'at' && w[prep] !== 'as') return undefined;
  const lex = eventLexicons();
  verbs ??= new TermMatcher(loadLexicon<TollVerbEntry>('toll-setting-verbs').entries);
  // The total: a toll ("the number of dead", "the death toll") or "the dead", "the wounded".
  // The longest total first: "the death toll", not "toll".
  let from = prep - 1;
  while (from > 1 && prep - from < 6 && scene.sentence[from - 1] === s) from--;
  for (let k = from; k < prep; k++) {
    const toll = lex.casualtyTolls.matchAt(w, k, prep);
    const total = toll?.end === prep ? toll : w[k - 1] === 'the' ? lex.casualtiesAfter.matchAt(w, k, prep) : undefined;
    if (!total || total.end !== prep) continue;
    let v = k - 1;
    while (v >= 0 && (w[v] === 'the' || w[v] === 'its' || w[v] === 'their')) v--;
    if (v < 0 || scene.sentence[v] !== s) return undefined;
    const verb = verbs.findAll(w, v, v + 1)[0];
    if (!verb || !verb.entry.preposition.includes(w[prep]!)) return undefined;
    let end = v;
    while (end > 0 && scene.sentence[end - 1] === s && BETWEEN.test(w[end - 1]!)) end--;
    const subject = phraseBefore(scene, end, 6);
    if (!subject) return undefined;
    let [a, b] = subject;
    // "By Tuesday morning the provincial health department put ...": the subject starts after its last determiner.
    for (let d = b - 1; d > a; d--) if (LEADING.has(w[d]!)) {
      a = d;
      break;
    }
    while (a < b && LEADING.has(w[a]!)) a++;
    if (a === b || (b - a === 1 && NO_ONE.test(w[a]!))) return undefined;
    // A name the phrase cuts short ("the International Committee of the Red Cross") is read whole.
    const named = covering(scene.doc.layers.mentions, scene.tokens[b - 1]!.start, scene.tokens[b - 1]!.end);
    if (named && named.start < scene.tokens[a]!.start && scene.sentence[scene.tokenOf(named.start)] === s) a = scene.tokenOf(named.start);
    const span = scene.span(a, b);
    const claimant: Claimant = { kind: 'source', name: span.text };
    const mention = named ?? firstInside(scene.doc.layers.mentions, span.start, span.end);
    if (mention?.entity) claimant.entity = mention.entity;
    return { kind: total.entry.kind, id: total.entry.id, start: k, claimant };
  }
  return undefined;
}
