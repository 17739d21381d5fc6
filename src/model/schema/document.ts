/** The JSON Schema of a Document, shared by the API, the store and the UI. */
import { CATALOGUE } from '../messages.js';
import { DOCUMENT_SCHEMA_ID, LAYER_INFO } from '../document.js';
import { span } from './common.js';
import { layerSchemas } from './layers.js';

export const documentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: DOCUMENT_SCHEMA_ID,
  title: 'newslens Document',
  type: 'object',
  required: ['schema', 'id', 'text', 'meta', 'layers', 'messages', 'status'],
  additionalProperties: false,
  properties: {
    schema: { const: DOCUMENT_SCHEMA_ID },
    id: { type: 'string' },
    text: { type: 'string' },
    meta: {
      type: 'object',
      additionalProperties: false,
      properties: {
        outlet: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string' },
        publishedAt: { type: 'string' },
        language: { type: 'string' },
        source: { type: 'object', required: ['reader', 'format'], properties: { reader: { type: 'string' }, format: { type: 'string' }, encoding: { type: 'string' }, path: { type: 'string' } } },
      },
    },
    layers: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(LAYER_INFO).map((name) => [name, layerSchemas[name] ?? {}])),
    },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'severity', 'message'],
        properties: { code: { enum: Object.keys(CATALOGUE) }, severity: { enum: ['error', 'warning', 'info'] }, message: { type: 'string' }, span, stage: { type: 'string' } },
      },
    },
    status: { enum: ['ok', 'partial', 'failed'] },
    pipeline: {
      type: 'object',
      required: ['version', 'stages'],
      properties: {
        version: { type: 'string' },
        stages: { type: 'array', items: { type: 'object', required: ['name', 'status', 'ms'], properties: { name: { type: 'string' }, status: { enum: ['ok', 'failed', 'skipped'] }, ms: { type: 'number' } } } },
      },
    },
  },
} as const;
