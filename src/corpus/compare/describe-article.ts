/**
 * One article's account of a clustered event, read from its layers: how it presents the event, the
 * casualty figures and who gives them, whom it blames, the denials and hedges near the event, its
 * contested names, and the techniques and loaded words near the event. Nothing is re-analysed.
 */
import type { Document } from '../../model/document.js';
import type { Claimant, EventStatus, NewsEvent } from '../../model/layers/events.js';
import type { Claim } from '../../model/layers/claims.js';
import type { Voice } from '../../model/layers/framing.js';
import { firstEndingAfter } from '../../model/text-index.js';
import { summarizeNaming } from '../../stages/framing/summarize-naming.js';
import { listedTitle } from '../../store/listed-title.js';
import { partyOf } from './resolve-party.js';
import type { ArticleAccount, Blame, CasualtyFigure, CrowdFigure, FramingUse, Qualification } from './types.js';

/** Sentences before and after each mention of the event that count as "near" it. */
const NEAR_SENTENCES = 2;
/** When no event is asserted, the firmest status the article gives wins. */
const FIRMNESS: readonly EventStatus[] = ['asserted', 'attributed', 'hedged', 'disputed', 'denied'];
const QUALIFYING = new Set(['denied', 'disputed', 'hedged', 'questioned']);

/** The account of the events `eventIds` (all in `doc`) as one article gives it. */
export function describeArticle(doc: Document, eventIds: ReadonlySet<string>): ArticleAccount {
  const events = (doc.layers.events ?? []).filter((e) => eventIds.has(e.id));
  const near = nearRanges(doc, events);
  const account: ArticleAccount = {
    documentId: doc.id,
    events: events.map((e) => e.id),
    triggers: unique(events.map((e) => e.trigger.text)),
    status: FIRMNESS.find((s) => events.some((e) => e.attribution.status === s)) ?? 'attributed',
    claimants: unique(events.flatMap((e) => e.attribution.claimants.filter((c) => c.kind === 'source').map(claimantName))),
    casualties: casualtiesOf(doc, events),
    crowd: crowdOf(events),
    blamed: blamesOf(doc, events),
    qualifications: qualificationsOf(doc, events, near),
    naming: summarizeNaming(doc.layers.naming ?? []).flatMap((s) => s.used.map((u) => ({ entry: s.entry, variant: u.variant, outlet: u.outlet, quoted: u.quoted, signals: u.signals }))),
    framing: framingOf(doc, near),
  };
  const title = listedTitle(doc);
  if (title) account.title = title;
  if (doc.meta.url) account.url = doc.meta.url;
  if (doc.meta.publishedAt) account.publishedAt = doc.meta.publishedAt;
  return account;
}

function claimantName(c: Claimant): string {
  return c.kind === 'outlet' ? 'outlet' : c.name;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function casualtiesOf(doc: Document, events: NewsEvent[]): CasualtyFigure[] {
  const ids = new Set(events.flatMap((e) => e.casualties));
  const figures: CasualtyFigure[] = [];
  for (const c of doc.layers.casualties ?? []) {
    // A part of the toll ("two children were among the dead") is no rival toll.
    if (!ids.has(c.id) || c.subset) continue;
    const figure: CasualtyFigure = { kind: c.kind, figure: c.figure.text, qualifier: c.qualifier, claimant: claimantName(c.claimant), start: c.start, end: c.end };
    if (c.low !== undefined) figure.low = c.low;
    if (c.best !== undefined) figure.best = c.best;
    if (c.high !== undefined) figure.high = c.high;
    if (c.group) figure.group = c.group;
    figures.push(figure);
  }
  return figures;
}

function crowdOf(events: NewsEvent[]): CrowdFigure[] {
  const figures: CrowdFigure[] = [];
  for (const event of events) {
    for (const c of event.crowd ?? []) {
      const figure: CrowdFigure = { figure: c.figure.text, qualifier: c.qualifier, claimant: claimantName(c.claimant), event: event.id, start: c.start, end: c.end };
      if (c.low !== undefined) figure.low = c.low;
      if (c.best !== undefined) figure.best = c.best;
      if (c.high !== undefined) figure.high = c.high;
      if (c.peak) figure.peak = true;
      figures.push(figure);
    }
  }
  return figures;
}

function blamesOf(doc: Document, events: NewsEvent[]): Blame[] {
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const blames: Blame[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    for (const actor of event.actors) {
      if (actor.role !== 'perpetrator' || seen.has(actor.text)) continue;
      seen.add(actor.text);
      const entity = actor.entity ? entities.get(actor.entity) : undefined;
      const blame: Blame = { text: actor.text, alleged: actor.alleged === true };
      if (entity) blame.name = entity.name;
      const party = partyOf(actor.text) ?? (entity ? partyOf(entity.standsFor ?? entity.name) : undefined);
      if (party) blame.party = party;
      if (actor.allegedBy) blame.allegedBy = claimantName(actor.allegedBy);
      blames.push(blame);
    }
  }
  return blames;
}

/** Character ranges "near" the event: the sentences of its mentions, widened by NEAR_SENTENCES. */
function nearRanges(doc: Document, events: NewsEvent[]): Array<[number, number]> {
  const sentences = doc.layers.sentences ?? [];
  if (sentences.length === 0) return events.flatMap((e) => e.mentions.map((m): [number, number] => [m.start, m.end]));
  const ranges: Array<[number, number]> = [];
  for (const event of events) {
    for (const m of event.mentions) {
      const i = Math.min(firstEndingAfter(sentences, m.start), sentences.length - 1);
      ranges.push([sentences[Math.max(0, i - NEAR_SENTENCES)]!.start, sentences[Math.min(sentences.length - 1, i + NEAR_SENTENCES)]!.end]);
    }
  }
  return ranges;
}

function isNear(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => start < e && s < end);
}

function qualificationsOf(doc: Document, events: NewsEvent[], near: Array<[number, number]>): Qualification[] {
  const linked = new Set(events.flatMap((e) => e.attribution.claims));
  const out: Qualification[] = [];
  for (const claim of doc.layers.claims ?? []) {
    if (!claim.statuses.some((s) => QUALIFYING.has(s))) continue;
    if (!linked.has(claim.id) && !isNear(near, claim.start, claim.end)) continue;
    const q: Qualification = { claim: claim.id, statuses: claim.statuses, text: claim.text, start: claim.start, end: claim.end };
    // Who denies is the claim's source ("Ukraine's military denied firing"); a disputed claim's source
    // is the one who makes it ("officials claimed"), so no one is named for a dispute.
    const by = claim.statuses.includes('denied') ? whoDenies(doc, claim) : undefined;
    if (by) {
      q.by = by;
      const party = partyOf(by);
      if (party) q.party = party;
    }
    out.push(q);
  }
  return out;
}

const LEAD_IN = /(?:^|[.;:!?"“”]\s*)([^.;:!?"“”]{2,80}?)\s*$/;

/** Who denies a claim: its source entity, its quote's speaker, else the words before the denial cue. */
function whoDenies(doc: Document, claim: Claim): string | undefined {
  if (claim.source) {
    const entity = doc.layers.entities?.find((e) => e.id === claim.source);
    if (entity) return entity.name;
  }
  if (claim.quote) {
    const quote = doc.layers.quotes?.find((q) => q.id === claim.quote);
    const name = quote?.speaker?.name ?? quote?.source?.text;
    if (name) return name;
  }
  const cue = claim.cues.find((c) => c.kind === 'denied');
  if (!cue) return undefined;
  const sentences = doc.layers.sentences ?? [];
  const sentence = sentences[firstEndingAfter(sentences, cue.start)];
  const before = doc.text.slice(sentence && sentence.start <= cue.start ? sentence.start : Math.max(0, cue.start - 80), cue.start);
  const lead = LEAD_IN.exec(before)?.[1]?.trim();
  return lead || undefined;
}

function voiceName(voice: Voice): string {
  return voice.kind === 'outlet' ? 'outlet' : voice.speaker ?? 'unknown';
}

function framingOf(doc: Document, near: Array<[number, number]>): FramingUse[] {
  return (doc.layers.framing ?? [])
    .filter((f) => isNear(near, f.start, f.end))
    .map((f) => ({ technique: f.technique, text: f.text, voice: voiceName(f.voice), start: f.start, end: f.end }));
}
