/**
 * Hand-made Documents with every layer the store indexes, for the contract suite. Written for these
 * tests (no gold text). Spans are found by searching the text, so they always match it.
 */
import type { CueKind } from '../../src/model/layers/quotes.js';
import { createHash } from 'node:crypto';
import { DOCUMENT_SCHEMA_ID, type Document, type DocumentMeta } from '../../src/model/document.js';
import type { ClaimStatus } from '../../src/model/layers/claims.js';
import type { EntityType } from '../../src/model/layers/entities.js';
import type { NewsEvent } from '../../src/model/layers/events.js';
import type { PlacePrecision } from '../../src/model/layers/places.js';
import type { Span } from '../../src/model/span.js';
import { documentId } from '../../src/model/id.js';
import type { Store, StorableDocument } from '../../src/store/types.js';

export interface SampleSpec {
  text: string;
  meta?: DocumentMeta;
  quotes?: Array<{ speaker: string; content: string; cue?: string; kind?: CueKind }>;
  entities?: Array<{ name: string; type: EntityType; aliases?: string[] }>;
  /** `at`: the coordinates the places stage resolved for the place (and a places-layer mention with its country). */
  events?: Array<{ type: string; subtype?: string; trigger: string; place?: string; at?: { lat: number; lon: number; precision: PlacePrecision; country: string } }>;
  claims?: Array<{ text: string; statuses: ClaimStatus[] }>;
  version?: string;
}

function span(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`expected "${needle}" in the sample text`);
  return { start, end: start + needle.length, text: needle };
}

/** A Document with the given layers (layers not given are absent, as when a stage did not run). */
export function sampleDocument(spec: SampleSpec): Document {
  const { text } = spec;
  const meta: DocumentMeta = { language: 'en', ...spec.meta };
  const doc: Document = { schema: DOCUMENT_SCHEMA_ID, id: documentId(text, meta.url), text, meta, layers: {}, messages: [], status: 'ok', pipeline: { version: spec.version ?? 'test-1', stages: [] } };
  if (spec.quotes) {
    doc.layers.quotes = spec.quotes.map((q, i) => ({
      id: `q${i}`, stage: 'quotes', rule: 'sample', form: 'direct' as const, content: [span(text, q.content)],
      source: span(text, q.speaker.split(' ').at(-1)!), speaker: { name: q.speaker, resolvedBy: 'name' as const },
      ...(q.cue ? { cue: span(text, q.cue) } : {}),
      ...(q.kind ? { cueKind: q.kind } : {}),
    }));
  }
  if (spec.entities) {
    doc.layers.entities = spec.entities.map((e, i) => ({ id: `e${i}`, type: e.type, name: e.name, aliases: e.aliases ?? [], mentions: [], roles: [] }));
  }
  if (spec.events) {
    // Only the fields the store indexes; cast so the sample keeps compiling while the events layer grows.
    doc.layers.events = spec.events.map((e, i) => ({
      id: `ev${i}`, stage: 'events', rule: 'sample', type: e.type, ...(e.subtype ? { subtype: e.subtype } : {}), trigger: span(text, e.trigger), mentions: [span(text, e.trigger)],
      ...(e.place ? { location: { place: `p-${e.place}`, name: e.place, precision: e.at?.precision ?? 'town', ...(e.at ? { lat: e.at.lat, lon: e.at.lon } : {}), expression: span(text, e.place), rule: 'sample' } } : {}),
      actors: [], weapons: [], targets: [], casualties: [], attribution: { status: 'asserted', claimants: [], claims: [], quotes: [] },
    })) as unknown as NewsEvent[];
    const placed = spec.events.filter((e) => e.place && e.at);
    if (placed.length > 0) {
      doc.layers.places = placed.map((e) => ({
        id: `p-${e.place}`, stage: 'places', rule: 'sample', ...span(text, e.place!), name: e.place!, lat: e.at!.lat, lon: e.at!.lon,
        country: e.at!.country, precision: e.at!.precision, usage: 'location' as const,
      }));
    }
  }
  if (spec.claims) {
    doc.layers.claims = spec.claims.map((c, i) => ({ id: `c${i}`, stage: 'claims', rule: 'sample', ...span(text, c.text), statuses: c.statuses, cues: [], negated: false }));
  }
  return doc;
}

/** Wraps a Document for `Store.put`, with hashes and a source key. */
export function storable(doc: Document, sourceKey = `sample:${doc.id}`, raw?: string): StorableDocument {
  const item: StorableDocument = {
    doc,
    textHash: createHash('sha256').update(doc.text).digest('hex'),
    rawHash: createHash('sha256').update(raw ?? doc.text).digest('hex'),
    sourceKey,
  };
  if (raw !== undefined) {
    item.raw = new TextEncoder().encode(raw);
    item.rawInfo = { kind: 'bytes', name: 'sample.txt' };
  }
  return item;
}

/** Three articles from two outlets with quotes, entities, events and claims. */
export function corpusSamples(): Document[] {
  return [
    sampleDocument({
      text: 'Shelling hit the central market in Riverton on Monday. "We will rebuild the market within a month," Mayor Elena Varga said. The army denied firing at the town.',
      meta: { outlet: 'North Wire', url: 'https://north.example/market', title: 'Market shelled in Riverton', publishedAt: '2024-03-04' },
      quotes: [{ speaker: 'Elena Varga', content: 'We will rebuild the market within a month', cue: 'said', kind: 'speech' }],
      entities: [{ name: 'Elena Varga', type: 'person', aliases: ['Varga'] }, { name: 'Riverton', type: 'place' }, { name: 'Northern Army', type: 'organisation', aliases: ['the army'] }],
      events: [{ type: 'Explosions/Remote violence', subtype: 'Shelling/artillery/missile attack', trigger: 'Shelling', place: 'Riverton' }],
      claims: [{ text: 'The army denied firing at the town', statuses: ['attributed', 'denied'] }],
    }),
    sampleDocument({
      text: 'Officials in Lakeside said the bridge would reopen next week. "Traffic will return to normal," said transport minister Omar Haddad. Repairs reportedly cost millions.',
      meta: { outlet: 'South Herald', url: 'https://south.example/bridge', title: 'Bridge to reopen', publishedAt: '2024-03-05T09:30:00Z' },
      quotes: [{ speaker: 'Omar Haddad', content: 'Traffic will return to normal', cue: 'said', kind: 'speech' }],
      entities: [{ name: 'Omar Haddad', type: 'person' }, { name: 'Lakeside', type: 'place' }],
      claims: [{ text: 'Repairs reportedly cost millions', statuses: ['hedged'] }],
    }),
    sampleDocument({
      text: 'Elena Varga visited Lakeside to discuss the market reconstruction fund. "The fund is ready, and the market will open again," Varga told reporters.',
      meta: { outlet: 'North Wire', url: 'https://north.example/fund', title: 'Varga in Lakeside', publishedAt: '2024-03-06' },
      quotes: [{ speaker: 'Elena Varga', content: 'The fund is ready, and the market will open again', cue: 'told' }],
      entities: [{ name: 'Elena Varga', type: 'person', aliases: ['Varga'] }, { name: 'Lakeside', type: 'place' }],
      events: [{ type: 'Strategic developments', trigger: 'visited', place: 'Lakeside' }],
    }),
  ];
}

/**
 * Stores a fresh article with one placed event and checks that its event row keeps the coordinates
 * the places stage resolved (what the migrations that add event coordinates must preserve).
 */
export async function assertNewEventKeepsCoordinates(store: Store, assert: typeof import('node:assert/strict')): Promise<void> {
  const text = 'Shelling hit Oldtown on Monday.';
  await store.put([storable(sampleDocument({ text, events: [{ type: 'Explosions/Remote violence', trigger: 'Shelling', place: 'Oldtown', at: { lat: 48.3, lon: 38.05, precision: 'town', country: 'UA' } }] }))]);
  const fresh = (await store.eventRows({}, 10)).find((r) => r.place === 'Oldtown')!;
  assert.deepEqual([fresh.lat, fresh.lon, fresh.placePrecision, fresh.placeCountry], [48.3, 38.05, 'town', 'UA']);
}
