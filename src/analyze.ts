/**
 * `analyze`: the library's front door. One article in (text, bytes, or a record with text or HTML and
 * metadata), one Document out, every finding pointing into its canonical text.
 */
import { DOCUMENT_SCHEMA_ID, type Document, type DocumentMeta } from './model/document.js';
import { documentId } from './model/id.js';
import { makeMessage } from './model/messages.js';
import { getDefaultPipeline, type Pipeline } from './pipeline/index.js';
import { readArticle, type ArticleRecord, type ReadOptions } from './read/index.js';

export interface AnalyzeOptions extends ReadOptions {
  /** Metadata that overrides what the reader found (outlet, publishedAt, url...). */
  meta?: DocumentMeta;
  /** A custom pipeline; the default runs every stage. */
  pipeline?: Pipeline;
}

/**
 * Analyses one article. Never throws for bad input: unreadable input gives a Document with status
 * `failed` and an error message; a failing stage gives status `partial`.
 */
export function analyze(input: string | Uint8Array | ArticleRecord, options: AnalyzeOptions = {}): Document {
  const doc = readDocument(input, options);
  return doc.status === 'failed' ? doc : (options.pipeline ?? getDefaultPipeline()).run(doc);
}

/**
 * Analyses several articles at once: the same Documents as `analyze` on each, in the same order, but
 * the pipeline runs stage by stage over the batch (`Pipeline.runBatch`), which keeps each stage's code
 * and tables in the processor's caches and is markedly faster on many short articles. `options` apply
 * to every input (its `meta` overrides each one's metadata). Never throws for bad input: an unreadable
 * input gives its own `failed` Document and the others are analysed as usual.
 */
export function analyzeBatch(inputs: ReadonlyArray<string | Uint8Array | ArticleRecord>, options: AnalyzeOptions = {}): Document[] {
  const docs = inputs.map((input) => readDocument(input, options));
  (options.pipeline ?? getDefaultPipeline()).runBatch(docs.filter((doc) => doc.status !== 'failed'));
  return docs;
}

/** The Document before analysis: read, metadata merged; status `failed` when the input is unreadable. */
function readDocument(input: string | Uint8Array | ArticleRecord, options: AnalyzeOptions): Document {
  const read = readArticle(input, options);
  const meta: DocumentMeta = { ...read.meta, ...definedOnly(options.meta ?? {}) };
  meta.language ??= 'en';
  if (!read.ok) {
    return { schema: DOCUMENT_SCHEMA_ID, id: documentId('', meta.url), text: '', meta, layers: {}, messages: [read.error], status: 'failed' };
  }
  const doc: Document = { schema: DOCUMENT_SCHEMA_ID, id: documentId(read.text, meta.url), text: read.text, meta, layers: {}, messages: [...read.messages], status: 'ok' };
  if (meta.publishedAt === undefined) doc.messages.push(makeMessage('I_INPUT_NO_DATE'));
  return doc;
}

function definedOnly<T extends object>(record: T): Partial<T> {
  // A plain loop: Object.entries/fromEntries built two arrays per field for every article.
  const out: Partial<T> = {};
  for (const key in record) if (Object.hasOwn(record, key) && record[key] !== undefined) out[key] = record[key];
  return out;
}
