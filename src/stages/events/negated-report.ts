/**
 * A source's negated account of an event, read as a denial: "The army said it had not carried out any
 * strikes in the area", "said no Russian strike hit the hospital". The negation must govern the
 * mention itself (the verb that carries it out, or "no" before it) inside the quote's content; a
 * negation elsewhere in the quote ("did not say how many died in the shelling", "it was not the first
 * time the market was shelled") denies nothing. Negated verb triggers ("did not shell") and "no" right
 * before a noun trigger never become mentions (find-triggers), so they are not read here.
 */
import type { Quote } from '../../model/layers/quotes.js';
import type { Span } from '../../model/span.js';
import type { EventScene } from './event-scene.js';
import { ownSideSubjectEndsAt } from './own-side-subject.js';

/** Verbs whose object is the event they carry out ("carried out strikes", "launched an attack"). */
const CARRY_OUT = /^(?:carr(?:y|ies|ied|ying)|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|mount(?:s|ed|ing)?|stag(?:e|es|ed|ing)|perform(?:s|ed|ing)?)$/;
const NEGATION = /^(?:not|n't|never)$/;
/** Words between a carrying-out verb and its event noun ("any", "an air", "such"). */
const OBJECT_FILLER = /^(?:DT|JJ[RS]?|NNPS?|CD|PRP\$)$/;
/** Words between the negation and the verb ("not yet carried out", "never once launched"). */
const ADVERB = /^RB[RS]?$/;
/** "not only carried out strikes but also ...": the negation adds, it does not deny. */
const NOT_ONLY = /^(?:only|just|merely|simply)$/;
/** Modifiers between "no" and the event noun ("no Russian strike", "no such attack"). */
const NOUN_MODIFIER = /^(?:JJ[RS]?|NNPS?|NN)$/;

export interface NegatedReport {
  /** The negation that denies ("not", "never", "no"). */
  cue: Span;
  /** The speaker denies its own act ("it had not carried out"): about who did it, as "denied carrying out". */
  own: boolean;
}

/** The negation that denies the mention at tokens `[from, …)`, inside `quote`'s content, if any. */
export function negatedReport(scene: EventScene, quote: Quote, from: number): NegatedReport | undefined {
  const start = scene.tokens[from]!.start;
  const span = quote.content.find((c) => c.start <= start && start < c.end);
  if (!span) return undefined;
  const inside = (i: number): boolean => i >= 0 && scene.sentence[i] === scene.sentence[from] && scene.tokens[i]!.start >= span.start;
  const pos = (i: number): string => scene.tokens[i]!.pos ?? '';
  let i = from - 1;
  // "no Russian strike hit ...": "no" governs the noun it opens.
  let k = i;
  while (inside(k) && from - k <= 2 && NOUN_MODIFIER.test(pos(k)) && scene.words[k] !== 'no') k--;
  if (inside(k) && scene.words[k] === 'no') return { cue: scene.span(k, k + 1), own: false };
  // "had not carried out any strikes": the negated verb carries out the event.
  while (inside(i) && from - i <= 3 && OBJECT_FILLER.test(pos(i)) && scene.words[i] !== 'no') i--;
  if (inside(i) && scene.words[i] === 'out') i--;
  if (!inside(i) || !CARRY_OUT.test(scene.words[i]!)) return undefined;
  i--;
  while (inside(i) && ADVERB.test(pos(i)) && !NEGATION.test(scene.words[i]!) && !NOT_ONLY.test(scene.words[i]!)) i--;
  if (!inside(i) || !NEGATION.test(scene.words[i]!)) return undefined;
  const negation = i;
  // The subject before the auxiliary: "it had not", "its forces did not".
  let s = negation - 1;
  while (inside(s) && /^(?:had|has|have|did|do|does|was|were|is|are)$/.test(scene.words[s]!)) s--;
  const own = ownSideSubjectEndsAt(scene, s, inside);
  return { cue: scene.span(negation, negation + 1), own };
}
