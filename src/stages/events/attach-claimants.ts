/**
 * Who stands behind a span of text, and how: the outlet in its own voice, or a source it reports
 * (quotes layer), with the claim's status (claims layer: attributed, hedged, disputed, denied). What a
 * source condemns, mourns or welcomes is the outlet's given, not the source's claim. When
 * the claims stage has not run, a denial cue on the quote ("denied") and hedge words before the span
 * ("allegedly") stand in for it.
 */
import type { Claimant, EventPosition, EventStance, EventStatus } from '../../model/layers/events.js';
import type { Span } from '../../model/span.js';
import type { Claim } from '../../model/layers/claims.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { EventScene } from './event-scene.js';
import { negatedReport } from './negated-report.js';
import { isOtherQuoteCue, ownActDenied, readClaimStance } from './claim-stance.js';
import { sourceClaimant } from './source-claimant.js';

export interface Voice {
  claimant: Claimant;
  status: EventStatus;
  claims: string[];
  quotes: string[];
  /** The hedge or attribution makes what is said a claim, not the outlet's fact. */
  alleged: boolean;
  /**
   * The source speaks of what is said about the event ("spreading “fakes” about the strike", "questions
   * over the shelling"), not of the event: it is no claimant of it. A word of falsity disputes it.
   */
  topic?: true;
  /** The claimant's own stance on what the span reports: a denial cue makes it `denies`, calling it false or questioning it `disputes`. */
  stance: EventStance;
  /** The stance is about who did it ("denied carrying out the strike": the denier's own act), not whether it happened. */
  about: EventPosition['about'];
  /** How the outlet qualifies the claimant's word: a hedge ("allegedly") or a distancing cue ("claims"). */
  qualified?: 'hedged' | 'distanced';
  /** The cue that denies or disputes ("denied", "dismissed"), evidence of the stance. */
  cue?: Span;
  /**
   * Who denies, when the claimant is another: "Peskov dismissed reports that missiles had hit ..." (the
   * reports claim it, Peskov denies them).
   */
  denier?: Claimant;
}

const HEDGES = new Set(['allegedly', 'alleged', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'suspected', 'presumably', 'claimed', 'purported']);
const DENIAL_CUE = /\b(?:deni|deny|reject|refut|dismiss)/i;
/** Cues whose object is a fact the speaker reacts to, not a claim ("condemned the strike", "mourned the dead"). */
const PRESUPPOSING = /^(?:condemn|denounc|deplor|mourn|lament|regret|welcom|prais|hail|decr[iy]|apologi)/i;
const CLAUSE_END = /[.!?;]/;
/** Quotation marks: '"' opens and closes; '“' and '«' open; '”' and '»' close. */
const STRAIGHT = 0x22;
const OPEN_CURLY = 0x201c;
const OPEN_GUILLEMET = 0xab;
const CLOSE_CURLY = 0x201d;
const CLOSE_GUILLEMET = 0xbb;

/** Whether offset `at` lies inside quotation marks opened within the content span that holds it. */
function insideMarks(text: string, content: readonly { start: number; end: number }[], at: number): boolean {
  const span = content.find((c) => c.start <= at && at < c.end);
  if (!span) return false;
  // Character codes, not one-character strings: the scan runs over the content before every span a
  // condemning or mourning source's quote holds.
  let open = false;
  for (let i = span.start; i < at; i++) {
    const ch = text.charCodeAt(i);
    if (ch === STRAIGHT) open = !open;
    else if (ch === OPEN_CURLY || ch === OPEN_GUILLEMET) open = true;
    else if (ch === CLOSE_CURLY || ch === CLOSE_GUILLEMET) open = false;
  }
  return open;
}

const STRENGTH: Record<EventStatus, number> = { asserted: 0, attributed: 1, hedged: 2, disputed: 3, denied: 4 };

function innermostClaim(claims: readonly Claim[], start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) if (c.start <= start && end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  return best;
}

/** Whether every cue of status `status` on `claim` is another quote's (and there is one): a later source's position. */
function laterPosition(scene: EventScene, claim: Claim, status: string): boolean {
  let any = false;
  for (const c of claim.cues) {
    if (c.kind !== status) continue;
    if (!isOtherQuoteCue(scene, claim, c)) return false;
    any = true;
  }
  return any;
}

/** Cues that name something in quotation marks ("what he called a “terrorist attack”", "described as"). */
const NAMING = /^(?:call|describ|term|dub|brand|label)[a-z]*$/i;

/** Whether a cue names ("called a “terrorist attack”"), not asks ("called for an inquiry", "called on"). */
function naming(scene: EventScene, cue: { text: string; end: number }): boolean {
  return NAMING.test(cue.text) && !/^\s+(?:for|on|upon)\b/i.test(scene.text.slice(cue.end, cue.end + 8));
}

/** The smallest quote other than `inner` whose content holds `[start, end)` and more than `inner`'s. */
function enclosingQuote(scene: EventScene, inner: Quote, start: number, end: number): Quote | undefined {
  const own = inner.content.find((c) => c.start <= start && end <= c.end);
  const size = own ? own.end - own.start : 0;
  let best: Quote | undefined;
  let bestSize = Infinity;
  for (const q of scene.doc.layers.quotes ?? []) {
    if (q === inner) continue;
    for (const c of q.content) if (c.start <= start && end <= c.end && c.end - c.start > size && c.end - c.start < bestSize) [best, bestSize] = [q, c.end - c.start];
  }
  return best;
}

/** Content about who is responsible ("has not claimed responsibility for the strike", "denied any responsibility for"). */
const RESPONSIBILITY = /^(?:any |no |full )?responsibility\b/i;

/**
 * The quote whose source speaks for `[start, end)`: none for what the source only condemns or mourns,
 * nor for what it claims or denies responsibility for ("Kiev has not claimed responsibility for the
 * strike" is about who struck, not whether a strike happened: Kiev is no claimant of the strike, and
 * a denied responsibility does not deny the event).
 */
export function speakingQuote(scene: EventScene, start: number, end: number, around?: Quote | null): Quote | undefined {
  let quote = around === undefined ? scene.quoteAround(start, end) : around ?? undefined;
  // "condemned what he called a “monstrous terrorist attack” after artillery struck a market, killing
  // 27": a naming cue names the words in its quotation marks; outside them the quote around it speaks.
  while (quote?.cue !== undefined && naming(scene, quote.cue) && !insideMarks(scene.text, quote.content, start)) quote = enclosingQuote(scene, quote, start, end);
  if (quote?.cue === undefined) return quote;
  if (PRESUPPOSING.test(quote.cue.text) && !insideMarks(scene.text, quote.content, start)) return undefined;
  // "Talks on extending a local ceasefire broke up": a topic of talk no one is named for, no kind of
  // saying: no one claims the ceasefire; the outlet names what was talked about.
  if (quote.cueKind === undefined && quote.source === undefined && TOPIC_CUE.test(quote.cue.text) && !insideMarks(scene.text, quote.content, start)) return undefined;
  const span = quote.content.find((c) => c.start <= start && end <= c.end);
  return span && RESPONSIBILITY.test(span.text.trimStart()) ? undefined : quote;
}

/** A noun cue's topic preposition at its end ("Talks on", "debate over"). */
const TOPIC_CUE = /\s(?:on|over|about|of|regarding|concerning)$/i;

/** An accusation's cue, whose object (the accused) comes before what they are accused of. */
const ACCUSING_CUE = /^(?:accus|blam|charg|suspect)/i;
/** The accused between an accusation's cue and its date ("accused each other on "). */
const ACCUSED = /^\s+(?:[\p{L}'’-]+\s+){1,3}$/u;
/** What an accusation's date is followed by: what the accused did ("on Wednesday of shelling"). */
const ACCUSED_OF = /^\s*(?:of|for|with)\s/;

/**
 * Whether a date dates a saying: next to a cue ("said on Thursday", "Peskov on Monday condemned"),
 * outside the content, or after the accused of an accusation ("accused each other on Wednesday of
 * shelling the plant", where the quote's content may take in the accused and the date).
 */
export function datesSaying(scene: EventScene, start: number, end: number): boolean {
  for (const q of scene.doc.layers.quotes ?? []) {
    const cue = q.cue;
    if (!cue) continue;
    if (start >= cue.end && start - cue.end <= 40 && ACCUSING_CUE.test(cue.text) && ACCUSED.test(scene.text.slice(cue.end, start)) && ACCUSED_OF.test(scene.text.slice(end, end + 6))) return true;
    if (q.content.some((c) => c.start < end && start < c.end)) continue;
    const gap = start >= cue.end ? start - cue.end : cue.start - end;
    if (gap >= 0 && gap <= 4 && !CLAUSE_END.test(start >= cue.end ? scene.text.slice(cue.end, start) : scene.text.slice(end, cue.start))) return true;
  }
  return false;
}

/** Nouns for what is said or shown: a source speaking of "fakes about the strike" speaks of the fakes. */
const TALK_NOUN = /^(?:reports?|claims?|allegations?|accusations?|assertions?|rumou?rs?|stor(?:y|ies)|news|coverage|footage|videos?|fakes?|lies|falsehoods?|fabrications?|disinformation|misinformation|propaganda|hoax(?:es)?|speculation|statements?|information|versions?|narratives?|questions?)$/;
/** Talk nouns that call what is said false: the source disputes the event. */
const FALSITY = /^(?:fakes?|lies|falsehoods?|fabrications?|disinformation|misinformation|propaganda|hoax(?:es)?)$/;
const TOPIC_LINK = new Set(['about', 'of', 'on', 'over', 'regarding', 'concerning', 'around']);
const NP_FILLER = /^(?:DT|JJ[RS]?|NNP|PRP\$|POS|CD|VBN)$/;
/** Reported-speech nouns whose "that" clause a denial rejects: "dismissed reports that missiles had hit". */
const REPORT_CLAUSE = /^((?:[\p{L}'’-]+\s+){0,3}?(?:reports?|claims?|allegations?|accusations?|assertions?|suggestions?|rumou?rs?))\s+that\b/iu;

/** The talk noun a mention is the topic of ("“fakes” about [the] strike"), when there is one in its sentence. */
function talkNounBefore(scene: EventScene, from: number): string | undefined {
  let i = from - 1;
  const sentence = scene.sentence[from];
  while (i >= 0 && from - i <= 4 && scene.sentence[i] === sentence && NP_FILLER.test(scene.tokens[i]!.pos ?? '') && !TOPIC_LINK.has(scene.words[i]!)) i--;
  if (i < 0 || scene.sentence[i] !== sentence || !TOPIC_LINK.has(scene.words[i]!)) return undefined;
  i--;
  while (i >= 0 && /^[”"’'»]$/.test(scene.words[i]!)) i--;
  return i >= 0 && scene.sentence[i] === sentence && TALK_NOUN.test(scene.words[i]!) ? scene.words[i] : undefined;
}

/** The voice of the tokens `[from, to)`. */
export function voiceOf(scene: EventScene, from: number, to: number): Voice {
  const start = scene.tokens[from]!.start;
  const end = scene.tokens[to - 1]!.end;
  const around = scene.quoteAround(start, end);
  // "The Kremlin condemned the deadly strike": what a source condemns or mourns, the outlet takes as
  // given; only the words inside its quotation marks ("a 'monstrous terrorist attack'") stay the source's.
  const quote = around ? speakingQuote(scene, start, end, around) : undefined;
  const presupposed = around !== undefined && quote === undefined;
  // Every field present, absent ones undefined: one hidden class for the voices every rule reads (layer-objects.ts).
  const voice: Voice = { claimant: { kind: 'outlet' }, status: 'asserted', claims: [], quotes: [], alleged: false, topic: undefined, stance: 'asserts', about: 'event', qualified: undefined, cue: undefined, denier: undefined };
  if (quote) {
    voice.claimant = sourceClaimant(quote);
    voice.quotes.push(quote.id);
    const denial = quote.cue !== undefined && DENIAL_CUE.test(quote.cue.text);
    voice.status = denial ? 'denied' : 'attributed';
    voice.alleged = true;
    if (denial) {
      voice.stance = 'denies';
      voice.cue = { start: quote.cue!.start, end: quote.cue!.end, text: quote.cue!.text };
      // "denied carrying out the strike", "denies bombing the market": the denier's own act.
      if (ownActDenied(scene, quote.cue!.end, from)) voice.about = 'responsibility';
    }
    // "The army said it had not carried out any strikes": a negated account of the event denies it.
    const negated = denial ? undefined : negatedReport(scene, quote, from);
    if (negated) {
      voice.status = 'denied';
      voice.stance = 'denies';
      voice.cue = negated.cue;
      if (negated.own) voice.about = 'responsibility';
    }
    // "Peskov dismissed reports that Russian missiles had hit apartment blocks": the reports claim the
    // strike and Peskov denies them; he is not its claimant.
    if (denial) {
      const span = quote.content.find((c) => c.start <= start && end <= c.end);
      const report = span ? REPORT_CLAUSE.exec(span.text.trimStart()) : null;
      const lead = span ? span.text.length - span.text.trimStart().length : 0;
      if (report && span!.start + lead + report[0].length <= start) {
        voice.denier = voice.claimant;
        voice.claimant = { kind: 'source', name: report[1]!.trim() };
        voice.about = 'event';
      }
    }
    const talk = talkNounBefore(scene, from);
    if (talk) {
      voice.topic = true;
      if (FALSITY.test(talk)) {
        voice.status = 'disputed';
        voice.stance = 'disputes';
      }
    }
  }
  const claims = scene.doc.layers.claims;
  if (claims) {
    const claim = innermostClaim(claims, start, end);
    if (claim) {
      voice.claims.push(claim.id);
      // A status whose cues are all other quotes' is a later source's position on it (", which the
      // army called “pure invention”": claims/find-back-references.ts), not how the claimant is reported.
      for (const s of claim.statuses) if (s !== 'questioned' && (!presupposed || s === 'hedged') && STRENGTH[s] > STRENGTH[voice.status] && !laterPosition(scene, claim, s)) voice.status = s;
      if (voice.claimant.kind === 'source' && voice.claimant.quote !== undefined) voice.claimant.claim = claim.id;
      if (!presupposed) readClaimStance(scene, voice, claim, quote, from);
    }
  } else {
    // Hedge words earlier in the same sentence qualify what follows them.
    for (let i = from - 1; i >= 0 && scene.sentence[i] === scene.sentence[from] && from - i <= 12; i--) {
      if (HEDGES.has(scene.words[i]!)) {
        if (STRENGTH.hedged > STRENGTH[voice.status]) voice.status = 'hedged';
        break;
      }
    }
  }
  if (voice.status !== 'asserted') voice.alleged = true;
  return voice;
}

/** The stronger of two statuses for one event's mentions: the outlet's own assertion wins. */
export function combineStatus(a: EventStatus, b: EventStatus): EventStatus {
  if (a === 'asserted' || b === 'asserted') return 'asserted';
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * When a source said what a quote reports: the calendar date nearest its cue in the cue's sentence,
 * outside the quote's content ("Peskov on Monday condemned ...", "the ministry said on Wednesday
 * that ..."). A date inside the content dates what is reported, not the saying. Worked out once per
 * quote and kept on the scene (a quote often carries several figures).
 */
export function saidOn(scene: EventScene, quoteId: string): string | undefined {
  let known = scene.saidOn;
  if (!known) scene.saidOn = known = new Map();
  if (!known.has(quoteId)) known.set(quoteId, findSaidOn(scene, quoteId));
  return known.get(quoteId);
}

function findSaidOn(scene: EventScene, quoteId: string): string | undefined {
  const quote = scene.doc.layers.quotes?.find((q) => q.id === quoteId);
  const cue = quote?.cue;
  if (!quote || !cue) return undefined;
  const sentence = scene.sentence[scene.tokenOf(cue.start)];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const d of scene.doc.layers.dates ?? []) {
    if (d.type !== 'DATE' || d.range || !CALENDAR.test(d.value)) continue;
    if (scene.sentence[scene.tokenOf(d.start)] !== sentence) continue;
    if (quote.content.some((c) => c.start < d.end && d.start < c.end)) continue;
    const distance = d.end <= cue.start ? cue.start - d.end : d.start - cue.end;
    if (distance < bestDistance) [best, bestDistance] = [d.value, distance];
  }
  return best;
}
