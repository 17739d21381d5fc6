/**
 * Dates of event mentions. Each calendar date in a sentence goes to the nearest trigger in it ("Russia
 * attacked ... in late February, ... the Minsk agreements, first signed in 2014"), but a date outside a
 * quote belongs to the saying, not to an event inside the quote, and a wire dateline's date to the
 * report. Ranges and open bounds ("since 2015") date no event.
 */
import type { EventDate, DatePrecision } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import { datesSaying, speakingQuote } from './attach-claimants.js';
import { firstEndingAfter } from '../../model/text-index.js';

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const OPEN_MODS = new Set(['BEFORE', 'AFTER', 'ON_OR_AFTER', 'ON_OR_BEFORE', 'START', 'END']);
/** Words that put a date in another clause than a trigger ("since", "after the invasion in 2022"). */
const CLAUSE_LINKS = new Set(['since', 'after', 'before', 'following', 'until', 'when', 'while', 'because', 'as']);

const DAY_OF_TIME = /^(\d{4}-\d{2}-\d{2})T/;
const OVERNIGHT = /^overnight$/i;
/** A mention whose speaking quote is not asked yet (undefined is an answer: no quote). */
const UNASKED = Symbol('unasked');

// The latest day asked of dayBefore and its answer: the day asked is an article's publication day, the
// same for every "overnight" of the article (and often of the next), and parsing and formatting a date
// costs microseconds.
let lastDay: string | undefined;
let lastBefore: string | undefined;

/** The calendar day before an ISO date ("2024-03-21" -> "2024-03-20"). */
function dayBefore(isoDay: string): string | undefined {
  if (isoDay === lastDay) return lastBefore;
  const t = Date.parse(`${isoDay}T00:00:00Z`);
  lastBefore = Number.isNaN(t) ? undefined : new Date(t - 86_400_000).toISOString().slice(0, 10);
  lastDay = isoDay;
  return lastBefore;
}

function precisionOf(value: string): DatePrecision {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : 'vague';
}

/** For each trigger mention, the date assigned to it, if any. */
export function attachDates(scene: EventScene, mentions: readonly TriggerMention[]): Map<TriggerMention, EventDate> {
  const out = new Map<TriggerMention, EventDate>();
  // A date dates only a mention of its own sentence (and counts only against another date there).
  if (mentions.length === 0) return out;
  const mentioned = new Set<number>();
  for (const m of mentions) mentioned.add(m.sentence);
  const published = scene.doc.meta.publishedAt?.slice(0, 10);
  /** Per sentence, its one usable date and the quote around it; null when it has several. */
  const only = new Map<number, { date: EventDate; quote: unknown } | null>();
  // Per mention (by its index): the quote speaking for it once asked, and the distance of the date it
  // keeps. Arrays, not Maps keyed by the mention objects: each new key object got an identity hash
  // (a random number and a new properties store) on its first lookup.
  // Filled by a loop: Array.prototype.fill runs in C++ (ArrayPrototypeFill, cpp.sh).
  const quotes: unknown[] = [];
  const nearest: number[] = [];
  for (let k = 0; k < mentions.length; k++) {
    quotes.push(UNASKED);
    nearest.push(Infinity);
  }
  const quoteOf = (k: number): unknown => {
    if (quotes[k] === UNASKED) quotes[k] = speakingQuote(scene, mentions[k]!.span.start, mentions[k]!.span.end);
    return quotes[k];
  };
  for (const dated of scene.doc.layers.dates ?? []) {
    const t = scene.tokenOf(dated.start);
    if (!mentioned.has(scene.sentence[t]!)) continue;
    // "on Saturday evening" (2024-12-07TEV), "at 3 a.m. on Monday": a time of a known day dates by its day.
    // Another time dates nothing, except "struck ... overnight" in a report of the next morning: the
    // night before publication, dated by the day it began (the dates layer keeps the word's own value).
    const day = dated.type === 'TIME' && (dated.stated.day !== undefined || dated.stated.weekday !== undefined) ? DAY_OF_TIME.exec(dated.value)?.[1] : dated.type === 'TIME' && published && dated.anchor === 'publication' && OVERNIGHT.test(dated.text) ? dayBefore(published) : undefined;
    const d = day ? { ...dated, type: 'DATE' as const, value: day } : dated;
    if (d.type !== 'DATE' || !CALENDAR.test(d.value) || d.range || (d.mod && OPEN_MODS.has(d.mod))) continue;
    // A date after publication is a plan ("would return on Saturday, two days after police detained"): no event reported happened then.
    if (published && d.value > published.slice(0, d.value.length)) continue;
    // "said on Thursday", "Peskov on Monday condemned": the date of the saying, not of an event.
    if (datesSaying(scene, d.start, d.end)) continue;
    // "ODESA, March 6 (Reuters) - ": the day the report was filed.
    if (inDateline(scene, d.start, d.end)) continue;
    const quote = speakingQuote(scene, d.start, d.end);
    let best = -1;
    let bestDistance = Infinity;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.sentence !== scene.sentence[t]) continue;
      // A trigger that is itself the quote's cue (a mistaken "Russia attacked ..." quote) stands beside it.
      const isCue = quote?.cue !== undefined && quote.cue.start <= m.span.start && m.span.end <= quote.cue.end;
      if (quoteOf(k) !== quote && !isCue) continue;
      const distance = Math.abs(m.start - t);
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    }
    const date: EventDate = { value: d.value, precision: precisionOf(d.value), expression: { start: d.start, end: d.end, text: d.text }, date: d.id };
    const sentence = scene.sentence[t]!;
    only.set(sentence, only.has(sentence) ? null : { date, quote });
    // A trigger keeps the nearest of the dates that chose it ("accused each other on Wednesday of
    // shelling the plant on Monday night": Monday's), the first of them when two are as near.
    if (best >= 0 && bestDistance < nearest[best]!) {
      out.set(mentions[best]!, date);
      nearest[best] = bestDistance;
    }
  }
  // "Police detained 37 people and used water cannon ... early on Wednesday, ending a protest": the
  // sentence's only date dates all its events in the same voice.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (nearest[k] !== Infinity) continue; // dated above
    const one = only.get(m.sentence);
    if (!one || quoteOf(k) !== one.quote) continue;
    // "shelled almost daily since the start of the invasion in February 2022": the date is another clause's.
    const d = scene.tokenOf(one.date.expression.start);
    let linked = true;
    for (let i = Math.min(m.end, d); i < Math.max(m.start, d) && linked; i++) if (CLAUSE_LINKS.has(scene.words[i]!)) linked = false;
    if (linked) out.set(m, one.date);
  }
  return out;
}

/** Whether `[start, end)` lies in the dateline the structure stage marked on its paragraph ("KYIV, Nov 4 (Example Wire) - "). */
function inDateline(scene: EventScene, start: number, end: number): boolean {
  const paragraphs = scene.doc.layers.paragraphs;
  const dateline = paragraphs?.[firstEndingAfter(paragraphs, start)]?.dateline;
  return dateline !== undefined && start >= dateline.start && end <= dateline.end;
}
