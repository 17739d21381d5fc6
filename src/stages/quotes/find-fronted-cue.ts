/**
 * A cue that opens its sentence, with the speaker right after it and the content after a colon or a
 * quotation: "Said Peskov: “The talks are over.”", "Added the minister, who spoke after the vote:
 * ...". The relative clause describes the speaker but is not the source, and what was said is on the
 * far side of it, never the speaker's name.
 */
import { newDraft, type Draft } from './draft.js';
import { findContentAfter } from './find-content.js';
import type { CueCandidate } from './find-cues.js';
import { findSourceAfter } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
// A fronted verb takes a noun-phrase speaker only ("Said Peskov:"): no pronoun, no number, unlike a trailing one.
import { NOUN_SPEAKER_START, SENTENCE_END } from './word-classes.js';

/** How far the content's opening (colon or quotation) may stand from the cue: the source and its aside. */
const MAX_REACH = 30;

/** The draft for a sentence-initial verb cue followed by its speaker and then the content, else undefined. */
export function frontedCue(scene: QuoteScene, cue: CueCandidate, from: number, to: number): Draft | undefined {
  const { tokens } = scene;
  if (cue.role !== 'verb' || cue.from !== from || cue.to >= to || !NOUN_SPEAKER_START.test(tokens[cue.to]!.pos ?? '')) return undefined;
  // The content opens at a colon or a quotation after the speaker (and any aside about the speaker).
  let open = -1;
  for (let k = cue.to + 1; k < to && k - cue.to <= MAX_REACH; k++) {
    const w = tokens[k]!.text;
    if (SENTENCE_END.has(w)) return undefined;
    if (w === ':' || scene.opensAt.has(k)) {
      open = k;
      break;
    }
  }
  if (open < 0) return undefined;
  const source = findSourceAfter(scene, cue.to, open);
  if (!source) return undefined;
  const content = findContentAfter(scene, cue.head, tokens[open]!.text === ':' && !scene.opensAt.has(open + 1) ? open + 1 : open, to, to);
  if (!content) return undefined;
  return newDraft(cue, [[content.start, content.end]], source, content.direct, content.quoted, 'after');
}
