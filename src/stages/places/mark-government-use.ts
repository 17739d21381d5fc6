/**
 * A capital standing for its government ("Kiev insists", "Moscow could deploy", "used by Kiev",
 * "Moscow's recognition"): a fallback for capitals the entities stage did not mark. Only national
 * capitals (GeoNames PPLC) qualify; a locative cue ("in Kiev", "to Moscow") always means the city. Two
 * capitals joined by "and" act together ("Kyiv and Moscow give different tolls").
 */
import type { Document } from '../../model/document.js';
import type { GazetteerPlace } from './gazetteer.js';

const ACTS = new Set('said says say insists insisted insist denied denies deny claims claimed claim accused accuses accuse has have had could would will wants wanted demanded demands refused refuses rejected rejects warned warns urged urges announced announces agreed agrees plans planned hopes hoped must should may might recognised recognized responded respond give gives gave traded trade trades exchanged swapped blamed blames threatened threatens called calls believes believed continues continued retaliated backs backed supports supported sent sends imposed expelled considers considered signed vowed pledged condemned condemns welcomed sought seeks argues argued maintains maintained'.split(' '));
const AGENT_BEFORE = /\b(?:by|against|lashed out at|accused|blamed|urged|warned|pressed|criticised|criticized|condemned|told)\s+$/i;
const LOCATIVES = 'in|near|to|into|from|outside|around|across|through|toward|towards|via|inside|within|at|over|of|visit|visited|reached|entered|left|leaving|fled|shelled|struck|hit';
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${LOCATIVES})\\s+$`, 'i');
/**
 * "in Kyiv and Moscow": the second of two names after a locative is a place too. The first name is
 * matched apart, without the locatives' `i` flag: under `iu`, `\p{Lu}` matches lower-case letters as
 * well, and "in talks and Moscow insists" read as a pair of places.
 */
const NAME_AND_BEFORE = /(?<!\p{L})\p{Lu}[\p{L}-]+\s+and\s+$/u;
const NEXT_WORD = /^\s+([a-z]+)/;
/** "Kyiv and Moscow give different tolls": the word after a second capitalised name joined by "and". */
const AFTER_PAIR = /^\s+and\s+\p{Lu}[\p{L}-]+\s+([a-z]+)/u;
const POSSESSIVE_ACT = /^['’]s\s+(?:eventual\s+|formal\s+|official\s+)?(?:recognition|decision|position|support|demands?|policy|offensive|claims?|refusal|response|stance|aggression|invasion|plans?|efforts?|insistence|denial|approach|proposal|request|warning|ultimatum|annexation|objections?)\b/i;

/** Whether the capital at [start, end) stands for its government rather than the city. */
export function isGovernmentUse(doc: Document, start: number, end: number, place: GazetteerPlace): boolean {
  if (place.featureType !== 'P.PPLC') return false;
  const text = doc.text;
  const before = text.slice(Math.max(0, start - 24), start);
  if (AGENT_BEFORE.test(before)) return true;
  if (LOCATIVE_BEFORE.test(before) || afterLocativePair(text, start)) return false;
  const after = text.slice(end, end + 60);
  if (POSSESSIVE_ACT.test(after)) return true;
  const next = (AFTER_PAIR.exec(after) ?? NEXT_WORD.exec(after))?.[1];
  return next !== undefined && ACTS.has(next);
}

/** Whether the name at `start` is the second of "<locative> <Name> and": "in Kyiv and Moscow". */
function afterLocativePair(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const pair = NAME_AND_BEFORE.exec(before);
  return pair !== null && LOCATIVE_BEFORE.test(before.slice(0, pair.index));
}
