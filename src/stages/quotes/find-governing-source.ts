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
import { lowerAt } from './word-classes.js';

/** Tags of words that never make a source on their own ("to", "off by", "however"). */
const FUNCTION_TAGS = new Set(['IN', 'TO', 'RB', 'RBR', 'RBS', 'CC', 'RP', ',', 'WRB', ':']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const COORDINATORS = new Set(['and', 'but', 'yet', 'or']);
/** What may stand right before a cue whose subject is elsewhere. */
const LINKS = new Set([',', 'to', 'and', 'but', 'yet', 'by', 'for', 'from', 'after', 'before', 'while', 'without', 'in', 'on']);

/** Whether `range` holds only function words: a misread, no source. */
export function isFunctionWords(scene: QuoteScene, range: TokenRange): boolean {
  if (isDemonstrative(scene, range)) return false;
  for (let t = range[0]; t < range[1]; t++) if (!FUNCTION_TAGS.has(scene.tokens[t]!.pos ?? '')) return false;
  return true;
}

/** "That suggests ...", "This shows ...": a demonstrative subject (often tagged IN or DT) is a source. */
function isDemonstrative(scene: QuoteScene, range: TokenRange): boolean {
  const text = scene.tokens[range[0]]!.text;
  return range[1] - range[0] === 1 && (text === 'That' || text === 'This');
}

/** Tags that cannot end a noun phrase: "his list by saying", "devoted to criticizing", "rebound and praised". */
const DANGLING_TAGS = new Set(['IN', 'TO', 'CC']);
const OBJECT_TAGS = /^(NN|NNS|NNP|NNPS|PRP|DT|CD|JJ)$/;
/** Verbs whose object is the subject of the infinitive after it ("force Sanders to acknowledge"). */
const OBJECT_CONTROL = new Set(['force', 'forced', 'forces', 'forcing', 'lead', 'led', 'leads', 'leading', 'prompt', 'prompted', 'prompts', 'prompting', 'cause', 'caused', 'causes', 'push', 'pushed', 'pushing', 'press', 'pressed', 'pressing', 'urge', 'urged', 'urging', 'encourage', 'encouraged', 'ask', 'asked', 'allow', 'allowed', 'compel', 'compelled', 'drive', 'drove', 'driven', 'invite', 'invited', 'persuade', 'persuaded', 'convince', 'convinced', 'get', 'got']);

/** "force Sen. Sanders to": the noun phrase's first token after an object-control verb, before the dangling "to"; else -1. */
function controlledObject(scene: QuoteScene, range: TokenRange): number {
  let k = range[1] - 2;
  // The verb may stand inside the range (tagged as a noun) or just before it.
  while (k >= range[0] && OBJECT_TAGS.test(scene.tokens[k]!.pos ?? '') && !OBJECT_CONTROL.has(lowerAt(scene.tokens, k))) k--;
  return k >= 0 && k < range[1] - 2 && OBJECT_CONTROL.has(lowerAt(scene.tokens, k)) ? Math.max(range[0], k + 1) : -1;
}

/**
 * A source before `cue` that ends in a preposition or conjunction ("his list by saying", "force
 * Sanders to acknowledge") is the walk left from a non-finite cue, not its subject: the governing
 * verb's subject when there is one, else the range without its dangling words. Other sources as given.
 */
export function fixDanglingSource(scene: QuoteScene, cue: CueCandidate, from: number, range: TokenRange): TokenRange | undefined {
  const { tokens } = scene;
  if (range[1] > cue.from || !DANGLING_TAGS.has(tokens[range[1] - 1]!.pos ?? '') || isDemonstrative(scene, range)) return range;
  // "force Sanders to acknowledge", "led some to speculate": the object before "to" is the speaker.
  const object = tokens[range[1] - 1]!.pos === 'TO' ? controlledObject(scene, range) : -1;
  if (object >= 0) return [object, range[1] - 1];
  const governing = cue.role === 'verb' ? findGoverningSource(scene, cue, from) : undefined;
  if (governing) return governing;
  let end = range[1];
  while (end > range[0] && DANGLING_TAGS.has(tokens[end - 1]!.pos ?? '')) end--;
  return end > range[0] ? [range[0], end] : undefined;
}

/**
 * The subject of the verb governing `cue` in the sentence starting at token `from`, when the cue is
 * a participle, infinitive, gerund or second conjunct; else undefined.
 */
export function findGoverningSource(scene: QuoteScene, cue: CueCandidate, from: number): TokenRange | undefined {
  const { tokens } = scene;
  const head = tokens[cue.head]!;
  const before = cue.from > from ? lowerAt(tokens, cue.from - 1) : '';
  const first = lowerAt(tokens, cue.from);
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
