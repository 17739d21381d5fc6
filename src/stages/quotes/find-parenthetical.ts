/**
 * A parenthetical attribution inside the content it reports: "CNN, Cruz said, called the announcement
 * significant" or "Prices, said the minister, will fall". PolNeAR marks the content as two pieces, the
 * words before and after the interruption; a lone opener before it ("But, Carson added, he ...") is
 * the outlet's connective and stays out.
 */
import { newDraft, type Draft } from './draft.js';
import { CITING } from './attach-cited-sources.js';
import { findContentAfter } from './find-content.js';
import type { CueCandidate } from './find-cues.js';
import { findSourceBefore } from './find-source.js';
import { cueLexicon } from './cue-lexicon.js';
import type { QuoteScene } from './quote-scene.js';
import { skipDateline } from './skip-adjuncts.js';
import { CLAUSE_BOUNDARIES, isFiniteTag, lowerAt } from './word-classes.js';

const MAX_INVERTED = 8;
/** Tags of a stretch that is only a connective ("But", "And yet", "However"). */
const CONNECTIVE_TAGS = new Set(['CC', 'RB', 'IN', 'UH']);
/** Words after the second comma that start a new clause of the outlet's, not the content's rest. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'as']);
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'adding', 'saying', 'noting', 'citing', 'quoting', 'according', 'as', 'which', 'who', 'although', 'though']);

/** The draft for a verb cue set off by commas in the middle of its sentence `[from, to)`, else undefined. */
export function parenthetical(scene: QuoteScene, cue: CueCandidate, from: number, to: number): Draft | undefined {
  if (cue.role !== 'verb') return undefined;
  const { tokens } = scene;
  // ", citing Y," names the source of the clause's speaker: attach-cited-sources links it.
  if (CITING.has(lowerAt(tokens, cue.head))) return undefined;
  // Either shape needs a comma right after the cue or right before it: most cues have neither.
  if (tokens[cue.to]?.text !== ',' && tokens[cue.from - 1]?.text !== ',') return undefined;
  let source = findSourceBefore(scene, cue.from, from);
  let left = source ? source[0] : cue.from;
  let right = cue.to;
  if (!source || tokens[left - 1]?.text !== ',') {
    // Inverted: ", said the minister, ..."
    if (tokens[cue.from - 1]?.text !== ',') return undefined;
    let end = cue.to;
    while (end < to && end - cue.to < MAX_INVERTED && tokens[end]!.text !== ',' && !CLAUSE_BOUNDARIES.has(tokens[end]!.text)) end++;
    if (end === cue.to || tokens[end]?.text !== ',') return undefined;
    source = [cue.to, end];
    left = cue.from;
    right = end;
  }
  if (tokens[right]?.text !== ',' || right + 1 >= to) return undefined;
  // The stretch before must be part of a clause, not a whole one ending at a boundary word.
  const start = skipDateline(scene, from, left - 1);
  if (start >= left - 1) return undefined;
  let connective = true;
  for (let t = start; t < left - 1; t++) if (!CONNECTIVE_TAGS.has(tokens[t]!.pos ?? '')) connective = false;
  // "And so, he said, while members are horrified, they admire ...": after a bare connective the
  // subordinate clause opens what he said (PolNeAR: "And so while ... they admire ...").
  const next = lowerAt(tokens, right + 1);
  if (NEW_CLAUSE.has(next) && !(connective && SUBORDINATORS.has(next))) return undefined;
  // "..., Cruz explained, recalling the time ...": a reporting participle after the cue is the
  // speaker's next step (a cue of its own), not the rest of what was said.
  if (tokens[right + 1]!.pos === 'VBG' && cueLexicon().verbs.has(next)) return undefined;
  // A bare connective may hold a boundary word ("And so"); any other stretch may not.
  if (!connective) for (let t = start; t < left - 1; t++) if (CLAUSE_BOUNDARIES.has(tokens[t]!.text) && tokens[t]!.text !== ',') return undefined;
  // The rest of the content runs to the clause end: a verb there ("CNN, Cruz said, called ...") is the
  // content's own, not a new cue's.
  const rest = findContentAfter(scene, cue.head, right + 1, to, to);
  if (!rest) return undefined;
  // "..., said Oleh Ivanov, a police officer.": an apposition to the inverted speaker, not the content's rest.
  if (source[0] >= cue.to && !hasFiniteVerb(scene, right + 1, to)) return undefined;
  const pieces: Array<[number, number]> = [];
  // "Asked by reporters whether ..., she said, “...”": a participle clause opening the sentence is the
  // outlet's setting (with its own attribution), not the first half of what she said; so is a whole
  // clause before a quotation ("After Clinton accused him of sexism, he warned, “...”"), unlike a
  // subject the quotation completes ("Prices, he said, “will fall”").
  const setting = opensWithParticiple(scene, start, left - 1) || (rest.direct && hasFiniteVerb(scene, start, left - 1));
  if (!connective && !setting) pieces.push([tokens[start]!.start, tokens[left - 2]!.end]);
  pieces.push([rest.start, rest.end]);
  return newDraft(cue, pieces, source, pieces.length === 1 && rest.direct, rest.quoted, 'parenthetical');
}

const PARTICIPLE_LEADS = new Set(['when', 'while', 'after', 'once', 'if', 'before']);

/** "Asked by ...", "When asked ...", "Speaking to reporters ...": a participle opening the stretch `[from, to)`. */
function opensWithParticiple(scene: QuoteScene, from: number, to: number): boolean {
  const { tokens } = scene;
  const first = PARTICIPLE_LEADS.has(lowerAt(tokens, from)) ? from + 1 : from;
  return first < to && (tokens[first]!.pos === 'VBN' || tokens[first]!.pos === 'VBG');
}

function hasFiniteVerb(scene: QuoteScene, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isFiniteTag(scene.tokens[t]!.pos)) return true;
  return false;
}
