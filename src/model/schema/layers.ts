/**
 * JSON Schemas of the layers. Each layer's owner keeps its fragment in step with its TypeScript type in
 * `src/model/layers/`; the invariant test validates every fixture document against the whole schema.
 */
import { annotation, arrayOf, provenance, span } from './common.js';

const dateline = { ...span, required: [...span.required, 'place'], properties: { ...span.properties, place: span, region: span, date: span, agency: span } };

const structure = {
  paragraphs: arrayOf({ ...span, required: [...span.required, 'index'], properties: { ...span.properties, index: { type: 'integer' }, titleCase: { const: true }, dateline } }),
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
  dates: arrayOf(annotation({ type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: { type: 'string' }, mod: { type: 'string' }, stated: dateParts, implied: dateParts, anchor: { type: 'string' }, range: { type: 'object', additionalProperties: false, properties: { start: { type: 'string' }, end: { type: 'string' } } } }, ['type', 'value', 'stated', 'implied'])),
};

const qualifier = { enum: ['exact', 'approximately', 'almost', 'at-least', 'more-than', 'at-most', 'less-than', 'vague'] };
const numbers = {
  numbers: arrayOf(annotation({ value: { type: 'number' }, qualifier, qualifierSpan: span, low: { type: 'number' }, high: { type: 'number' }, approximate: { type: 'boolean' }, unit: { enum: ['percent', 'money'] } }, ['value', 'qualifier', 'approximate'])),
};

const places = {
  places: arrayOf(annotation({ name: { type: 'string' }, entity: { type: 'string' }, geonameId: { type: 'integer' }, lat: { type: 'number' }, lon: { type: 'number' }, featureType: { type: 'string' }, country: { type: 'string' }, precision: { enum: ['site', 'town', 'region', 'country', 'continent'] }, usage: { enum: ['location', 'government'] } }, ['name', 'precision', 'usage'])),
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
      cueKind: { enum: ['speech', 'cognition', 'stance', 'perception', 'intention', 'decree', 'evidence'] },
    },
  }),
};

const claimStatus = { enum: ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'] };
const claims = {
  claims: arrayOf(annotation({ statuses: arrayOf(claimStatus), quote: { type: 'string' }, source: { type: 'string' }, cues: arrayOf({ ...span, properties: { ...span.properties, kind: claimStatus, entry: { type: 'string' } } }), negated: { type: 'boolean' } }, ['statuses', 'cues', 'negated'])),
};

const claimant = { type: 'object', required: ['kind'], properties: { kind: { enum: ['outlet', 'source'] }, name: { type: 'string' }, quote: { type: 'string' }, claim: { type: 'string' }, entity: { type: 'string' } } };
const position = { type: 'object', required: ['claimant', 'stance', 'about', 'evidence', 'quotes', 'claims'], properties: { claimant, stance: { enum: ['asserts', 'disputes', 'denies'] }, about: { enum: ['event', 'responsibility'] }, qualified: { enum: ['hedged', 'distanced'] }, evidence: arrayOf(span), quotes: arrayOf({ type: 'string' }), claims: arrayOf({ type: 'string' }) } };
const spanWith = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({ ...span, required: [...span.required, ...required], properties: { ...span.properties, ...properties } });
const events = {
  events: arrayOf({
    type: 'object',
    required: ['id', 'type', 'trigger', 'mentions', 'actors', 'weapons', 'targets', 'casualties', 'attribution', 'stage', 'rule'],
    properties: {
      id: { type: 'string' },
      ...provenance,
      type: { type: 'string' },
      subtype: { type: 'string' },
      kind: { type: 'string' },
      recurring: { type: 'boolean' },
      trigger: span,
      mentions: arrayOf(span),
      date: { type: 'object', required: ['value', 'precision', 'expression'], properties: { value: { type: 'string' }, precision: { enum: ['day', 'month', 'year', 'vague'] }, expression: span, date: { type: 'string' } } },
      location: { type: 'object', required: ['name', 'place', 'precision', 'expression', 'rule'], properties: { name: { type: 'string' }, place: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, precision: { type: 'string' }, expression: span, rule: { type: 'string' } } },
      actors: arrayOf(spanWith({ role: { enum: ['perpetrator', 'target', 'victim', 'participant'] }, kind: { enum: ['individual', 'organisation'] }, entity: { type: 'string' }, alleged: { type: 'boolean' }, allegedBy: claimant, rule: { type: 'string' } }, ['role', 'rule'])),
      weapons: arrayOf(spanWith({ category: { type: 'string' }, alleged: { type: 'boolean' }, rule: { type: 'string' } }, ['category', 'rule'])),
      targets: arrayOf(spanWith({ category: { type: 'string' }, rule: { type: 'string' } }, ['category', 'rule'])),
      casualties: arrayOf({ type: 'string' }),
      crowd: arrayOf(spanWith({ figure: span, low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' }, qualifier, approximate: { type: 'boolean' }, peak: { type: 'boolean' }, claimant, rule: { type: 'string' } }, ['figure', 'qualifier', 'approximate', 'claimant', 'rule'])),
      attribution: { type: 'object', required: ['status', 'claimants', 'claims', 'quotes'], properties: { status: { enum: ['asserted', 'attributed', 'hedged', 'disputed', 'denied'] }, claimants: arrayOf(claimant), claims: arrayOf({ type: 'string' }), quotes: arrayOf({ type: 'string' }), positions: arrayOf(position) } },
    },
  }),
  casualties: arrayOf(annotation({ kind: { enum: ['killed', 'injured', 'missing', 'detained', 'displaced', 'exchanged'] }, group: { enum: ['civilians', 'combatants'] }, who: span, figure: span, low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' }, qualifier, approximate: { type: 'boolean' }, subset: { type: 'boolean' }, increment: { type: 'boolean' }, claimant, disputedBy: arrayOf({ type: 'object', required: ['claimant', 'stance', 'evidence'], properties: { claimant, stance: { enum: ['disputes', 'denies'] }, evidence: arrayOf(span) } }), claimedAt: { type: 'string' }, event: { type: 'string' } }, ['kind', 'figure', 'qualifier', 'approximate', 'claimant'])),
};

const voice = { type: 'object', required: ['kind'], properties: { kind: { enum: ['outlet', 'source'] }, quote: { type: 'string' }, speaker: { type: 'string' } } };
const framing = {
  framing: arrayOf(annotation({ technique: { type: 'string' }, reason: { type: 'string' }, voice, method: { enum: ['lexicon', 'model'] }, entry: { type: 'string' } }, ['technique', 'reason', 'voice', 'method'])),
  naming: arrayOf(annotation({ entry: { type: 'string' }, variant: { type: 'string' }, signals: { type: 'string' }, alternatives: arrayOf({ type: 'string' }), voice }, ['entry', 'variant', 'signals', 'alternatives', 'voice'])),
  tone: { type: 'object', required: ['definition', 'document', 'sentences'], properties: { definition: { type: 'string' }, document: { type: 'number' }, sentences: arrayOf({ type: 'object', required: ['sentence', 'score'] }) } },
};

/** All layer schemas by layer name. */
export const layerSchemas: Record<string, unknown> = { ...structure, ...entities, ...dates, ...numbers, ...places, ...quotes, ...claims, ...events, ...framing };
