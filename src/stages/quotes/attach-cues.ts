/**
 * Attaches content and a source to each cue, sentence by sentence, in one of four shapes:
 *  - a quotation just before the cue, the source between or after it (attach-quote-before.ts);
 *  - a preposition cue ("according to X, ..." or "..., according to X"), content after the cue, or
 *    content before a trailing attribution ("The city is calm, officials said.") (attach-content-shapes.ts);
 * besides the parenthetical and fronted cues of their own files. Each quotation is used by one cue. A
 * source left unsaid after "and" or a participle ("..., adding that") is the previous cue's in the
 * sentence, or the quoted party of "quoted X as saying".
 */
import type { QuoteScene } from './quote-scene.js';
import { isThirdPersonForm, type CueCandidate } from './find-cues.js';
import { quoteAsideEnd } from './find-content.js';
import { parenthetical } from './find-parenthetical.js';
import { frontedCue } from './find-fronted-cue.js';
import { extendColonContent } from './extend-colon-content.js';
import { attachCitedSources } from './attach-cited-sources.js';
import { isAnonymityRequest } from './find-anonymity.js';
import { isInvertedTrailing } from './find-inverted-trailing.js';
import { isAgentlessPassive } from './find-passive-agent.js';
import { reportsNothing } from './find-non-speech.js';
import { isThatSaid } from './skip-adjuncts.js';
import { SHARERS, beforeAdverbs, findContentStop } from './find-content-stop.js';
import { findTrailingCue } from './find-trailing-cues.js';
import { findQuotationVerbCues } from './find-quotation-verb.js';
import { findRelativeNamingCues } from './find-relative-naming.js';
import { findGoverningSource, fixDanglingSource, isFunctionWords } from './find-governing-source.js';
import type { TokenRange } from './find-source.js';
import { endsOwnSentence, quoteBefore } from './attach-quote-before.js';
import { after, preposition, trailing } from './attach-content-shapes.js';
import { plausibleModelCue } from './plausible-model-cue.js';
import { dropAppositiveAntecedent, relativeObject } from './find-relative-object.js';
import { SENTENCE_END, isFiniteTag, lowerAt, lowerAtOr, lowerWord } from './word-classes.js';
import type { CueFeatureContext } from './cue-token-facts.js';
import type { Draft } from './draft.js';

export type { Draft };

/**
 * Builds drafts for the cues of one sentence `[from, to)` (token indices). `facts`, the cue model's
 * prepared per-token facts of these tokens (cue-token-facts.ts), spare the rules a look at most tokens.
 */
export function attachCues(scene: QuoteScene, found: readonly CueCandidate[], from: number, to: number, used: Set<number>, facts?: CueFeatureContext): Draft[] {
  const { tokens } = scene;
  const trailingCue = findTrailingCue(tokens, from, to, found);
  const quotationVerbs = findQuotationVerbCues(scene, from, to, found, facts);
  let cues = trailingCue ? [...found, trailingCue] : found;
  if (quotationVerbs.length > 0) cues = [...cues, ...quotationVerbs].sort((a, b) => a.from - b.from);
  const namingVerbs = findRelativeNamingCues(scene, from, to, cues);
  if (namingVerbs.length > 0) cues = [...cues, ...namingVerbs].sort((a, b) => a.from - b.from);
  const drafts: Draft[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (isThatSaid(scene, cue.head, from)) continue;
    // "Schilling told WEEI: ...": a capitalised word the cue model took for a cue, right before a lexicon
    // verb, is that verb's subject (a name the tagger read as a participle).
    if (cue.entry === 'model' && cue.from === cue.head && cue.to === cue.head + 1 && /^\p{Lu}/u.test(tokens[cue.head]!.text) && cues.some((d) => d.from === cue.to && d.entry !== 'model' && d.role === 'verb')) continue;
    // "No wonder Trump said ...": the writer's comment, not a cue (the cue model sometimes takes "wonder").
    if (lowerAt(tokens, cue.head) === 'wonder' && cue.head > 0 && lowerAt(tokens, cue.head - 1) === 'no') continue;
    // "according to reports emerging ...": after "to" an -s form is a noun (the tagger and the cue model may take it for a verb).
    if (cue.from === cue.head && cue.head > from && lowerAt(tokens, cue.head - 1) === 'to' && isThirdPersonForm(lowerAt(tokens, cue.head))) continue;
    // "said, and I quote, “...”": the aside's "quote" reports nothing of its own.
    if (cue.head > 1 && quoteAsideEnd(tokens, cue.head - (lowerAt(tokens, cue.head - 2) === 'and' ? 3 : 2)) === cue.head + 2) continue;
    // A quotation that ended its own sentence (“... move.” A spokesman said the rebels ...) is not
    // this cue's when the cue has content of its own after it.
    const ownSentence = endsOwnSentence(scene, cue);
    // A verb with more after it than the sentence end ("She spoke at the farm") after such a quotation
    // starts a new statement; only a bare "“...” Peskov said." takes it.
    // A participle after a comma ("“...!” Trump tweeted, quoting ...") is the speaker's next step, not content.
    const bare = !ownSentence || cue.to >= to || SENTENCE_END.has(tokens[cue.to]!.text) || (tokens[cue.to]!.text === ',' && tokens[cue.to + 1]?.pos === 'VBG');
    // `after` is tried first after such a quotation, else in its usual place; it reads only the scene, so
    // a second try with the same arguments could find nothing the first did not. Its content stop is
    // found only when it is tried (one of the two places), for a verb cue (the only kind it takes):
    // the shapes before it often take the cue first.
    const tryAfter = (): Draft | undefined => (cue.role === 'verb' ? after(scene, cue, from, to, findContentStop(scene, cues, c, from, to)) : undefined);
    const draft = (ownSentence ? tryAfter() : undefined) ?? (bare ? quoteBefore(scene, cue, from, to, used) : undefined) ?? preposition(scene, cue, from, to) ?? relativeObject(scene, cue, from, to) ?? parenthetical(scene, cue, from, to) ?? frontedCue(scene, cue, from, to) ?? (isInvertedTrailing(scene, cue, from, to) ? trailing(scene, cue, from, to) : undefined) ?? (ownSentence ? undefined : tryAfter()) ?? trailing(scene, cue, from, to);
    if (!draft || !plausibleModelCue(scene, draft) || isAnonymityRequest(scene, draft.content[0]![0]) || reportsNothing(scene, draft)) continue;
    if (draft.shape === 'after') extendColonContent(scene, draft, to);
    if (draft.source) draft.source = fixDanglingSource(scene, cue, from, draft.source);
    if (draft.source && isFunctionWords(scene, draft.source)) draft.source = undefined;
    if (draft.source) draft.source = dropAppositiveAntecedent(tokens, draft.source);
    // "TASS quoted the governor as saying ...": the quoted party speaks the "saying".
    // An agentless passive names no speaker: no earlier or governing subject stands in.
    const unsaid = draft.shape === 'after' && (draft.agentless ?? isAgentlessPassive(scene, cue, to));
    if (!draft.source && cue.role === 'verb' && !unsaid) {
      const quoted = quotedAsSaying(scene, cue, from);
      if (quoted) draft.source = quoted;
    }
    if (!draft.source && cue.role === 'verb' && !unsaid) {
      // "and specifically mentioned": adverbs between the conjunction and the cue.
      const before = tokens[beforeAdverbs(tokens, cue.from - 1, from)];
      // The nearest earlier attribution with a source that is not nested in another's content.
      const cueStart = tokens[cue.from]!.start;
      const previous = drafts.findLast((d) => d.source && !drafts.some((o) => o !== d && o.content.some(([s, e]) => s <= tokens[d.cue.from]!.start && tokens[d.cue.from]!.start < e)) && !d.content.some(([s, e]) => s <= cueStart && cueStart < e));
      if (previous?.source && before && (SHARERS.has(lowerWord(before)) || /ing$/.test(lowerAt(tokens, cue.head)))) {
        draft.source = previous.source;
        draft.sharedSource = true;
      }
    }
    if (!draft.source && cue.role === 'verb' && !unsaid) {
      const governing = findGoverningSource(scene, cue, from);
      if (governing) draft.source = governing;
    }
    for (const q of draft.quoted) used.add(q);
    drafts.push(draft);
  }
  attachCitedSources(scene, drafts, to);
  return drafts;
}

const QUOTE_VERBS = new Set(['quote', 'quotes', 'quoted', 'quoting']);

/**
 * "quoted the governor as saying", "quoting a source as saying": the noun phrase between a form of
 * "quote" and "as" before a "saying" cue, at most MAX_QUOTED tokens; else undefined.
 */
function quotedAsSaying(scene: QuoteScene, cue: CueCandidate, from: number): TokenRange | undefined {
  const { tokens } = scene;
  if (lowerAt(tokens, cue.head) !== 'saying' || cue.from !== cue.head || lowerAtOr(tokens, cue.from - 1, cue.head) !== 'as') return undefined;
  const end = cue.from - 1;
  for (let k = end - 1; k >= Math.max(from, end - MAX_QUOTED - 1); k--) {
    if (QUOTE_VERBS.has(lowerAt(tokens, k))) return k + 1 < end ? [k + 1, end] : undefined;
    if (tokens[k]!.text === ',' || SENTENCE_END.has(tokens[k]!.text) || isFiniteTag(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

const MAX_QUOTED = 12;
