/**
 * One source item → a storable document (or, for an answer that stores nothing, its Document as
 * JSON) or a failure record. Runs in ingest workers: reading,
 * analysis, hashing, index rows and compression all happen here, so the writer thread only inserts.
 * Metadata precedence: the source's defaults < what the reader found < the user's overrides.
 */
import { createHash } from 'node:crypto';
import { DOCUMENT_SCHEMA_ID, type Document, type DocumentMeta } from '../model/document.js';
import { documentId } from '../model/id.js';
import { makeMessage } from '../model/messages.js';
import type { Pipeline } from '../pipeline/index.js';
import { readArticle, recordFromJson, type ReadResult } from '../read/index.js';
import { packDocument, packRaw } from '../store/codec.js';
import { indexRows } from '../store/index-rows.js';
import type { FailureRecord, StorableDocument } from '../store/types.js';
import type { ItemInput, SourceItem } from './sources/source-item.js';

export type ItemResult = { ok: true; storable: StorableDocument } | { ok: false; failure: FailureRecord };

/**
 * What the analysis of an item is returned as: `storable` for the store (packed, hashed, with index
 * rows), or `json` for an answer that stores nothing (POST /api/analyze): the Document as UTF-8 JSON,
 * the very bytes the answer sends, so nothing is packed, unpacked or serialised again on the way.
 */
export type ResultForm = 'storable' | 'json';
export type JsonResult = { ok: true; json: Uint8Array } | { ok: false; failure: FailureRecord };
export interface ItemTask {
  item: SourceItem;
  rawHash: string;
  /** Default `storable`. */
  form?: ResultForm;
}

/** SHA-256 of an input as the store keys it. */
export function rawHashOf(input: ItemInput): string {
  return createHash('sha256').update(input.kind === 'bytes' ? input.bytes : input.json).digest('hex');
}

/** Reads and analyses one item. Never throws: every problem becomes a failure with its reason. */
export function analyzeItem(item: SourceItem, rawHash: string, pipeline: Pipeline, runOverrides: DocumentMeta = {}): ItemResult {
  return analyzeItems([{ item, rawHash }], pipeline, runOverrides)[0]!;
}

/**
 * Reads and analyses several items, one result per item in the same order: the documents read
 * successfully go through the pipeline together, stage by stage (`Pipeline.runBatch`, faster on many
 * short articles). Never throws; an item that cannot be read, stored or analysed fails alone.
 */
export function analyzeItems(tasks: ReadonlyArray<{ item: SourceItem; rawHash: string }>, pipeline: Pipeline, runOverrides: DocumentMeta = {}): ItemResult[] {
  return analyzeTasks(tasks, pipeline, runOverrides) as ItemResult[];
}

/** The Document of one item as UTF-8 JSON (see ResultForm). Never throws. */
export function analyzeItemToJson(item: SourceItem, rawHash: string, pipeline: Pipeline, runOverrides: DocumentMeta = {}): JsonResult {
  return analyzeTasks([{ item, rawHash, form: 'json' }], pipeline, runOverrides)[0] as JsonResult;
}

/** As `analyzeItems`, each item's result in the form its task asks for. */
export function analyzeTasks(tasks: ReadonlyArray<ItemTask>, pipeline: Pipeline, runOverrides: DocumentMeta = {}): Array<ItemResult | JsonResult> {
  const results: Array<ItemResult | JsonResult> = [];
  const prepared: Array<{ index: number; doc: Document; overrides: DocumentMeta }> = [];
  tasks.forEach(({ item, rawHash }, index) => {
    const ready = prepareItem(item, rawHash, runOverrides);
    if ('doc' in ready) prepared.push({ index, ...ready });
    else results[index] = ready;
  });
  try {
    pipeline.runBatch(prepared.map((p) => p.doc));
  } catch {
    // Stages have their own error boundaries, so this is a bug in the pipeline itself: analyse the
    // documents again one by one (read afresh: the batch may have half-filled them) so the failure
    // stays with the document that causes it.
    for (const p of prepared) {
      const { item, rawHash } = tasks[p.index]!;
      const again = prepareItem(item, rawHash, runOverrides);
      if (!('doc' in again)) { results[p.index] = again; continue; }
      p.doc = again.doc;
      try {
        pipeline.run(p.doc);
      } catch (error) {
        results[p.index] = failure(item, rawHash, 'E_ANALYSIS_INTERNAL', `${item.sourceKey}: ${(error as Error).message}`);
      }
    }
  }
  for (const { index, doc, overrides } of prepared) {
    if (results[index]) continue;
    const { item, rawHash, form } = tasks[index]!;
    try {
      results[index] = form === 'json' ? { ok: true, json: JSON_BYTES.encode(JSON.stringify(doc)) } : { ok: true, storable: toStorable(doc, item, rawHash, overrides) };
    } catch (error) {
      results[index] = failure(item, rawHash, 'E_ANALYSIS_INTERNAL', `${item.sourceKey}: ${(error as Error).message}`);
    }
  }
  return results;
}

/** The Document to analyse with its overrides, or the item's failure. Never throws. */
function prepareItem(item: SourceItem, rawHash: string, runOverrides: DocumentMeta): { doc: Document; overrides: DocumentMeta } | ItemResult {
  const overrides = { ...definedOnly(runOverrides), ...definedOnly(item.overrides ?? {}) };
  try {
    const read = readInput(item.input, item.sourceKey);
    if ('failure' in read) return failure(item, rawHash, 'E_INPUT_MALFORMED', read.failure);
    const meta: DocumentMeta = { ...definedOnly(item.defaults ?? {}), ...definedOnly(read.meta), ...definedOnly(overrides) };
    meta.language ??= 'en';
    if (!read.ok) return failure(item, rawHash, read.error.code, read.error.message.startsWith(item.sourceKey) ? read.error.message : `${item.sourceKey}: ${read.error.message}`);
    const doc: Document = { schema: DOCUMENT_SCHEMA_ID, id: documentId(read.text, meta.url), text: read.text, meta, layers: {}, messages: [...read.messages], status: 'ok' };
    if (meta.publishedAt === undefined) doc.messages.push(makeMessage('I_INPUT_NO_DATE'));
    return { doc, overrides };
  } catch (error) {
    return failure(item, rawHash, 'E_ANALYSIS_INTERNAL', `${item.sourceKey}: ${(error as Error).message}`);
  }
}

/** Encodes into a buffer of its own, which a worker can transfer (a Buffer may share the pool's). */
const JSON_BYTES = new TextEncoder();

function failure(item: SourceItem, rawHash: string, code: string, message: string): ItemResult {
  return { ok: false, failure: { sourceKey: item.sourceKey, rawHash, code, message } };
}

function readInput(input: ItemInput, sourceKey: string): ReadResult | { failure: string } {
  if (input.kind === 'bytes') {
    return readArticle(input.bytes, { name: input.name, ...(input.contentType ? { contentType: input.contentType } : {}) });
  }
  let value: unknown;
  try {
    value = JSON.parse(input.json);
  } catch (error) {
    return { failure: `${sourceKey}: not valid JSON: ${(error as Error).message}` };
  }
  // The readers' record rules: field names normalised (content → text, published → publishedAt...).
  const record = recordFromJson(value, `${sourceKey}: `);
  if (!record.ok) return { ok: false, error: record.error, meta: {} };
  const read = readArticle(record.record, { name: input.name });
  if (read.ok && record.messages.length > 0) read.messages.unshift(...record.messages);
  return read;
}

/** The storable form: a light Document for the columns, the whole one packed, and its index rows. */
export function toStorable(doc: Document, item: SourceItem, rawHash: string, overrides: DocumentMeta = {}): StorableDocument {
  const raw = item.input.kind === 'bytes' ? item.input.bytes : Buffer.from(item.input.json, 'utf8');
  const light: Document = { schema: doc.schema, id: doc.id, text: doc.text, meta: doc.meta, layers: {}, messages: [], status: doc.status };
  if (doc.pipeline) light.pipeline = doc.pipeline;
  const input = item.input;
  return {
    doc: light,
    textHash: createHash('sha256').update(doc.text).digest('hex'),
    rawHash,
    sourceKey: item.sourceKey,
    rawInfo: {
      kind: input.kind,
      name: input.name,
      ...(input.kind === 'bytes' && input.contentType ? { contentType: input.contentType } : {}),
      ...(item.defaults ? { defaults: item.defaults } : {}),
      ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
    },
    index: indexRows(doc),
    packed: { document: packDocument(doc), raw: packRaw(raw) },
  };
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
