/** What readers take and give: raw input in, canonical text and metadata (or a clear failure) out. */
import type { DocumentMeta } from '../model/document.js';
import type { Message } from '../model/messages.js';

/** An article as a record: text or HTML, plus whatever metadata is known. */
export interface ArticleRecord extends DocumentMeta {
  text?: string;
  html?: string;
}

/**
 * How to read an input. `auto` decides from the file name or URL, the Content-Type and the content;
 * `json` reads one JSON object (or a JSONL file holding one record); `jsonl` reads JSON Lines.
 */
export type InputFormat = 'auto' | 'text' | 'html' | 'json' | 'jsonl';

export interface ReadOptions {
  /** How to read the input; `auto` looks at the file name and the content. */
  format?: InputFormat;
  /** Force a text encoding (`windows-1251`, `latin1`, `utf-8`...) instead of detecting it. */
  encoding?: string;
  /** Reject inputs larger than this many bytes (UTF-8); default 10 MiB. */
  maxBytes?: number;
  /** A file name or URL, used to guess the format and recorded in the metadata. */
  name?: string;
  /** The Content-Type a server sent (its charset and media type guide decoding). */
  contentType?: string;
}

/**
 * The reader's result. On success, `text` is the canonical text every span indexes: line breaks
 * are `\n` (CRLF and CR converted), control characters are spaces, and for HTML and records it is
 * the extracted article, paragraphs joined by `\n`. `raw` keeps the decoded input as it was (the
 * HTML source, or the text before line breaks were converted) as an artifact for the store.
 */
export type ReadResult =
  | { ok: true; text: string; meta: DocumentMeta; messages: Message[]; raw?: string }
  | { ok: false; error: Message; meta: DocumentMeta };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
