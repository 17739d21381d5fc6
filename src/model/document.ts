/**
 * The Document: one canonical text, its metadata, typed layers of annotations pointing into the text,
 * and messages. Everything after analysis (store, API, UI, exports) reads this same JSON.
 */
import type { Message } from './messages.js';
import type { Paragraph, Sentence, Token } from './layers/structure.js';
import type { Mention, Entity } from './layers/entities.js';
import type { TimeExpression } from './layers/dates.js';
import type { NumberExpression } from './layers/numbers.js';
import type { PlaceMention } from './layers/places.js';
import type { Quote } from './layers/quotes.js';
import type { Claim } from './layers/claims.js';
import type { NewsEvent, CasualtyClaim } from './layers/events.js';
import type { FramingMarker, NamingChoice, Tone } from './layers/framing.js';

export const DOCUMENT_SCHEMA_ID = 'https://newslens.dev/schema/document/v1';

/** Publication metadata: what is known about the article apart from its text. */
export interface DocumentMeta {
  outlet?: string;
  url?: string;
  title?: string;
  author?: string;
  /** ISO 8601 date or timestamp of publication; the anchor for relative dates. */
  publishedAt?: string;
  /** BCP 47 language tag; newslens analyses English ("en"). */
  language?: string;
  /** Where the text came from: the reader that produced it and the original format. */
  source?: { reader: string; format: string; encoding?: string; path?: string };
}

/** Every layer a document may carry. A missing layer means its stage did not run (or failed). */
export interface Layers {
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: Entity[];
  dates?: TimeExpression[];
  numbers?: NumberExpression[];
  places?: PlaceMention[];
  quotes?: Quote[];
  claims?: Claim[];
  events?: NewsEvent[];
  casualties?: CasualtyClaim[];
  framing?: FramingMarker[];
  naming?: NamingChoice[];
  tone?: Tone;
}

export type LayerName = keyof Layers;

/** Per layer: whether its spans may overlap one another, and a line for the docs. */
export const LAYER_INFO: Record<LayerName, { overlap: boolean; description: string }> = {
  paragraphs: { overlap: false, description: 'Paragraphs between line breaks.' },
  sentences: { overlap: false, description: 'Sentences; never cross a paragraph.' },
  tokens: { overlap: false, description: 'Words, numbers and punctuation, with part-of-speech tags.' },
  mentions: { overlap: false, description: 'Spans naming or referring to an entity.' },
  entities: { overlap: true, description: 'Referents grouping their mentions; no spans of their own.' },
  dates: { overlap: false, description: 'Time expressions with TIMEX3 type and value.' },
  numbers: { overlap: false, description: 'Numbers with qualifiers and bounds.' },
  places: { overlap: false, description: 'Toponyms resolved to GeoNames places.' },
  quotes: { overlap: true, description: 'Direct, indirect and mixed quotes with source, cue and content.' },
  claims: { overlap: true, description: 'Clause-level statements with their attribution status.' },
  events: { overlap: true, description: 'Events with type, place, date, actors and casualty claims.' },
  casualties: { overlap: true, description: 'Casualty figures, each kept with its claimant.' },
  framing: { overlap: true, description: 'Propaganda techniques, loaded language, hedges, in a voice.' },
  naming: { overlap: false, description: 'Contested names and terms, with the usage each signals.' },
  tone: { overlap: true, description: 'Document and per-sentence tone.' },
};

export type DocumentStatus = 'ok' | 'partial' | 'failed';

/** What ran, in which version, and how long each stage took. */
export interface PipelineRecord {
  version: string;
  stages: Array<{ name: string; status: 'ok' | 'failed' | 'skipped'; ms: number }>;
}

export interface Document {
  /** The schema this JSON follows. */
  schema: typeof DOCUMENT_SCHEMA_ID;
  /** A stable id: hash of the canonical text and the URL. */
  id: string;
  /** The canonical text; every span points into it. */
  text: string;
  meta: DocumentMeta;
  layers: Layers;
  messages: Message[];
  /** `failed` when the input could not be read; `partial` when a stage failed. */
  status: DocumentStatus;
  pipeline?: PipelineRecord;
}
