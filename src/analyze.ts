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
  const read = readArticle(input, options);
  const meta: DocumentMeta = { ...read.meta, ...definedOnly(options.meta ?? {}) };
  meta.language ??= 'en';
  if (!read.ok) {
    return { schema: DOCUMENT_SCHEMA_ID, id: documentId('', meta.url), text: '', meta, layers: {}, messages: [read.error], status: 'failed' };
  }
  const doc: Document = { schema: DOCUMENT_SCHEMA_ID, id: documentId(read.text, meta.url), text: read.text, meta, layers: {}, messages: [...read.messages], status: 'ok' };
  if (meta.publishedAt === undefined) doc.messages.push(makeMessage('I_INPUT_NO_DATE'));
  return (options.pipeline ?? getDefaultPipeline()).run(doc);
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
