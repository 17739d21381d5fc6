/**
 * Places of event mentions. A place is an event's location only when used as a location: a capital
 * standing for its government ("Moscow said", "Kiev insists") never is, nor a place that is all of a
 * quote's source ("Russia said"), nor a place that is itself an actor of the event, nor a demonym
 * ("Russian forces") or a possessor ("Russia's invasion"). Agreements and recognitions take only a
 * place after "in" or "at". Also the article's dateline place and its headline lines.
 */
import type { EventLocation, EventActor } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { Paragraph } from '../../model/layers/structure.js';
import type { TriggerMention } from './find-triggers.js';
import { firstEndingAfter } from '../../model/text-index.js';
import { isPossessiveS } from '../structure/possessive-marks.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'on', 'of', 'into', 'across', 'around']);
/** How far from its trigger a place may be: after a locative preposition, and otherwise. */
const MAX_LOCATIVE = 10;
const MAX_OTHER = 5;

const DIRECTION = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;

/** The location of one mention: the nearest place used as a location in its sentence, not an actor. */
export function attachLocation(scene: EventScene, mention: TriggerMention, actors: readonly EventActor[], dateline?: EventLocation): EventLocation | undefined {
  const places = scene.doc.layers.places;
  if (!places) return undefined;
  const strategic = mention.entry.type === 'Strategic developments';
  const { first, candidate } = placeTokens(scene, places);
  let best: EventLocation | undefined;
  let bestDistance = Infinity;
  let quote: Quote | undefined | null = null;
  for (let k = 0; k < places.length; k++) {
    if (candidate[k] === 0) continue;
    const t = first[k]!;
    if (scene.sentence[t] !== mention.sentence) continue;
    const p = places[k]!;
    // "Russia said its forces struck a depot in Kharkiv; Ukraine said the missile hit a block in Kyiv":
    // a place in another source's words is that source's, not this mention's.
    if (quote === null) quote = scene.quoteAround(mention.span.start, mention.span.end);
    const placeQuote: Quote | undefined = quote ? scene.quoteAround(p.start, p.end) : undefined;
    if (quote && placeQuote && placeQuote !== quote && !placeQuote.content.some((c) => c.start <= mention.span.start && mention.span.end <= c.end)) continue;
    // The dateline says where the report was filed; lead events without a place of their own get it later.
    if (p.id === dateline?.place) continue;
    if (actors.some((a) => a.start <= p.start && p.end <= a.end && a.role !== 'victim')) continue;
    const prep = t > 0 ? scene.words[t - 1]! : ''; // no words[-1]: a negative index is looked up in the runtime
    if (strategic && !(t >= mention.end && (prep === 'in' || prep === 'at'))) continue;
    // "the main market of Kutum in North Darfur": the place after "in" holds the one before it, which says more.
    if (prep === 'in' && t >= 2 && endsCandidate(places, first, candidate, scene, t - 2)) continue;
    // A place after a locative preposition is more likely where it happened; others count double distance.
    let gap = Math.abs(t - mention.start);
    // "had struck \"infrastructure used by the Ukrainian military\" in the Odesa region": a quoted object counts as one word.
    if (gap > (LOCATIVE.has(prep) ? MAX_LOCATIVE : MAX_OTHER) && t > mention.end) gap -= quotedWordsBetween(scene, mention.end, t);
    if (gap > (LOCATIVE.has(prep) ? MAX_LOCATIVE : MAX_OTHER)) continue;
    const distance = gap * (LOCATIVE.has(prep) ? 1 : 2);
    if (distance < bestDistance) {
      bestDistance = distance;
      // "south of Kharkiv": a point the place is told from, not the place itself.
      best = locationOf(p, prep === 'of' && DIRECTION.test(scene.words[t - 2] ?? '') ? 'place-after-direction-of' : LOCATIVE.has(prep) ? `place-after-${prep}` : 'place-in-sentence');
    }
  }
  return appositiveSubject(scene, mention, places, first, candidate) ?? best;
}

/** Quotation marks that open or close a quoted phrase. */
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** The tokens of `[from, to)` inside quotation marks that open and close there, less one per quotation (it counts as one word). */
function quotedWordsBetween(scene: EventScene, from: number, to: number): number {
  let saved = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    if (!QUOTE_MARKS.has(scene.tokens[i]!.text)) continue;
    if (open < 0) open = i;
    else {
      saved += i - open; // the marks and the words between them, less the one word they count as
      open = -1;
    }
  }
  return saved;
}

/** Whether token `t` is the last token of a place that can locate an event. */
function endsCandidate(places: NonNullable<EventScene['doc']['layers']['places']>, first: Int32Array, candidate: Uint8Array, scene: EventScene, t: number): boolean {
  const end = scene.tokens[t]!.end;
  for (let k = firstEndingAfter(places, end - 1); k < places.length && places[k]!.start < end; k++) if (places[k]!.end === end && candidate[k] === 1 && first[k]! <= t) return true;
  return false;
}

/** An event location at place mention `p`, found by `rule`. */
export function locationOf(p: NonNullable<EventScene['doc']['layers']['places']>[number], rule: string): EventLocation {
  const location: EventLocation = { name: p.name, place: p.id, precision: p.precision, expression: { start: p.start, end: p.end, text: p.text }, rule };
  if (p.lat !== undefined) location.lat = p.lat;
  if (p.lon !== undefined) location.lon = p.lon;
  return location;
}

/** Marks that set off an appositive: commas and dashes. */
const APPOSITIVE_MARKS = new Set([',', '—', '–', '--']);
/** Auxiliaries and adverbs between a passive subject and its participle ("has been repeatedly shelled"). */
const PASSIVE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'reportedly', 'allegedly', 'repeatedly', 'again', 'also', 'regularly', 'constantly', 'frequently']);
/** Words that may open a sentence before its subject place ("The city of Kharkiv", "But Kharkiv"). */
const SUBJECT_OPENERS = new Set(['the', 'city', 'town', 'village', 'region', 'of', 'but', 'and', 'meanwhile', 'now', 'port', 'capital']);

/**
 * "Kharkiv, the country's second-largest city and ..., has been shelled almost daily": a place that
 * opens the sentence, set off by an appositive that ends right before the passive verb, is what was hit
 * however long the appositive is.
 */
function appositiveSubject(scene: EventScene, mention: TriggerMention, places: NonNullable<EventScene['doc']['layers']['places']>, first: Int32Array, candidate: Uint8Array): EventLocation | undefined {
  if (mention.entry.type === 'Strategic developments') return undefined;
  const w = scene.words;
  const s = mention.sentence;
  let k = mention.start;
  while (k > 0 && PASSIVE_AUX.has(w[k - 1]!)) k--;
  // A passive verb: at least one auxiliary before the participle, and the appositive's comma before it.
  const close = w[k - 1] ?? '';
  if (k === mention.start || !APPOSITIVE_MARKS.has(close) || !/^(?:was|were|is|are|been|being|be)$/.test(w[mention.start - 1] ?? '')) return undefined;
  // The comma or dash that opens the appositive, right after a place that opens the sentence.
  for (let comma = k - 2; comma > 0 && scene.sentence[comma] === s && !/^[;:]$/.test(w[comma]!); comma--) {
    // The appositive opens with the mark that closes it ("Kharkiv — ... —", "Kharkiv, ..., ").
    if (w[comma] !== close) continue;
    const k2 = placeEndingAt(scene, places, comma - 1);
    if (k2 < 0 || candidate[k2] === 0) continue;
    const p = places[k2]!;
    let a = first[k2]!;
    while (a > 0 && scene.sentence[a - 1] === s && SUBJECT_OPENERS.has(w[a - 1]!)) a--;
    if (a > 0 && scene.sentence[a - 1] === s) return undefined;
    return locationOf(p, 'appositive-subject');
  }
  return undefined;
}

/** The index of the place whose last token is `t`, or -1. */
function placeEndingAt(scene: EventScene, places: NonNullable<EventScene['doc']['layers']['places']>, t: number): number {
  const end = scene.tokens[t]!.end;
  for (let k = firstEndingAfter(places, end - 1); k < places.length && places[k]!.start < end; k++) if (places[k]!.end === end) return k;
  return -1;
}

/**
 * Per place of the document: its first token, and whether it can locate an event at all: used as a
 * location, no demonym ("Ukrainian artillery", "the Russian border" say whose, not where), and no
 * possessor ("Russia's invasion", "Ukraine's army" own something; it is not where it happened).
 * Worked out once per scene rather than once per place per mention.
 */
function placeTokens(scene: EventScene, places: NonNullable<EventScene['doc']['layers']['places']>): { first: Int32Array; candidate: Uint8Array } {
  let known = scene.placeFacts;
  if (known && known.first.length === places.length) return known;
  const first = new Int32Array(places.length);
  const candidate = new Uint8Array(places.length);
  const quotes = scene.doc.layers.quotes ?? [];
  for (let k = 0; k < places.length; k++) {
    const p = places[k]!;
    first[k] = scene.tokenOf(p.start);
    candidate[k] = p.usage === 'location' && !p.rule.startsWith('demonym') && !isPossessiveS(scene.words[scene.tokenOf(p.end - 1) + 1] ?? '') && !isSpeaker(scene.text, quotes, p) ? 1 : 0;
  }
  known = { first, candidate };
  scene.placeFacts = known;
  return known;
}

/** Words a quote's source may open with before a place that is all of it ("the Ukraine said"). */
const SOURCE_OPENER = /^(?:the\s+)?$/i;

/**
 * Whether a place is the whole source of a quote ("Ukraine said the missile hit ...", "Russia denies
 * ..."): a country or town that speaks stands for its government or people, as a capital does ("Moscow
 * said"); it is not where the event it speaks of happened.
 */
function isSpeaker(text: string, quotes: readonly Quote[], p: { start: number; end: number }): boolean {
  for (const q of quotes) {
    const s = q.source;
    if (s && s.end === p.end && s.start <= p.start && SOURCE_OPENER.test(text.slice(s.start, p.start))) return true;
  }
  return false;
}

/** Marks that end a sentence of body text (a headline ends without one). */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * Whether a paragraph is a headline above the article: the title given in the metadata, a line the
 * structure stage marked as written in title case or capitals ("Is Kharkiv Safe After The Strikes?"),
 * or a line that does not end a sentence ("Russian missiles hit Kharkiv apartment blocks, killing seven").
 */
function isHeadline(scene: EventScene, paragraph: Paragraph): boolean {
  if (paragraph.titleCase) return true;
  const text = scene.text.slice(paragraph.start, paragraph.end).trim();
  if (text.length === 0) return true;
  const title = scene.doc.meta.title?.trim();
  return text === title || !SENTENCE_END.test(text);
}

/**
 * Where the headline lines above the article end (0 when it opens with body text): the paragraphs
 * before the first one that is body text. An article of headlines only has none.
 */
export function headlineEnd(scene: EventScene): number {
  const paragraphs = scene.doc.layers.paragraphs;
  if (!paragraphs) return 0;
  for (const p of paragraphs) if (!isHeadline(scene, p)) return p === paragraphs[0] ? 0 : p.start;
  return 0;
}

/**
 * The place of the article's dateline and the text up to the end of the paragraph it opens (the
 * headline included), if the article opens with one: in its first paragraph, or in its second below
 * a headline. The structure stage marks the dateline (paragraph `dateline`); its place words must be a
 * place the places stage found. A place and a dash opening a later paragraph ("Kharkiv — Ukraine's
 * second city — ...") is a sentence about the place, not where the report was filed. Events of the
 * lead that name no place of their own happened there.
 */
export function findDateline(scene: EventScene): { location: EventLocation; paragraph: { start: number; end: number } } | undefined {
  const places = scene.doc.layers.places;
  const paragraphs = scene.doc.layers.paragraphs;
  if (!places || !paragraphs) return undefined;
  for (let k = 0; k < Math.min(2, paragraphs.length); k++) {
    const paragraph = paragraphs[k]!;
    if (k === 1 && !isHeadline(scene, paragraphs[0]!)) break;
    const words = paragraph.dateline?.place;
    if (!words) continue;
    const p = places[firstEndingAfter(places, paragraph.start)];
    if (p?.start !== words.start || p.end !== words.end || p.usage !== 'location') continue;
    const location = locationOf(p, 'dateline');
    // Events of the headline above the dateline happened there too.
    return { location, paragraph: { start: 0, end: paragraph.end } };
  }
  return undefined;
}
