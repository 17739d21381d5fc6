/**
 * Invariants every Document must hold, whatever stages produced it. Used by the invariant test over
 * every fixture, and available to embedders as a debugging aid. Returns problems; never throws.
 */
import { isDeepStrictEqual } from 'node:util';
import { LAYER_INFO, type Document, type LayerName } from './document.js';

type Ranged = { start: number; end: number };

/** Checks a document and returns one line per broken invariant (empty when all hold). */
export function checkInvariants(doc: Document): string[] {
  const problems: string[] = [];
  const text = doc.text;
  for (const [name, layer] of Object.entries(doc.layers) as Array<[LayerName, unknown]>) {
    if (layer === undefined) continue;
    visitSpans(layer, `layers.${name}`, (span, path) => {
      if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length)) {
        problems.push(`${path}: span [${span.start}, ${span.end}) out of bounds for text of length ${text.length}`);
      } else if (text.slice(span.start, span.end) !== span.text) {
        problems.push(`${path}: text ${JSON.stringify(span.text)} differs from the slice ${JSON.stringify(text.slice(span.start, span.end))}`);
      }
    });
    if (Array.isArray(layer)) {
      checkIds(layer, name, problems);
      if (!LAYER_INFO[name].overlap) checkSortedAndDisjoint(layer as Ranged[], name, problems);
    }
  }
  checkSentencesTile(doc, problems);
  for (const p of doc.layers.paragraphs ?? []) if ('titleCase' in p && p.titleCase !== true) problems.push(`layers.paragraphs[${p.index}]: titleCase is ${JSON.stringify(p.titleCase)}, expected true or absent`);
  checkReferences(doc, problems);
  for (const m of doc.messages) {
    if (m.span) visitSpans(m.span, 'messages', (span, path) => {
      if (text.slice(span.start, span.end) !== span.text) problems.push(`${path}: message span text differs from the slice`);
    });
  }
  // Properties set to undefined, NaN, Infinity, Maps or class instances do not survive JSON: forbid them.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(doc)), doc)) problems.push('document does not survive a JSON round trip (undefined, NaN or non-plain values)');
  return problems;
}

/** Calls `visit` for every object below `value` that has numeric start and end and a string text. */
function visitSpans(value: unknown, path: string, visit: (span: Ranged & { text: string }, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visitSpans(item, `${path}[${i}]`, visit));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
      visit(record as unknown as Ranged & { text: string }, path);
    }
    for (const [key, child] of Object.entries(record)) {
      if (child !== null && typeof child === 'object') visitSpans(child, `${path}.${key}`, visit);
    }
  }
}

function checkIds(layer: unknown[], name: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const item of layer) {
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) problems.push(`layers.${name}: duplicate id ${id}`);
    seen.add(id);
  }
}

function checkSortedAndDisjoint(layer: Ranged[], name: string, problems: string[]): void {
  for (let i = 1; i < layer.length; i++) {
    const prev = layer[i - 1]!;
    const cur = layer[i]!;
    if (typeof cur.start !== 'number') continue;
    if (cur.start < prev.end) problems.push(`layers.${name}[${i}]: [${cur.start}, ${cur.end}) overlaps or precedes [${prev.start}, ${prev.end})`);
  }
}

/** Sentences cover every non-space character of the text, in order; tokens lie inside their sentence. */
function checkSentencesTile(doc: Document, problems: string[]): void {
  const { sentences, tokens } = doc.layers;
  if (!sentences) return;
  let cursor = 0;
  for (const s of sentences) {
    if (/\S/.test(doc.text.slice(cursor, s.start))) problems.push(`layers.sentences: text between ${cursor} and ${s.start} belongs to no sentence`);
    cursor = s.end;
    if (tokens) {
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        const token = tokens[t];
        if (!token || token.start < s.start || token.end > s.end) problems.push(`layers.sentences[${s.index}]: token ${t} lies outside the sentence`);
      }
    }
  }
  if (/\S/.test(doc.text.slice(cursor))) problems.push(`layers.sentences: text after ${cursor} belongs to no sentence`);
}

/** Ids that layers use to point at each other resolve. */
function checkReferences(doc: Document, problems: string[]): void {
  const { mentions, entities, quotes, claims } = doc.layers;
  const entityIds = new Set((entities ?? []).map((e) => e.id));
  const mentionIds = new Set((mentions ?? []).map((m) => m.id));
  const quoteIds = new Set((quotes ?? []).map((q) => q.id));
  if (entities) {
    for (const m of mentions ?? []) if (!entityIds.has(m.entity)) problems.push(`mention ${m.id} points at missing entity ${m.entity}`);
    for (const e of entities) for (const id of e.mentions) if (!mentionIds.has(id)) problems.push(`entity ${e.id} lists missing mention ${id}`);
  }
  for (const q of quotes ?? []) {
    if (q.parent && !quoteIds.has(q.parent)) problems.push(`quote ${q.id} nests in missing quote ${q.parent}`);
    if (q.speaker?.entity && entities && !entityIds.has(q.speaker.entity)) problems.push(`quote ${q.id} speaker is missing entity ${q.speaker.entity}`);
  }
  for (const c of claims ?? []) if (c.quote && !quoteIds.has(c.quote)) problems.push(`claim ${c.id} points at missing quote ${c.quote}`);
}
