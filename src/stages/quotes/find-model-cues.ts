/**
 * Cues from the cue model, merged with the lexicon's. A run of tokens the model marks becomes a cue
 * unless a lexicon cue already covers it; a lexicon cue the model firmly rejects ("the report said",
 * "as she called it") is dropped. Without a model file the lexicon cues pass unchanged.
 */
import type { Token } from '../../model/layers/structure.js';
import type { CueCandidate } from './find-cues.js';
import { cueLexicon, type CueKind } from './cue-lexicon.js';
import { stageCueScores } from './cue-model.js';
import { AUXILIARIES, LIGHT_VERBS, NEGATORS, lowerAt, lowerWord } from './word-classes.js';
import type { CueFeatureContext } from './cue-features.js';
import { withheldPhraseLength } from './find-withheld-phrase.js';
import { objectCueAt } from './find-object-cue.js';
import { relativeObjectAt } from './find-relative-object.js';

/**
 * Below this summed score a lexicon cue is taken as not a cue here. Chosen on the 140 held-out train
 * articles with a model trained without them: -2 gave cue overlap F1 0.747, -5 0.751, -8 0.754,
 * never rejecting 0.755 but attribution precision fell (0.794 -> 0.762).
 */
const REJECT_BELOW = -8;
/**
 * Above this a token joins a model cue. Chosen on 140 PolNeAR train articles held out from training
 * (scripts/train-quotes-cues.ts --holdout 140), never on dev: 0 gave cue overlap F1 0.761, -2 gave 0.767.
 * Rechecked with the attitude features (holdout 6): -2 0.7648, -3 0.7655, -4 0.7659; with missed cue
 * tokens weighted 3 in training, 0 0.7703, -2 0.7701, 2 0.7712: the scores are far from any of these.
 * With the model trained on its own previous decisions, cue overlap F1 (source, attribution): 1 0.7743
 * (0.7590, 0.7230), -1 0.7757, -2 0.7765 (0.7649, 0.7325), -3 0.7774 (0.7656, 0.7337), -4 0.7786 (0.7656,
 * 0.7343), -5 0.7785 (0.7650, 0.7352). -3 and -4 also take "what she called a “...”" as a nested quote,
 * which moves the claimant of events fixture condemned-event to it: -2 kept until that is reviewed.
 */
const ACCEPT_ABOVE = -2;
/**
 * Above this a run without a verb (a noun or adjective cue: "criticism of", "concerned about") is a
 * cue. Held-out train, model trained without them: 0 gave cue overlap F1 0.7648, -2 0.7644.
 */
const NOUN_ABOVE = 0;
/**
 * Above this a token next to a model cue's run extends it ("has voiced support for", "stopped short of").
 * Since the model is trained on its own previous decision (scripts/train-quotes-cues.ts), a cue's later
 * words score lower than its first. Held-out train, cue overlap F1 (source F1): -2 0.7760 (0.7667),
 * -3 0.7766 (0.7670), -4 0.7760 (0.7673), -6 0.7764 (0.7682).
 */
const EXTEND_ABOVE = -6;

/**
 * Above this a verb of the lexicon `object-cue-verbs` with its object and preposition after it
 * ("accused Kyiv of", "urged lawmakers to", "attacked Rubio for") is a cue though the model alone is
 * unsure. Held-out train (140 articles, model trained without them), cue overlap F1 0.7844 before:
 * -6 0.7855, -8 0.7855 (content 0.8344 -> 0.8348), -20 (any score) 0.786 with attribution precision
 * down; the same bound as a lexicon cue's rejection.
 */
const OBJECT_ACCEPT_ABOVE = REJECT_BELOW;

/** Merges model cues into the lexicon cues of the sentence `[from, to)`, in token order. */
export function mergeModelCues(ctx: CueFeatureContext, lexiconCues: CueCandidate[], from: number, to: number): CueCandidate[] {
  const scores = stageCueScores(ctx, from, to);
  const covered = coveredRow(to - from);
  // Loops and module functions, not closures and filters made per sentence (calls into lazily compiled
  // and baseline code under mergeModelCues, .06% of all ticks).
  const cues: CueCandidate[] = [];
  for (const c of lexiconCues) {
    // A lexicon cue that introduces a clause or a quotation, or has its object and preposition after it
    // ("accused Kyiv of"), or ends a relative clause about the statement before it (", a charge he
    // denied": no content after it to sway the model), stays whatever the model says. A reporting verb right after "stopped short
    // of" is the withheld claim's, not a cue ("... of accusing the army").
    if (!((scores[c.head - from]! > REJECT_BELOW && !afterWithheldPhrase(ctx, c.head, from)) || c.entry.startsWith('phrase:') || c.rule.startsWith('headline-verb:') || introducesContent(ctx, c.to, to) || objectCue(ctx, c.head, from, to) || relativeObjectAt(ctx.tokens, c.from, c.to, from, to) !== undefined)) continue;
    cues.push(c);
    for (let t = c.from; t < c.to; t++) covered[t - from] = 1;
  }
  for (let i = from; i < to; i++) {
    if (covered[i - from]) continue;
    const objectOnly = scores[i - from]! <= ACCEPT_ABOVE && scores[i - from]! > OBJECT_ACCEPT_ABOVE && objectCue(ctx, i, from, to);
    if (scores[i - from]! <= ACCEPT_ABOVE && !objectOnly) continue;
    if (insideWithheldPhrase(ctx, i, from, to)) continue; // "short of" in "stopped short of": the phrase's rule decides
    if (afterWithheldPhrase(ctx, i, from)) continue; // "accusing" in "stopped short of accusing ...": the withheld claim's
    let j = i;
    // An object cue is the verb alone: its object starts the content.
    while (!objectOnly && j + 1 < to && scores[j + 1 - from]! > EXTEND_ABOVE && !covered[j + 1 - from]) j++;
    const runEnd = j;
    j = endAtWithheldPhrase(ctx, i, j, to);
    const withheld = j !== runEnd || withheldPhraseLength(ctx.tokens, i, to) > 0;
    i = firstVerbAfterNouns(ctx.tokens, i, j);
    // "was especially proud of": an adjective run takes the copula before it (and that verb's group).
    const start = copulaBefore(ctx.tokens, i, j, from, covered);
    const run = ctx.tokens.slice(start, j + 1);
    let score = -Infinity;
    for (let k = i; k <= j; k++) score = Math.max(score, scores[k - from]!);
    // "stopped short of": a phrase of the withheld-claim lexicon is a cue as surely as a lexicon verb, at
    // least even odds, however unsure the model is of its words ("... but stopped short of naming a date").
    if (withheld) score = Math.max(score, 0);
    const own = ctx.tokens.slice(i, j + 1);
    const hasVerb = anyTagged(own, VERB_OR_UNTAGGED);
    // Below zero only a verb may pass: noun, adjective and preposition cues need the model to be sure.
    const adjunct = !hasVerb && own[0]!.pos === 'IN' && !misreadVerb(own); // "in the chamber on": a place or time
    // "speech by" before the lexicon's "saying": a run without a verb that runs into a kept cue is that cue's subject or object.
    if (!hasVerb && !misreadVerb(own) && j + 1 < to && covered[j + 1 - from]) {
      i = j;
      continue;
    }
    if ((hasVerb || score > NOUN_ABOVE) && !adjunct && !lightVerbOnly(run) && !afterTermQuotation(ctx, i, from) && (anyTagged(run, VERB_NOUN_OR_UNTAGGED) || misreadVerb(run))) {
      let head = j;
      for (let k = j; k >= start; k--) if (/^VB/.test(ctx.tokens[k]!.pos ?? '')) { head = k; break; }
      // Same property order as the lexicon's cues: one object shape for the rules that read them.
      for (let k = start; k <= j; k++) covered[k - from] = 1;
      cues.push({ from: start, to: j + 1, head, entry: 'model', kind: kindOf(ctx.tokens, start, j + 1, head), stance: 'neutral', role: 'verb', rule: objectOnly ? 'cue-model-object' : 'cue-model', confidence: Math.round((1 / (1 + Math.exp(-score))) * 1000) / 1000 });
    }
    i = j;
  }
  return inOrder(cues) ? cues : cues.sort((a, b) => a.from - b.from);
}

/** A verb's tag (`/^VB/`), or none; and a verb's or noun's (`/^(VB|NN)/`), or none. */
const VERB_OR_UNTAGGED = /^VB/, VERB_NOUN_OR_UNTAGGED = /^(VB|NN)/;

/** Whether any of `tokens` has a tag `pattern` matches; an untagged token counts as 'VB'. */
function anyTagged(tokens: readonly Token[], pattern: RegExp): boolean {
  for (const t of tokens) if (pattern.test(t.pos ?? 'VB')) return true;
  return false;
}

/** A verb with its object and preposition after it ("accused Kyiv of"), not the withheld claim of "stopped short of". */
function objectCue(ctx: CueFeatureContext, head: number, from: number, to: number): boolean {
  return objectCueAt(ctx.tokens, head, to) && !afterWithheldPhrase(ctx, head, from);
}

/** Whether `cues` are in token order already (a stable sort would keep them as they are). */
function inOrder(cues: readonly CueCandidate[]): boolean {
  for (let k = 1; k < cues.length; k++) if (cues[k - 1]!.from > cues[k]!.from) return false;
  return true;
}

/**
 * A zeroed row of `n` flags, reused from sentence to sentence (only `mergeModelCues` writes it, and
 * nothing it returns holds it): a new typed array per sentence was 1% of the stage's time.
 */
function coveredRow(n: number): Uint8Array {
  if (covering.length < n) covering = new Uint8Array(Math.max(n, covering.length * 2));
  // A loop, not `covering.fill(0, 0, n)`: for a sentence's few dozen bytes the call into the runtime's
  // fill cost more than the stores (TypedArray fill under mergeModelCues, .07% of all ticks).
  else for (let k = 0; k < n; k++) covering[k] = 0;
  return covering;
}
let covering = new Uint8Array(256);

/**
 * "festivals insist", "speech by saying": nouns (and a preposition) that open a run before its first
 * verb are the verb's subject or what it ended, not the cue; the run starts at the verb. Else `i`.
 */
function firstVerbAfterNouns(tokens: readonly Token[], i: number, j: number): number {
  let k = i;
  while (k < j && /^(NN|NNS|IN)$/.test(tokens[k]!.pos ?? '') && !misreadVerb([tokens[k]!])) k++;
  return k > i && (/^VB/.test(tokens[k]!.pos ?? '') || misreadVerb([tokens[k]!])) ? k : i;
}

/** Punctuation after which a quotation opens a clause of its own (so it is no term inside a clause). */
const MARKS_BEFORE_CLAUSE_QUOTATION = new Set([':', ',', ';', '—', '–', '-', '(', '.', '!', '?']);

/**
 * "... register as “agents of foreign influence”, passed its second reading": a run right after a
 * quotation and a comma, where the quotation sits inside a clause (a term that clause uses, not words
 * a speaker said), is that clause's verb. Held-out train (140 articles, model trained without them):
 * the same 2,604 attributions and the same F1 (cue overlap 0.784); it mends what analysts see.
 */
function afterTermQuotation(ctx: CueFeatureContext, i: number, sentenceStart: number): boolean {
  if (i < 2 || ctx.tokens[i - 1]!.text !== ',' || !ctx.closes[i - 2]) return false;
  const q = ctx.insideQuote[i - 2]!;
  if (q < 0) return false;
  let open = i - 2;
  while (open > 0 && ctx.insideQuote[open - 1] === q) open--;
  if (open <= sentenceStart) return false;
  const before = ctx.tokens[open - 1];
  return before !== undefined && !MARKS_BEFORE_CLAUSE_QUOTATION.has(before.text) && /^[\p{L}\p{N}]/u.test(before.text);
}

/** "Polls suggest Kasich ...", "Organizers insist they ...": a reporting verb the tagger read as an adjective or preposition. */
function misreadVerb(run: readonly Token[]): boolean {
  return run.length === 1 && /^(JJ|JJS|IN)$/.test(run[0]!.pos ?? '') && cueLexicon().verbs.has(lowerWord(run[0]!));
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);

/**
 * A run of an adjective and its preposition, with adverbs before it ("also proud of", "sternly
 * critical of", "pleased with"), after a form of "be": the run's start moves to the copula and the
 * verb group before it ("he was especially proud of", "has been critical of"), as PolNeAR marks such
 * cues; else `i`.
 */
function copulaBefore(tokens: readonly Token[], i: number, j: number, from: number, covered: Uint8Array): number {
  let adjective = false;
  for (let k = i; k <= j; k++) {
    const tag = tokens[k]!.pos ?? '';
    // Compared directly (`/^(VB|NN)/`, `/^JJ/`): a regular expression's test costs several times more.
    if (tag.startsWith('VB') || tag.startsWith('NN')) return i;
    if (tag.startsWith('JJ')) adjective = true;
  }
  if (!adjective) return i;
  let k = i - 1;
  while (k >= from && (tokens[k]!.pos === 'RB' || BOTH.has(lowerAt(tokens, k)))) k--;
  if (k < from || !COPULAS.has(lowerAt(tokens, k)) || covered[k - from]) return i;
  while (k - 1 >= from && !covered[k - 1 - from] && (AUXILIARIES.has(lowerAt(tokens, k - 1)) || NEGATORS.has(lowerAt(tokens, k - 1))) && lowerAt(tokens, k - 1) !== 'to') k--;
  return k;
}

/** Quantifiers that float between a plural subject and its copula ("were both critical of"). */
const BOTH = new Set(['both', 'all']);

/** "stopped short of accusing the army of ...": what follows the phrase is a claim the source did not make. */
function afterWithheldPhrase(ctx: CueFeatureContext, head: number, from: number): boolean {
  // One match per start (it looked the phrase up twice: withheldPhraseLength's lookups were .08% of all ticks).
  for (let k = Math.max(from, head - 6); k < head; k++) {
    const length = withheldPhraseLength(ctx.tokens, k, head);
    if (length > 0 && k + length === head) return true;
  }
  return false;
}

/** Token `i` is a later word of a withheld-claim phrase that starts before it ("short" in "stopped short of"). */
function insideWithheldPhrase(ctx: CueFeatureContext, i: number, from: number, to: number): boolean {
  for (let k = Math.max(from, i - 3); k < i; k++) if (k + withheldPhraseLength(ctx.tokens, k, to) > i) return true;
  return false;
}

/**
 * A run that holds "stopped short of", or only its first word, ends with that phrase: "stopped short of
 * assigning blame to Kyiv" is the cue "stopped short of" and the withheld claim "assigning blame to Kyiv", not a cue of six words.
 */
function endAtWithheldPhrase(ctx: CueFeatureContext, i: number, j: number, to: number): number {
  for (let k = i; k <= j; k++) {
    const length = withheldPhraseLength(ctx.tokens, k, to);
    if (length > 0) return k + length - 1;
  }
  return j;
}

/**
 * A run whose only word that is not an adverb or auxiliary is a light verb or copula ("made" in "made no
 * comment", "are"): not a cue. Held-out train, cue overlap F1 0.7762 -> 0.7765, source 0.7645 -> 0.7649.
 */
function lightVerbOnly(run: readonly Token[]): boolean {
  let light = false;
  for (const t of run) {
    const tag = t.pos ?? '';
    if (tag === 'RB' || tag === 'MD') continue;
    if (!LIGHT_VERBS.has(lowerWord(t))) return false;
    light = true;
  }
  return light;
}

/** A complementiser, quotation or colon right after the cue. */
function introducesContent(ctx: CueFeatureContext, k: number, to: number): boolean {
  if (k >= to) return false;
  const w = ctx.tokens[k]!.text.toLowerCase();
  return w === 'that' || w === ':' || ctx.opens[k] === 1 || (w === ',' && ctx.opens[k + 1] === 1);
}

/** Noun tags (plural and singular common nouns). */
const NOUN_TAGS = new Set(['NN', 'NNS']);

/**
 * What a model cue reports, from the lexicons: the head's entry, else the first word of the cue with
 * one ("also expressed concern": speech). Unknown when no lexicon lists its words: the stage does not
 * call a cue speech it cannot tell from a deed.
 */
function kindOf(tokens: readonly Token[], from: number, to: number, head: number): CueKind | undefined {
  const { verbs, attitudes } = cueLexicon();
  const at = (k: number): CueKind | undefined => {
    const w = lowerAt(tokens, k);
    // "Talks on extending a ceasefire": a verb's form read as a noun with its preposition in the cue is
    // a noun, not that verb; only a noun entry says what it reports. (A headline's "denies bombing",
    // tagged a noun, is still the verb.)
    if (NOUN_TAGS.has(tokens[k]!.pos ?? '') && k + 1 < to && tokens[k + 1]!.pos === 'IN') {
      const attitude = attitudes.get(w);
      return attitude?.pos === 'noun' ? attitude.kind : undefined;
    }
    return verbs.get(w)?.kind ?? attitudes.get(w)?.kind;
  };
  const own = at(head);
  if (own) return own;
  for (let k = from; k < to; k++) {
    const kind = k === head ? undefined : at(k);
    if (kind) return kind;
  }
  return undefined;
}
