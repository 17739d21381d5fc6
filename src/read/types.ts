/** What readers take and give: raw input in, canonical text and metadata (or a clear failure) out. */
import type { DocumentMeta } from '../model/document.js';
import type { Message } from '../model/messages.js';

/** An article as a record: text or HTML, plus whatever metadata is known. */
export interface ArticleRecord extends DocumentMeta {
  text?: string;
  html?: string;
}

export type InputFormat = 'auto' | 'text' | 'html' | 'json';

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

export type ReadResult =
  | { ok: true; text: string; meta: DocumentMeta; messages: Message[]; raw?: string }
  | { ok: false; error: Message; meta: DocumentMeta };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
