/**
 * A cue that closes a relative clause whose object is what came before: "..., a charge the rebel
 * negotiators denied.", "..., which his lawyer disputes.", "the allegations, which Mr. Ailes denies,".
 * The verb has nothing after it, so no content follows; what the source denied (or confirmed, or
 * repeated) is the antecedent. Like PolNeAR ("which" is the content of "..., which Mr. Ailes denies"),
 * the content is the relative pronoun, or the outlet's appositive noun phrase ("a charge"); the
 * claims stage gives the cue's stance to the statement before it (claims/find-back-references.ts).
 */
import { newDraft, type Draft } from './draft.js';
import type { CueCandidate } from './find-cues.js';
import { APPOSITIVE_NOUNS } from './find-content.js';
import type { QuoteScene } from './quote-scene.js';
import { AUXILIARIES, NEGATORS, SENTENCE_END, lowerAt } from './word-classes.js';
import type { Token } from '../../model/layers/structure.js';
import type { TokenRange } from './find-source.js';

/** Tokens that may close the relative clause right after its verb. */
const CLAUSE_CLOSERS = new Set([',', ';', ')', '—', '–', '--']);
/** How many words an appositive noun phrase may have before its noun ("a similar charge"). */
const MAX_MODIFIERS = 2;

/** The draft for a verb cue ending a relative clause about the statement before it, else undefined. */
export function relativeObject(scene: QuoteScene, cue: CueCandidate, from: number, to: number): Draft | undefined {
  if (cue.role !== 'verb' || cue.entry === 'model') return undefined;
  const found = relativeObjectAt(scene.tokens, cue.from, cue.to, from, to);
  if (!found) return undefined;
  const { tokens } = scene;
  const content: [number, number] = [tokens[found.antecedent[0]]!.start, tokens[found.antecedent[1] - 1]!.end];
  return newDraft(cue, [content], found.source, false, [], 'after');
}

/**
 * The antecedent (relative pronoun or appositive noun phrase) and the source of a cue `[cueFrom,
 * cueTo)` that ends a relative clause in the sentence `[from, to)`: ", a charge the rebels denied".
 * Tokens only, so the cue merge can ask it before the model's verdict drops a lexicon cue that has no
 * content after it (find-model-cues.ts).
 */
export function relativeObjectAt(tokens: readonly Token[], cueFrom: number, cueTo: number, from: number, to: number): { antecedent: TokenRange; source: TokenRange } | undefined {
  const next = tokens[cueTo];
  if (cueTo < to && next && !SENTENCE_END.has(next.text) && !CLAUSE_CLOSERS.has(next.text)) return undefined;
  // The verb group before the cue ("has denied", "did not dispute") stands between source and cue.
  let verbStart = cueFrom;
  while (verbStart - 1 > from && (AUXILIARIES.has(lowerAt(tokens, verbStart - 1)) || NEGATORS.has(lowerAt(tokens, verbStart - 1)) || tokens[verbStart - 1]!.pos === 'RB')) verbStart--;
  // The source: a short noun phrase ("the rebel negotiators", "he", "Mr. Ailes") before the verb group.
  let sourceStart = verbStart;
  while (sourceStart - 1 > from && verbStart - sourceStart < MAX_SOURCE && SOURCE_TAGS.test(tokens[sourceStart - 1]!.pos ?? '') && !STARTERS.has(lowerAt(tokens, sourceStart - 1)) && !APPOSITIVE_NOUNS.has(lowerAt(tokens, sourceStart - 1))) sourceStart--;
  if (sourceStart >= verbStart || !hasNounOrPronoun(tokens, sourceStart, verbStart)) return undefined;
  const antecedent = antecedentBefore(tokens, sourceStart, from);
  return antecedent ? { antecedent, source: [sourceStart, verbStart] } : undefined;
}

/** Tags of a source's words. */
const SOURCE_TAGS = /^(DT|JJ|NN|NNS|NNP|NNPS|PRP|PRP\$|CD|POS)$/;
/** Words that open the antecedent, never the source (nor does its noun: "a charge the rebels denied"). */
const STARTERS = new Set(['which', 'that', 'a', 'an']);
/** How many words a source may have. */
const MAX_SOURCE = 6;

function hasNounOrPronoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(NN|NNS|NNP|NNPS|PRP)$/.test(tokens[k]!.pos ?? '')) return true;
  return false;
}

/**
 * The relative pronoun or appositive noun phrase ending right before token `end`, opened by a comma
 * (or a dash) after the statement it stands for: "which" in ", which he denied", "a charge" in ", a
 * charge he denied". Undefined when the words there are anything else.
 */
function antecedentBefore(tokens: readonly Token[], end: number, from: number): TokenRange | undefined {
  const last = end - 1;
  if (last <= from) return undefined;
  if (lowerAt(tokens, last) === 'which' && isOpening(tokens, last - 1)) return [last, end];
  if (!APPOSITIVE_NOUNS.has(lowerAt(tokens, last))) return undefined;
  let k = last - 1;
  while (k > from && last - k <= MAX_MODIFIERS && /^(JJ|JJR|VBN|NN)$/.test(tokens[k]!.pos ?? '')) k--;
  if (!/^(a|an)$/.test(lowerAt(tokens, k)) || !isOpening(tokens, k - 1)) return undefined;
  return [k, end];
}

/** A comma or dash after the words before it (the statement the relative clause is about). */
function isOpening(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text;
  return w === ',' || w === '—' || w === '–' || w === '--';
}

/**
 * A source whose walk took in the appositive before it (", a claim Ukrainian officials rejected as a
 * lie": "a claim Ukrainian officials") starts after the appositive's noun; any other source unchanged.
 */
export function dropAppositiveAntecedent(tokens: readonly Token[], source: TokenRange): TokenRange {
  const [from, to] = source;
  if (!/^(a|an)$/.test(lowerAt(tokens, from)) || !isOpening(tokens, from - 1)) return source;
  for (let k = from + 1; k <= from + 1 + MAX_MODIFIERS && k < to - 1; k++) {
    if (APPOSITIVE_NOUNS.has(lowerAt(tokens, k))) return hasNounOrPronoun(tokens, k + 1, to) ? [k + 1, to] : source;
    if (!/^(JJ|JJR|VBN|NN)$/.test(tokens[k]!.pos ?? '')) return source;
  }
  return source;
}

/** The appositive (", a figure", ", an unfounded claim") ending at token `end - 1`: its first token, else -1. */
export function appositiveStart(tokens: readonly Token[], end: number, from: number): number {
  const found = antecedentBefore(tokens, end, from);
  return found && lowerAt(tokens, found[0]) !== 'which' ? found[0] : -1;
}
