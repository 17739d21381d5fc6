/**
 * "Occupiers blame Ukraine for strike on market" over a lead that says "Russian-installed officials in
 * the occupied town said ...": a headline's speaker written as a bare group label (a plural noun, no
 * determiner) is the group its lead names with a cue, when the lead's content shares a noun with the
 * headline's (the same story, not "Protesters demand ..." over "Police said ..."). The headline speaker takes the lead speaker's
 * name and entity, resolved as a nominal, so an analyst sees who the label stands for.
 */
import type { Speaker } from '../../model/layers/quotes.js';
import type { Draft } from './attach-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { headlineAt } from './headline-lines.js';
import { lowerWord } from './word-classes.js';

/** Words of a bare label: a modifier or two before the plural noun ("Pro-Russian separatists"). */
const MAX_LABEL = 3;

/** Rewrites, in place, the speakers of headline quotes whose source is a bare group label. */
export function linkHeadlineSpeakers(scene: QuoteScene, drafts: readonly Draft[], speakers: Array<Speaker | undefined>): void {
  const { tokens, paragraphOf } = scene;
  let headlineEnd = 0;
  while (headlineEnd < tokens.length && paragraphOf[headlineEnd] === 0) headlineEnd++;
  if (headlineEnd === 0 || headlineEnd >= tokens.length || !headlineAt(scene, 0)) return;
  const leadParagraph = paragraphOf[headlineEnd]!;
  drafts.forEach((d, i) => {
    if (paragraphOf[d.cue.head] !== 0 || !d.source || !isBareLabel(scene, d.source) || speakers[i]?.entity !== undefined) return;
    // The lead's group says the same thing: its content shares a noun with the headline's ("market").
    const nouns = contentNouns(scene, d);
    const lead = drafts.findIndex((l, j) => paragraphOf[l.cue.head] === leadParagraph && l.source !== undefined && isGroup(scene, l.source, speakers[j]) && [...contentNouns(scene, l)].some((n) => nouns.has(n)));
    if (lead >= 0) speakers[i] = { ...speakers[lead]!, resolvedBy: 'nominal' };
  });
}

/** Lower-cased nouns of more than three letters in a draft's content. */
function contentNouns(scene: QuoteScene, draft: Draft): Set<string> {
  const nouns = new Set<string>();
  for (const [start, end] of draft.content) {
    for (const token of scene.tokens) {
      if (token.start >= end) break;
      if (token.start >= start && /^NN/.test(token.pos ?? '') && token.text.length > 3) nouns.add(lowerWord(token));
    }
  }
  return nouns;
}

/** "Occupiers", "Rebels", "Pro-Russian separatists": a plural noun with at most two modifiers, no determiner. */
function isBareLabel(scene: QuoteScene, [from, to]: [number, number]): boolean {
  const { tokens } = scene;
  if (to - from > MAX_LABEL || !/^(NNS|NNPS)$/.test(tokens[to - 1]!.pos ?? '')) return false;
  for (let t = from; t < to - 1; t++) if (!/^(JJ|NN|NNP)$/.test(tokens[t]!.pos ?? '')) return false;
  return true;
}

/** A source that names a group: a plural noun before any preposition ("officials in the town"), not a pronoun. */
function isGroup(scene: QuoteScene, [from, to]: [number, number], speaker: Speaker | undefined): boolean {
  if (!speaker || speaker.resolvedBy === 'pronoun' || speaker.resolvedBy === 'none') return false;
  const { tokens } = scene;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.text === ',' || (token.pos === 'IN' && lowerWord(token) !== 'of')) break;
    if (token.pos === 'NNS' || token.pos === 'NNPS') return true;
  }
  return false;
}
