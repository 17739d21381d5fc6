/**
 * What sources yield to ingest: an input to analyse (file bytes, a page, a JSON record), a failure
 * found while reading the container (a broken WARC record, a malformed feed), or a record that is
 * not an article and is ignored (a WARC request record, an image). Structured-cloneable: items cross
 * to worker threads.
 */
import type { DocumentMeta } from '../../model/document.js';

export type ItemInput =
  /** Bytes of one article: a text or HTML file, a page fetched or taken from a WARC record. */
  | { kind: 'bytes'; bytes: Uint8Array; name: string; contentType?: string }
  /** One JSON record (`{"text"|"html": ..., "url": ..., ...}`): a JSONL line, a feed item, an array element. */
  | { kind: 'record'; json: string; name: string };

export interface SourceItem {
  /** Where it came from, stable across runs: `/abs/path`, `/abs/a.jsonl#L12`, `/abs/c.warc.gz#<urn:uuid:...>`. */
  sourceKey: string;
  input: ItemInput;
  /** The URL, when known before reading (WARC target, feed link): lets a re-run skip it early. */
  url?: string;
  /** Metadata used where the reader finds none (a feed's title as outlet, a WARC capture date). */
  defaults?: DocumentMeta;
  /** Metadata that overrides the reader's (kept from `--outlet` when a stored input is re-analysed). */
  overrides?: DocumentMeta;
}

export interface SourceFailure {
  sourceKey: string;
  code: string;
  message: string;
  /** The bytes concerned, when there are any (hashed for the failure record). */
  raw?: Uint8Array;
}

/**
 * One thing a source yields. `bytes`: how much of the input it accounts for, for progress (set by
 * input-events.ts); `progress` alone carries bytes that belong to no item (the rest of a file).
 */
export type SourceEvent = ({ item: SourceItem } | { failure: SourceFailure } | { ignored: string } | { progress: number }) & { bytes?: number };

/** Counts input bytes read from disk or network, for the progress bar. */
export interface ByteCounter {
  read: number;
}
