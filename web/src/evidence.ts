/**
 * Links from a comparison to the words behind each item. The compare report (GET /api/compare) gives a
 * casualty figure, a loaded word or a contradiction's side by its offsets, a naming choice by its lexicon entry and variant, a
 * blamed party by its words: not by the record ids the article view selects. So a link carries what the
 * report gives (`#/doc/<id>?at=casualties:67-97`) and the article page finds the record in the stored
 * document. Pure: no DOM here.
 */
import type { Document } from '../../src/model/document.js';
import type { RecordRef } from './highlights.js';

/** Layers whose records a link finds by their offsets. */
export type SpanLayer = 'casualties' | 'framing' | 'claims';

/** What a link points at in one article. */
export type Evidence =
  | { kind: 'span'; layer: SpanLayer; start: number; end: number }
  | { kind: 'naming'; entry: string; variant: string }
  | { kind: 'actor' | 'trigger'; text: string; events: readonly string[] }
  | { kind: 'claims' | 'events'; id: string };

/** The article page's address for a piece of evidence in document `documentId`. */
export function evidenceHref(documentId: string, evidence?: Evidence): string {
  const base = `#/doc/${encodeURIComponent(documentId)}`;
  if (!evidence) return base;
  const params = new URLSearchParams();
  switch (evidence.kind) {
    case 'claims':
    case 'events': params.set('focus', `${evidence.kind}:${evidence.id}`); break;
    case 'span': params.set('at', `${evidence.layer}:${evidence.start}-${evidence.end}`); break;
    case 'naming': params.set('at', `naming:${evidence.entry}:${evidence.variant}`); break;
    case 'actor':
    case 'trigger': params.set('at', `${evidence.kind}:${evidence.events.join(',')}:${evidence.text}`); break;
  }
  return `${base}?${params.toString()}`;
}

const SPAN = /^(casualties|framing|claims):(\d+)-(\d+)$/;
const NAMING = /^naming:([^:]+):(.+)$/s;
const ACTOR = /^actor:([\w.,-]*):(.+)$/s;
const TRIGGER = /^trigger:([\w.,-]*):(.+)$/s;

/**
 * The record an `at=` value points to in `doc`, or undefined when the value is malformed or the
 * document holds no such record (it was re-analysed since, say): the page then opens at the top.
 */
export function resolveEvidence(doc: Document, at: string | null): RecordRef | undefined {
  if (!at) return undefined;
  const L = doc.layers;
  const span = SPAN.exec(at);
  if (span) {
    const start = Number(span[2]);
    const end = Number(span[3]);
    const layer = span[1] as SpanLayer;
    const list: ReadonlyArray<{ id: string; start: number; end: number }> | undefined = L[layer];
    const hit = list?.find((x) => x.start === start && x.end === end);
    return hit ? { layer, id: hit.id } : undefined;
  }
  const naming = NAMING.exec(at);
  if (naming) {
    const hit = L.naming?.find((n) => n.entry === naming[1] && n.variant === naming[2]);
    return hit ? { layer: 'naming', id: hit.id } : undefined;
  }
  const actor = ACTOR.exec(at);
  if (actor) {
    const wanted = new Set(actor[1]!.split(',').filter(Boolean));
    const events = (L.events ?? []).filter((e) => wanted.size === 0 || wanted.has(e.id));
    for (const e of events) {
      const a = e.actors.find((x) => x.role === 'perpetrator' && x.text === actor[2]) ?? e.actors.find((x) => x.text === actor[2]);
      if (a) return { layer: 'events', id: e.id, part: 'actor', start: a.start };
    }
    return undefined;
  }
  const trigger = TRIGGER.exec(at);
  if (trigger) {
    const wanted = new Set(trigger[1]!.split(',').filter(Boolean));
    const event = (L.events ?? []).find((e) => (wanted.size === 0 || wanted.has(e.id)) && e.trigger.text === trigger[2]);
    return event ? { layer: 'events', id: event.id } : undefined;
  }
  return undefined;
}
