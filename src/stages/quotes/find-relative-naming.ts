/**
 * A naming verb in a relative clause about the statement before it, with a quotation for what it was
 * called: "..., which the army called “pure invention”.", "..., which he described as “a provocation”".
 * The source characterises the statement in its own words, an attribution (PolNeAR marks "which he
 * called “a cartel for higher education”" and "which he described as “...”" so). The cue model
 * often scores "called" low here (a naming verb is more often a deed: "called the police"); the shape
 * says it: a comma, "which", a short speaker, the verb and an opening quotation mark. What the source's
 * words do to the statement before it (a denial: "pure invention") is the claims stage's to read.
 */
import type { Token } from '../../model/layers/structure.js';
import type { CueCandidate } from './find-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { lowerAt } from './word-classes.js';
import { APPOSITIVE_NOUNS } from './find-content.js';
import { appositiveStart } from './find-relative-object.js';

/** Verbs that give a thing a name or a description ("described" only with "as"). */
const NAMING_VERBS = new Set(['called', 'calls', 'call', 'labelled', 'labeled', 'labels', 'dubbed', 'dubs', 'branded', 'brands', 'termed', 'terms', 'described', 'describes', 'dismissed', 'dismisses']);
/** Verbs of NAMING_VERBS that need "as" before the name. */
const NEEDS_AS = new Set(['described', 'describes', 'dismissed', 'dismisses']);
/** Tags of a short speaker's words ("the army", "Mr. Trump", "he", "local officials"). */
const SPEAKER_TAGS = /^(DT|JJ|NN|NNS|NNP|NNPS|PRP|PRP\$|POS|CD)$/;
const MAX_SPEAKER = 6;

/** Cues for such verbs in the sentence `[from, to)` that no candidate in `found` covers. */
export function findRelativeNamingCues(scene: QuoteScene, from: number, to: number, found: readonly CueCandidate[]): CueCandidate[] {
  const { tokens } = scene;
  let out: CueCandidate[] | undefined;
  for (let v = from + 3; v < to - 1; v++) {
    // Cheapest test first: most tokens open no quotation after them.
    const as = NEEDS_AS.has(lowerAt(tokens, v)) ? 1 : 0;
    if (!scene.opensAt.has(v + 1 + as) || !NAMING_VERBS.has(lowerAt(tokens, v)) || (as === 1 && lowerAt(tokens, v + 1) !== 'as')) continue;
    if (scene.insideQuote[v]! >= 0 || covered(found, v) || !afterRelativeSpeaker(tokens, v, from)) continue;
    (out ??= []).push({ from: v, to: v + 1 + as, head: v, entry: 'naming-verb', kind: 'speech', stance: 'neutral', role: 'verb', rule: 'relative-naming', confidence: undefined });
  }
  return out ?? NONE;
}

const NONE: CueCandidate[] = [];

function covered(found: readonly CueCandidate[], v: number): boolean {
  for (const c of found) if (c.from <= v && v < c.to) return true;
  return false;
}

/** ", which the army called" (or ", a figure officials called"): a short speaker before token `v`, "which" or an appositive before it, a comma or dash before that. */
function afterRelativeSpeaker(tokens: readonly Token[], v: number, from: number): boolean {
  let s = v;
  while (s - 1 > from && v - s < MAX_SPEAKER && SPEAKER_TAGS.test(tokens[s - 1]!.pos ?? '') && !APPOSITIVE_NOUNS.has(lowerAt(tokens, s - 1))) s--;
  if (s === v) return false;
  // ", a figure Ukrainian officials called “pure fiction”": the outlet's appositive in place of "which".
  if (APPOSITIVE_NOUNS.has(lowerAt(tokens, s - 1))) return appositiveStart(tokens, s, from) >= 0;
  if (lowerAt(tokens, s - 1) !== 'which') return false;
  const before = tokens[s - 2]?.text;
  return before === ',' || before === '—' || before === '–' || before === '--';
}
