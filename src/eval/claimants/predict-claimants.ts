/**
 * What newslens says about an article's events, in the compact form the claimant scorer reads: per event
 * its type, mentions, place and date, and per claimant the names it goes by, its position and its figures.
 * Claimants come from the event's positions, then its `attribution.claimants`, then whoever gives one of
 * its casualty figures or crowd sizes (position `asserts` when the event records none).
 */
import { analyze } from '../../analyze.js';
import type { Document } from '../../model/document.js';
import type { Claimant, EventPosition, NewsEvent, StatedFigure } from '../../model/layers/events.js';
import type { GoldArticle, GoldPosition, MentionSpan } from './read-gold.js';

export interface PredictedFigure {
  kind: string;
  number: number | null;
  qualifier: string;
}

export interface PredictedClaimant {
  /** `outlet` for the outlet's voice; else the source's name, its entity's name, aliases and named mentions. */
  names: string[];
  outlet: boolean;
  position: GoldPosition;
  about?: 'event' | 'responsibility';
  figures: PredictedFigure[];
}

export interface PredictedEvent {
  id: string;
  type: string;
  subtype?: string;
  mentions: MentionSpan[];
  /** The gazetteer's name of the place ("Zaporizhzhya") and the words the text uses for it ("Zaporizhzhia"). */
  place?: string;
  placeWords?: string;
  date?: string;
  claimants: PredictedClaimant[];
}

export interface PredictedArticle {
  article: string;
  events: PredictedEvent[];
  /** Every casualty figure and crowd size of the article, whether or not an event holds it. */
  figures: PredictedFigure[];
}

/** Analyses an article from its text, outlet and date alone, and reads its events. */
export function predictClaimants(article: GoldArticle): PredictedArticle {
  const doc = analyze(article.text, { meta: { publishedAt: article.publishedAt, outlet: article.outlet } });
  const figures: PredictedFigure[] = [];
  for (const claim of doc.layers.casualties ?? []) addFigure(figures, { kind: claim.kind, ...statedNumber(doc, claim) });
  const events = doc.layers.events ?? [];
  for (const crowd of events.flatMap((e) => e.crowd ?? [])) addFigure(figures, { kind: 'crowd', ...statedNumber(doc, crowd) });
  return { article: article.id, events: events.map((event) => readEvent(doc, event)), figures };
}

function readEvent(doc: Document, event: NewsEvent): PredictedEvent {
  const claimants = new Map<string, PredictedClaimant>();
  const add = (claimant: Claimant, position: GoldPosition, about?: 'event' | 'responsibility'): PredictedClaimant => {
    const key = claimantKey(claimant);
    let found = claimants.get(key);
    if (!found) {
      found = { names: claimantNames(doc, claimant), outlet: claimant.kind === 'outlet', position, ...(about ? { about } : {}), figures: [] };
      claimants.set(key, found);
    }
    return found;
  };
  for (const p of event.attribution.positions ?? []) add(p.claimant, positionOf(p), p.about);
  for (const c of event.attribution.claimants) add(c, 'asserts');
  const casualties = new Map((doc.layers.casualties ?? []).map((c) => [c.id, c]));
  for (const id of event.casualties) {
    const claim = casualties.get(id);
    if (claim) addFigure(add(claim.claimant, 'asserts').figures, { kind: claim.kind, ...statedNumber(doc, claim) });
  }
  for (const crowd of event.crowd ?? []) addFigure(add(crowd.claimant, 'asserts').figures, { kind: 'crowd', ...statedNumber(doc, crowd) });
  const mentions = event.mentions.map(({ start, end, text }) => ({ start, end, text }));
  return {
    id: event.id,
    type: event.type,
    ...(event.subtype ? { subtype: event.subtype } : {}),
    mentions,
    ...(event.location ? { place: event.location.name, placeWords: event.location.expression.text } : {}),
    ...(event.date ? { date: event.date.value } : {}),
    claimants: [...claimants.values()],
  };
}

/** The claimant's own stance; an assertion the outlet hedges ("reportedly") is `hedges`. */
function positionOf(p: EventPosition): GoldPosition {
  return p.stance === 'asserts' && p.qualified === 'hedged' ? 'hedges' : p.stance;
}

function claimantKey(c: Claimant): string {
  return c.kind === 'outlet' ? 'outlet' : c.entity ? `entity:${c.entity}` : `name:${c.name.toLowerCase()}`;
}

function claimantNames(doc: Document, c: Claimant): string[] {
  if (c.kind === 'outlet') return ['outlet'];
  const names = new Set([c.name]);
  const entity = c.entity ? doc.layers.entities?.find((e) => e.id === c.entity) : undefined;
  if (entity) {
    names.add(entity.name);
    for (const alias of entity.aliases) names.add(alias);
    const ids = new Set(entity.mentions);
    for (const m of doc.layers.mentions ?? []) if (ids.has(m.id) && m.kind !== 'pronoun') names.add(m.text);
  }
  return [...names];
}

/** The number as the text states it: the numbers-layer value inside the figure's words ("almost 40" → 40); null when vague. */
function statedNumber(doc: Document, f: StatedFigure): { number: number | null; qualifier: string } {
  if (f.qualifier === 'vague') return { number: null, qualifier: 'vague' };
  const n = (doc.layers.numbers ?? []).find((x) => x.start < f.figure.end && x.end > f.figure.start);
  return { number: n?.value ?? f.best ?? f.low ?? f.high ?? null, qualifier: f.qualifier };
}

function addFigure(figures: PredictedFigure[], figure: PredictedFigure): void {
  if (!figures.some((x) => x.kind === figure.kind && x.number === figure.number && x.qualifier === figure.qualifier)) figures.push(figure);
}
