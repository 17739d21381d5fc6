/**
 * Where a cue's content ends because a later attribution of the sentence starts: a relative clause
 * with its own cue ("— 38 percent — who said they could change their minds", "an interview, in which
 * he says ..."), an adverbial clause ("after the Associated Press reports ..."), or a coordinated
 * clause after a quotation that closed on a comma ('..., ” and he said he hoped ...'), a subordinate
 * participle ("when asked whether"), a new subject after a comma ("Noting that ..., Tester added:"). The later cue
 * then stands on its own instead of nesting in this content (PolNeAR annotates both).
 */
import type { CueCandidate } from './find-cues.js';
import { findSourceBefore } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { CLOSING_MARKS, lowerWord } from './word-classes.js';

const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
/** Subordinators that open the outlet's adverbial clause around another attribution. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas']);
const BREAKS = new Set([',', '—', '–', '--', '-', '(', ';']);

/** Token index the content of `cues[c]` stops at, or undefined when no later attribution cuts it. */
export function stopBeforeLaterAttribution(scene: QuoteScene, cues: readonly CueCandidate[], c: number): number | undefined {
  const { tokens } = scene;
  const cue = cues[c]!;
  for (let d = c + 1; d < cues.length; d++) {
    const later = cues[d]!;
    // Speech only: "a nominee who is expected to ...", "those who believe ..." describe the noun, not a new statement.
    if (later.role !== 'verb' || later.entry === 'model' || later.kind !== 'speech') continue;
    // "said, “We'll see,” when asked whether ...": a subordinate clause with a participle cue.
    const lead = lowerWord(tokens[later.from - 1]!);
    if (later.from - 1 > cue.to + 1 && SUBORDINATORS.has(lead) && (tokens[later.head]!.pos === 'VBN' || tokens[later.head]!.pos === 'VBD') && later.from === later.head) {
      let stop = later.from - 1;
      while (stop > cue.to && (BREAKS.has(tokens[stop - 1]!.text) || CLOSING_MARKS.has(tokens[stop - 1]!.text))) stop--;
      // A closing mark ends a quotation that belongs to the content.
      if (CLOSING_MARKS.has(tokens[later.from - 2]!.text)) stop = later.from - 1;
      if (stop > cue.to + 1) return stop;
    }
    const subject = findSourceBefore(scene, later.from, cue.to);
    if (!subject || subject[0] <= cue.to) continue;
    const s0 = subject[0];
    const before = lowerWord(tokens[s0 - 1]!);
    let stop = -1;
    if (subject[1] - s0 === 1 && RELATIVES.has(lowerWord(tokens[s0]!))) stop = s0;
    else if (RELATIVES.has(before)) stop = s0 - 1;
    else if (SUBORDINATORS.has(before)) stop = s0 - 1;
    else if ((before === 'and' || before === 'but') && CLOSING_MARKS.has(tokens[s0 - 2]?.text ?? '') && tokens[s0 - 3]?.text === ',') stop = s0 - 1;
    // "Noting that ..., Tester added:": a later speech cue with its own subject after a comma.
    else if (before === ',' && !scene.closesAt.has(s0 - 2)) stop = s0 - 1;
    if (stop < 0) continue;
    // "an interview, in which": the preposition and the comma go with the relative clause.
    if (stop > cue.to && tokens[stop - 1]!.pos === 'IN' && RELATIVES.has(lowerWord(tokens[stop]!))) stop--;
    while (stop > cue.to && BREAKS.has(tokens[stop - 1]!.text)) stop--;
    if (stop > cue.to + 1) return stop;
  }
  return undefined;
}
