/**
 * The source of a cue that has no subject of its own: a participle after the main clause ("Clinton
 * went on TV, arguing that ..."), an infinitive or gerund governed by another verb ("Stumpf refused to
 * admit that ...", "She started off by emphasizing ..."), or a verb coordinated with an earlier one
 * ("Trump flew to Ohio and called for ..."). The speaker is the subject of the nearest finite verb
 * before the cue in its sentence, as PolNeAR marks it.
 */
import type { CueCandidate } from './find-cues.js';
import { findSourceBefore, type TokenRange } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { lowerWord } from './word-classes.js';

/** Tags of words that never make a source on their own ("to", "off by", "however"). */
const FUNCTION_TAGS = new Set(['IN', 'TO', 'RB', 'RBR', 'RBS', 'CC', 'RP', ',', 'WRB', ':']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const COORDINATORS = new Set(['and', 'but', 'yet', 'or']);
/** What may stand right before a cue whose subject is elsewhere. */
const LINKS = new Set([',', 'to', 'and', 'but', 'yet', 'by', 'for', 'from', 'after', 'before', 'while', 'without', 'in', 'on']);

/** Whether `range` holds only function words: a misread, no source. */
export function isFunctionWords(scene: QuoteScene, range: TokenRange): boolean {
  for (let t = range[0]; t < range[1]; t++) if (!FUNCTION_TAGS.has(scene.tokens[t]!.pos ?? '')) return false;
  return true;
}

/**
 * The subject of the verb governing `cue` in the sentence starting at token `from`, when the cue is
 * a participle, infinitive, gerund or second conjunct; else undefined.
 */
export function findGoverningSource(scene: QuoteScene, cue: CueCandidate, from: number): TokenRange | undefined {
  const { tokens } = scene;
  const head = tokens[cue.head]!;
  const before = cue.from > from ? lowerWord(tokens[cue.from - 1]!) : '';
  const first = lowerWord(tokens[cue.from]!);
  const nonFinite = head.pos === 'VBG' || head.pos === 'VB' || first === 'to';
  if (!(nonFinite && (LINKS.has(before) || first === 'to')) && !(COORDINATORS.has(before) && (FINITE.has(head.pos ?? '') || head.pos === 'NNS'))) return undefined;
  for (let k = cue.from - 1; k >= from; k--) {
    if (scene.insideQuote[k]! >= 0 || !FINITE.has(tokens[k]!.pos ?? '')) continue;
    // The verb group's start: auxiliaries and adverbs before it belong to it.
    let start = k;
    while (start > from && /^(MD|VB[DPZ]?|RB)$/.test(tokens[start - 1]!.pos ?? '') && tokens[start - 1]!.text !== ',') start--;
    const source = findSourceBefore(scene, start, from);
    return source && !isFunctionWords(scene, source) ? source : undefined;
  }
  return undefined;
}
