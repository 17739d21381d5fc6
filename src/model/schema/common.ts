/** JSON Schema building blocks shared by the layer schemas. */

export const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
} as const;

export const provenance = {
  stage: { type: 'string' },
  rule: { type: 'string' },
  confidence: { type: 'number', minimum: 0, maximum: 1 },
} as const;

/** An annotation: a span with id and provenance, plus the layer's own properties. */
export function annotation(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return {
    type: 'object',
    required: ['id', 'start', 'end', 'text', 'stage', 'rule', ...required],
    properties: { id: { type: 'string' }, ...span.properties, ...provenance, ...properties },
  };
}

export function arrayOf(items: unknown): Record<string, unknown> {
  return { type: 'array', items };
}
