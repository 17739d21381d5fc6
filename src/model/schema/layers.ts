/**
 * JSON Schemas of the layers. Each layer's owner keeps its fragment in step with its TypeScript type in
 * `src/model/layers/`; the invariant test validates every fixture document against the whole schema.
 */
import { annotation, arrayOf, provenance, span } from './common.js';

const structure = {
  paragraphs: arrayOf({ ...span, required: [...span.required, 'index'], properties: { ...span.properties, index: { type: 'integer' } } }),
  sentences: arrayOf({
    ...span,
    required: [...span.required, 'index', 'paragraph', 'tokenStart', 'tokenEnd'],
    properties: { ...span.properties, index: { type: 'integer' }, paragraph: { type: 'integer' }, tokenStart: { type: 'integer' }, tokenEnd: { type: 'integer' } },
  }),
  tokens: arrayOf({
    ...span,
    required: [...span.required, 'spaceBefore'],
    properties: { ...span.properties, pos: { type: 'string' }, spaceBefore: { type: 'boolean' } },
  }),
};

const entityType = { enum: ['person', 'organisation', 'place', 'other'] };

const entities = {
  mentions: arrayOf(annotation({ entity: { type: 'string' }, type: entityType, kind: { enum: ['name', 'pronoun', 'nominal'] }, role: span, metonymy: { enum: ['government'] } }, ['entity', 'type', 'kind'])),
  entities: arrayOf({
    type: 'object',
    required: ['id', 'type', 'name', 'aliases', 'mentions', 'roles'],
    properties: { id: { type: 'string' }, type: entityType, name: { type: 'string' }, aliases: arrayOf({ type: 'string' }), mentions: arrayOf({ type: 'string' }), roles: arrayOf(span), standsFor: { type: 'string' } },
  }),
};

const dateParts = { type: 'object', additionalProperties: { type: 'integer' } };
const dates = {
  dates: arrayOf(annotation({ type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: { type: 'string' }, mod: { type: 'string' }, stated: dateParts, implied: dateParts, anchor: { type: 'string' }, range: { type: 'object' } }, ['type', 'value', 'stated', 'implied'])),
};

const qualifier = { enum: ['exact', 'approximately', 'almost', 'at-least', 'more-than', 'at-most', 'less-than', 'vague'] };
const numbers = {
  numbers: arrayOf(annotation({ value: { type: 'number' }, qualifier, qualifierSpan: span, low: { type: 'number' }, high: { type: 'number' }, approximate: { type: 'boolean' } }, ['value', 'qualifier', 'approximate'])),
};

const places = {
  places: arrayOf(annotation({ name: { type: 'string' }, entity: { type: 'string' }, geonameId: { type: 'integer' }, lat: { type: 'number' }, lon: { type: 'number' }, featureType: { type: 'string' }, country: { type: 'string' }, precision: { enum: ['site', 'town', 'region', 'country'] }, usage: { enum: ['location', 'government'] } }, ['name', 'precision', 'usage'])),
};

const quotes = {
  quotes: arrayOf({
    type: 'object',
    required: ['id', 'form', 'content', 'stage', 'rule'],
    properties: {
      id: { type: 'string' },
      ...provenance,
      form: { enum: ['direct', 'indirect', 'mixed'] },
      content: arrayOf(span),
      cue: span,
      source: span,
      speaker: { type: 'object', required: ['name', 'resolvedBy'], properties: { entity: { type: 'string' }, name: { type: 'string' }, resolvedBy: { enum: ['name', 'pronoun', 'nominal', 'apposition', 'none'] } } },
      parent: { type: 'string' },
      cueEntry: { type: 'string' },
    },
  }),
};

const claimStatus = { enum: ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'] };
const claims = {
  claims: arrayOf(annotation({ statuses: arrayOf(claimStatus), quote: { type: 'string' }, source: { type: 'string' }, cues: arrayOf({ ...span, properties: { ...span.properties, kind: claimStatus, entry: { type: 'string' } } }), negated: { type: 'boolean' } }, ['statuses', 'cues', 'negated'])),
};

const events = {
  events: arrayOf({ type: 'object', required: ['id', 'type', 'trigger', 'actors', 'casualties', 'attribution', 'stage', 'rule'], properties: { id: { type: 'string' }, type: { type: 'string' }, trigger: span, ...provenance } }),
  casualties: arrayOf({ type: 'object', required: ['id', 'kind', 'span', 'qualifier', 'claimant'], properties: { id: { type: 'string' }, kind: { enum: ['killed', 'injured', 'missing', 'detained', 'displaced'] }, span } }),
};

const voice = { type: 'object', required: ['kind'], properties: { kind: { enum: ['outlet', 'source'] }, quote: { type: 'string' }, speaker: { type: 'string' } } };
const framing = {
  framing: arrayOf(annotation({ technique: { type: 'string' }, reason: { type: 'string' }, voice, entry: { type: 'string' } }, ['technique', 'reason', 'voice'])),
  naming: arrayOf(annotation({ entry: { type: 'string' }, variant: { type: 'string' }, signals: { type: 'string' }, alternatives: arrayOf({ type: 'string' }), voice }, ['entry', 'variant', 'signals', 'alternatives', 'voice'])),
  tone: { type: 'object', required: ['definition', 'document', 'sentences'], properties: { definition: { type: 'string' }, document: { type: 'number' }, sentences: arrayOf({ type: 'object', required: ['sentence', 'score'] }) } },
};

/** All layer schemas by layer name. */
export const layerSchemas: Record<string, unknown> = { ...structure, ...entities, ...dates, ...numbers, ...places, ...quotes, ...claims, ...events, ...framing };
