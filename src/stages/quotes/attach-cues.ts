/**
 * Attaches content and a source to each cue, sentence by sentence, in one of four shapes:
 *  - a quotation just before the cue, with the source between or after ("“...,” Peskov said",
 *    "“...,” said Peskov"), and a second part after it for a split quote ("“We are,” he said, “ready”");
 *  - a preposition cue ("according to X, ..." or "..., according to X");
 *  - content after the cue: a quotation, or a clause (that-clause, bare clause, infinitive);
 *  - content before a trailing attribution ("The city is calm, officials said.").
 * Each quotation is used by one cue. A source left unsaid after "and" or a participle ("..., adding
 * that") is the previous cue's in the sentence.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { QuoteScene } from './quote-scene.js';
import { quotedTermOpening, wordsIn } from './quote-scene.js';
import { isThirdPersonForm, type CueCandidate } from './find-cues.js';
import { clauseContent, findContentAfter, findContentBefore, quotationAt, quoteAsideEnd, type ContentFind } from './find-content.js';
import { parenthetical } from './find-parenthetical.js';
import { frontedCue } from './find-fronted-cue.js';
import { extendColonContent } from './extend-colon-content.js';
import { attachCitedSources } from './attach-cited-sources.js';
import { isAnonymityRequest } from './find-anonymity.js';
import { isPossessiveS } from '../structure/possessive-marks.js';
import { isInvertedTrailing } from './find-inverted-trailing.js';
import { findPassiveAgent, isAgentlessPassive, isPassive } from './find-passive-agent.js';
import { objectCueAt } from './find-object-cue.js';
import { reportsNothing } from './find-non-speech.js';
import { isThatSaid } from './skip-adjuncts.js';
import { narrowNounContent } from './narrow-noun-content.js';
import { SHARERS, beforeAdverbs, closesOnComma, findContentStop } from './find-content-stop.js';
import { findTrailingCue } from './find-trailing-cues.js';
import { findQuotationVerbCues } from './find-quotation-verb.js';
import { findGoverningSource, fixDanglingSource, isFunctionWords } from './find-governing-source.js';
import { findPrepositionSource, findSourceAfter, findSourceBefore, type TokenRange } from './find-source.js';
import { CLOSING_MARKS, SENTENCE_END, isFiniteTag, lowerAt, lowerAtOr, lowerWord } from './word-classes.js';
import type { CueFeatureContext } from './cue-token-facts.js';

/** An attribution before it becomes a Quote. */
export interface Draft {
  cue: CueCandidate;
  content: Array<[number, number]>;
  source?: TokenRange;
  /** The content is quotations only. */
  direct: boolean;
  /** Quoted spans inside the content. */
  quoted: number[];
  /** How the pieces were found. */
  shape: 'quote-before' | 'preposition' | 'after' | 'before' | 'parenthetical' | 'adverb';
  /** The source is the previous cue's (coordination, participle). */
  sharedSource: boolean;
  /** The attribution this one qualifies though its cue is outside that one's content ("X, citing Y, said"). */
  outer?: Draft;
}


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
    const stop = findContentStop(scene, cues, c, from, to);
    // A quotation that ended its own sentence (“... move.” A spokesman said the rebels ...) is not
    // this cue's when the cue has content of its own after it.
    const ownSentence = endsOwnSentence(scene, cue);
    // A verb with more after it than the sentence end ("She spoke at the farm") after such a quotation
    // starts a new statement; only a bare "“...” Peskov said." takes it.
    // A participle after a comma ("“...!” Trump tweeted, quoting ...") is the speaker's next step, not content.
    const bare = !ownSentence || cue.to >= to || SENTENCE_END.has(tokens[cue.to]!.text) || (tokens[cue.to]!.text === ',' && tokens[cue.to + 1]?.pos === 'VBG');
    const draft = (ownSentence ? after(scene, cue, from, to, stop) : undefined) ?? (bare ? quoteBefore(scene, cue, from, to, used) : undefined) ?? preposition(scene, cue, from, to) ?? parenthetical(scene, cue, from, to) ?? frontedCue(scene, cue, from, to) ?? (isInvertedTrailing(scene, cue, from, to) ? trailing(scene, cue, from, to) : undefined) ?? after(scene, cue, from, to, stop) ?? trailing(scene, cue, from, to);
    if (!draft || !plausibleModelCue(scene, draft) || isAnonymityRequest(scene, draft.content[0]![0]) || reportsNothing(scene, draft)) continue;
    if (draft.shape === 'after') extendColonContent(scene, draft, to);
    if (draft.source) draft.source = fixDanglingSource(scene, cue, from, draft.source);
    if (draft.source && isFunctionWords(scene, draft.source)) delete draft.source;
    else if (!draft.source) delete draft.source;
    // "TASS quoted the governor as saying ...": the quoted party speaks the "saying".
    // An agentless passive names no speaker: no earlier or governing subject stands in.
    const unsaid = draft.shape === 'after' && isAgentlessPassive(scene, cue, to);
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

/**
 * How far back from the cue a quotation may close: the speaker with a title and an apposition
 * ("“...,” Jeb Bush, the former Florida governor and a candidate, told CNN"). Chosen on the 140
 * held-out train articles: 12 gave attribution F1 0.744, 20 gave 0.746.
 */
const QUOTE_SOURCE_REACH = 20;

function quoteBefore(scene: QuoteScene, cue: CueCandidate, from: number, to: number, used: Set<number>): Draft | undefined {
  if (cue.role !== 'verb') return undefined;
  const { tokens } = scene;
  // The closing mark, then an optional comma, then at most a short source, all in the cue's paragraph.
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - QUOTE_SOURCE_REACH); k--) {
    const q = scene.closesAt.get(k);
    if (q !== undefined) {
      if (used.has(q) || !scene.quoted[q]!.closed || (wordsIn(scene, scene.quoted[q]!) < 2 && !opensSentence(scene, q, k))) return undefined;
      if (scene.paragraphOf[k] !== scene.paragraphOf[cue.head]) return undefined;
      // "members of the so-called “Freedom Caucus” said": a quoted term in the speaker's phrase.
      if (quotedTermOpening(scene, k) >= 0) return undefined;
      let between = k + 1;
      if (tokens[between]?.text === ',') between++;
      const pieces = piecesEndingAt(scene, q);
      const content = pieces.map((p) => [scene.quoted[p]!.start, scene.quoted[p]!.end] as [number, number]);
      // "“...” to Mr. Sanders, said X" / "“...” and residents fled, said X": words after the quotation
      // that open with a preposition or conjunction, or hold a verb, are the content's rest, not a source.
      if (between < cue.from && !isQuoteSpeaker(scene, between, cue.from)) return undefined;
      let source: TokenRange | undefined = between < cue.from ? [between, cue.from] : findSourceAfter(scene, cue.to, to);
      if (source && source[0] === source[1]) source = undefined;
      const draft: Draft = { cue, content, direct: true, quoted: pieces, shape: 'quote-before', sharedSource: false };
      if (source) draft.source = source;
      // A split quote: ", “ready”" right after the cue and its source.
      const resume = (source && source[0] >= cue.to ? source[1] : cue.to);
      if (tokens[resume]?.text === ',' && scene.opensAt.has(resume + 1)) {
        const second = quotationAt(scene, resume + 1)!;
        for (const p of second.indexes) {
          content.push([scene.quoted[p]!.start, scene.quoted[p]!.end]);
          draft.quoted.push(p);
        }
      }
      return draft;
    }
    const w = tokens[k]!.text;
    if (SENTENCE_END.has(w) || w === ';' || lowerAt(tokens, k) === 'that' || scene.opensAt.has(k)) return undefined;
  }
  return undefined;
}

/**
 * Whether quotation `q` (closing at token `close`) opens its sentence: a one-word quotation there is an
 * utterance (“Out!” the crowd yelled), elsewhere a term in quotation marks (the “moderate” wing said).
 * PolNeAR train gold takes such sentence-opening words before a cue as content (“Mexico!” the audience
 * screamed, "Absolutely," he said). Held-out train (/tmp/cuemodel/final/evh.sh): cue overlap F1 0.8021 ->
 * 0.8023, content 0.8483 -> 0.8488, attribution 0.7524 -> 0.7530, source 0.7853 -> 0.7856.
 */
function opensSentence(scene: QuoteScene, q: number, close: number): boolean {
  const { tokens } = scene;
  let open = close;
  while (open > 0 && tokens[open]!.start > scene.quoted[q]!.start) open--;
  if (open === 0 || scene.paragraphOf[open - 1] !== scene.paragraphOf[open]) return true;
  const sentence = scene.sentences[scene.sentenceOf[open]!];
  return sentence?.tokenStart === open || SENTENCE_END.has(tokens[open - 1]!.text) || CLOSING_MARKS.has(tokens[open - 1]!.text) && SENTENCE_END.has(tokens[open - 2]?.text ?? '');
}

/** Whether tokens `[from, to)` between a quotation and its cue can be the speaker. */
function isQuoteSpeaker(scene: QuoteScene, from: number, to: number): boolean {
  const first = scene.tokens[from]!.pos ?? '';
  if (first === 'IN' || first === 'TO' || first === 'CC') return false;
  if (scene.tokens[to - 1]!.text !== ',') return true;
  for (let t = from; t < to; t++) {
    const w = lowerAt(scene.tokens, t);
    if (w === 'who' || w === 'which') return true;
    if (isFiniteTag(scene.tokens[t]!.pos)) return false;
  }
  return true;
}

/** A multi-paragraph quotation ending with piece `q`: all its pieces, first to last. */
function piecesEndingAt(scene: QuoteScene, q: number): number[] {
  const pieces = [q];
  while (scene.quoted[pieces[0]!]!.continuation && pieces[0]! > 0 && scene.quoted[pieces[0]! - 1]!.continues) pieces.unshift(pieces[0]! - 1);
  return pieces;
}

function preposition(scene: QuoteScene, cue: CueCandidate, from: number, to: number): Draft | undefined {
  if (cue.role !== 'preposition') return undefined;
  const source = findPrepositionSource(scene, cue.to, to);
  if (!source) return undefined;
  let content: ContentFind | undefined;
  if (cue.from - from <= 1 || adverbialBefore(scene, cue, from, source)) {
    const k = scene.tokens[source[1]]?.text === ',' ? source[1] + 1 : source[1];
    content = findContentAfter(scene, cue.head, k, to, to);
  } else {
    content = findContentBefore(scene, from, cue.from);
  }
  return content ? fromContent(cue, content, 'preposition', source) : undefined;
}

/**
 * "Now, according to the poll, some states are swinging", "But the next day, according to Roffman, Trump
 * made further demands": the words before a preposition cue hold no finite verb, so they are an adverbial
 * opening the sentence, not what was said; the content is the clause after the source and its comma.
 */
function adverbialBefore(scene: QuoteScene, cue: CueCandidate, from: number, source: TokenRange): boolean {
  const { tokens } = scene;
  // "The boats, according to the report, are old": a subject before, its verb after the aside.
  if (tokens[cue.from - 1]?.text !== ',' || tokens[source[1]]?.text !== ',' || isFiniteTag(tokens[source[1] + 1]?.pos)) return false;
  for (let t = from; t < cue.from - 1; t++) if (isFiniteTag(tokens[t]!.pos) || scene.opensAt.has(t)) return false;
  return true;
}

function after(scene: QuoteScene, cue: CueCandidate, from: number, to: number, stop: number): Draft | undefined {
  if (cue.role !== 'verb') return undefined;
  const agent = findPassiveAgent(scene, cue, to);
  const content = dropLeadingComma(scene, findContentAfter(scene, cue.head, agent ? agent[1] : cue.to, to, stop));
  if (!content) {
    // "The plan was criticized by the union.": the passive subject is what the agent's cue is about.
    const subject = agent ? findSourceBefore(scene, cue.from, from, true) : undefined;
    return subject ? fromContent(cue, clauseContent(scene, subject[0], subject[1]), 'after', agent) : undefined;
  }
  // "The crowd was later estimated at 6,000": no agent, so no speaker; the subject is part of what was
  // estimated, and PolNeAR puts it in the content ("The crowd … at 6,000").
  const agentless = !agent && isAgentlessPassive(scene, cue, to);
  const draft = fromContent(cue, narrowNounContent(scene, content), 'after', agent ?? (agentless ? undefined : findSourceBefore(scene, cue.from, from, isPassive(scene, cue))));
  if (agentless) {
    const subject = findSourceBefore(scene, cue.from, from, true);
    if (subject) draft.content.unshift([scene.tokens[subject[0]]!.start, scene.tokens[subject[1] - 1]!.end]);
  }
  // "The plan was criticized by the unions for ignoring pensions": what the agent said is about the
  // passive subject, which PolNeAR puts in the content with the reason ("The plan … for ignoring ...").
  if (agent && PASSIVE_REASONS.has(lowerAtOr(scene.tokens, agent[1], cue.head))) {
    const subject = findSourceBefore(scene, cue.from, from, true);
    if (subject) draft.content.unshift([scene.tokens[subject[0]]!.start, scene.tokens[subject[1] - 1]!.end]);
  }
  return draft;
}

/**
 * "As the port director noted, fares will stay ...": a comma left at the start of the content is no part
 * of it. Held-out train, content exact-span F1: fold A 0.5335 -> 0.5355, fold B 0.4978 -> 0.4988 (the
 * overlap figures do not move).
 */
function dropLeadingComma(scene: QuoteScene, content: ContentFind | undefined): ContentFind | undefined {
  if (!content || content.direct || scene.text[content.start] !== ',') return content;
  let start = content.start + 1;
  while (start < content.end && /\s/.test(scene.text[start]!)) start++;
  return start < content.end ? { ...content, start } : content;
}

/**
 * Prepositions after a passive cue's agent that give the reason, the label or the figure ("estimated by
 * police at 6,000"), not a new clause.
 */
const PASSIVE_REASONS = new Set(['for', 'as', 'over', 'of', 'at']);

const CLOSING_MARK_CHARS = new Set(['”', '’', '"', "'", '»']);

/** The token before the cue (or before its source) closes a quotation ending in . ! or ? inside its marks, in another sentence. */
function endsOwnSentence(scene: QuoteScene, cue: CueCandidate): boolean {
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - QUOTE_SOURCE_REACH); k--) {
    const q = scene.closesAt.get(k);
    if (q !== undefined) {
      const quote = scene.quoted[q]!;
      // The character before the closing mark(s): one mark, or two apostrophes ('').
      let c = quote.end - 1;
      while (c > quote.start && CLOSING_MARK_CHARS.has(scene.text[c - 1]!)) c--;
      return scene.sentenceOf[k] !== scene.sentenceOf[cue.head] && /[.!?]/.test(scene.text[c - 1] ?? '');
    }
  }
  return false;
}

/** "The market was hit, officials said." / "..., said the spokesman." */
function trailing(scene: QuoteScene, cue: CueCandidate, from: number, to: number): Draft | undefined {
  if (cue.role !== 'verb') return undefined;
  const { tokens } = scene;
  let source = findSourceBefore(scene, cue.from, from, isPassive(scene, cue));
  let contentEnd = source ? source[0] : cue.from;
  if (!source && tokens[cue.from - 1]?.text === ',') {
    source = findSourceAfter(scene, cue.to, to);
    contentEnd = cue.from;
  }
  // "..., as some have speculated": the "as" stands outside source and content.
  if (lowerAtOr(tokens, contentEnd - 1, 0) === 'as' && tokens[contentEnd - 2]?.text === ',') contentEnd--;
  // ',' or a quotation ending in a comma inside its marks ("... wrong,” she said).
  if (tokens[contentEnd - 1]?.text !== ',' && !closesOnComma(scene, contentEnd - 1)) return undefined;
  const content = findContentBefore(scene, from, contentEnd);
  return content ? fromContent(cue, content, 'before', source) : undefined;
}

function fromContent(cue: CueCandidate, content: ContentFind, shape: Draft['shape'], source: TokenRange | undefined): Draft {
  const draft: Draft = { cue, content: [[content.start, content.end]], direct: content.direct, quoted: content.quoted, shape, sharedSource: false };
  if (source) draft.source = source;
  return draft;
}

let actions: Set<string> | undefined;
/** Forms of physical-action verbs (lexicon `action-verbs`). */
function actionVerbs(): Set<string> {
  actions ??= new Set(loadLexicon('action-verbs').entries.flatMap((e) => e.terms));
  return actions;
}

/** Words that open reported content: a complement clause, a question, an infinitive. */
const CONTENT_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'to']);

/**
 * How sure the model must be of a cue it alone proposed, with a noun phrase for content. Chosen on the
 * 140 held-out train articles: 0.8 gave attribution F1 0.707, 0.5 0.710, 0.2 0.715 but with deeds
 * ("opened the new line") as attributions, which our users would read as speech.
 */
const MODEL_CUE_CONFIDENCE = 0.5;

/**
 * A cue only the model proposed, with a plain noun phrase after it ("Russia attacked the neighbouring
 * state"), is taken only when the model is sure: in war reporting such verbs are deeds, not speech.
 */
function plausibleModelCue(scene: QuoteScene, draft: Draft): boolean {
  if (draft.cue.entry !== 'model' || draft.direct || draft.quoted.length > 0 || draft.shape !== 'after') return true;
  // "attacked Rubio for not answering", "urged lawmakers to": the object and its preposition say it is a report.
  if (draft.cue.head === draft.cue.to - 1 && objectCueAt(scene.tokens, draft.cue.head, scene.sentences[scene.sentenceOf[draft.cue.head]!]!.tokenEnd)) return true;
  const head = lowerAt(scene.tokens, draft.cue.head);
  if ((draft.cue.confidence ?? 0) >= MODEL_CUE_CONFIDENCE && (!actionVerbs().has(head) || (ATTACK_VERBS.has(head) && namedPersonObject(scene, draft)))) return true;
  const first = scene.text.slice(draft.content[0]![0], draft.content[0]![1]).split(/\s+/)[0]!.toLowerCase();
  return CONTENT_OPENERS.has(first);
}

/** Verbs of the action lexicon that politics also uses for words: "attacked Trump", "hits Clinton". */
const ATTACK_VERBS = new Set(['attack', 'attacks', 'attacked', 'attacking', 'hit', 'hits', 'hitting']);

/**
 * "Clinton attacked Trump, saying ...", "also attacked billionaire Donald Trump, with whom ...": the
 * object of an attack verb is a name that ends its noun phrase (at most three words before it), so a
 * person or party was attacked in words, not a place or a thing by force ("attacked Kharkiv" is a
 * place name too, but a model cue needs the model sure of it; "attacked Zelensky's convoy" and "hit
 * Trump supporters" go on past the name).
 */
function namedPersonObject(scene: QuoteScene, draft: Draft): boolean {
  const { tokens } = scene;
  let k = draft.cue.to;
  while (k < tokens.length && tokens[k]!.start < draft.content[0]![0]) k++;
  let words = 0;
  while (k < tokens.length && words < 3 && /^\p{Ll}/u.test(tokens[k]!.text) && /^(JJ|NN|NNS)$/.test(tokens[k]!.pos ?? '')) {
    k++;
    words++;
  }
  const nameStart = k;
  while (k < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && /^(NNP|NNPS|NN)$/.test(tokens[k]!.pos ?? '')) k++;
  if (k === nameStart || placeName(scene, nameStart, k)) return false;
  const next = tokens[k];
  return !next || !(/^(POS|NN|NNS|NNP|NNPS)$/.test(next.pos ?? '') || isPossessiveS(next.text));
}

/** Whether tokens `[from, to)` are a place the lexicons know (a nation or gazetteer place). */
function placeName(scene: QuoteScene, from: number, to: number): boolean {
  const name = scene.tokens.slice(from, to).map((t) => t.text).join(' ').toLowerCase();
  places ??= new Set([...loadLexicon('nations').entries, ...loadLexicon('places').entries].flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  return places.has(name);
}

let places: Set<string> | undefined;
