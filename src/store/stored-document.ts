/** What the store keeps of one input: the document to store, its raw input, a failure, a stored or stale document. */
import type { Document, DocumentMeta } from '../model/document.js';
import type { IndexRows } from './index-rows.js';

/** A document ready to store: the analysed Document plus what dedup, resume and re-analysis need. */
export interface StorableDocument {
  doc: Document;
  /** SHA-256 of the canonical text: the content key for de-duplication. */
  textHash: string;
  /** SHA-256 of the raw input, so a re-run can skip it before reading or analysing it again. */
  rawHash: string;
  /** Where the input came from (`path`, `path#L12`, `file.warc.gz#<urn:uuid:...>`). */
  sourceKey: string;
  /** The raw input as read (HTML, a JSONL line, the HTTP payload), kept for re-analysis. */
  raw?: Uint8Array;
  /** How to read `raw` again: the reader options and metadata defaults that were used. */
  rawInfo?: RawInfo;
  /** Rows for the search indexes; computed from `doc` by `indexRows` when absent. */
  index?: IndexRows;
  /**
   * `doc` and `raw` already packed (codec.ts), done in ingest workers. When present, `packed.document`
   * is what is stored, and `doc` need only carry id, text, meta, status and pipeline.
   */
  packed?: { document: Uint8Array; raw?: Uint8Array };
}

/** How a raw input is read again for re-analysis. */
export interface RawInfo {
  kind: 'bytes' | 'record';
  name?: string;
  contentType?: string;
  /** Metadata used where the reader finds none (a WARC capture date, a feed's outlet). */
  defaults?: DocumentMeta;
  /** Metadata that overrides the reader's (`--outlet`). */
  overrides?: DocumentMeta;
}

/** An input that could not be read or analysed: kept with its reason, never dropped. */
export interface FailureRecord {
  sourceKey: string;
  rawHash: string;
  /** A message code (`E_INPUT_MALFORMED`, `E_WARC_RECORD`...) and a sentence for a person. */
  code: string;
  message: string;
}

/** What happened to one item given to `put`. */
export type PutOutcome = 'stored' | 'duplicate';

/** A document as stored: the Document plus its store-side facts. */
export interface StoredDocument {
  doc: Document;
  pipelineVersion: string;
  sourceKey: string;
  ingestedAt: string;
}

/** A stored document whose pipeline version is not the current one, with what re-analysis needs. */
export interface StaleDocument {
  seq: number;
  id: string;
  sourceKey: string;
  raw?: Uint8Array;
  rawInfo?: RawInfo;
  /** The stored Document, for inputs without a raw copy (re-analysed from its text and metadata). */
  doc: Document;
}
