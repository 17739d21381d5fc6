/**
 * A posted article → the item the analysis reads. Text, HTML and metadata travel as a JSON record, as
 * a JSONL line would. An uploaded file travels as its bytes (base64 in `file`), so the server decodes
 * it like the CLI readers do (byte-order marks, a declared charset, legacy encodings such as
 * windows-1251 or latin-1 detected from byte statistics, with a warning naming the encoding) instead
 * of the browser assuming UTF-8; the record's metadata then overrides what the file says.
 */
import { rawHashOf } from '../corpus/analyze-item.js';
import type { ItemInput, SourceItem } from '../corpus/sources/source-item.js';
import type { DocumentMeta } from '../model/document.js';
import { normalizeDate } from '../read/normalize-date.js';
import { ApiError } from './errors.js';

/** What `articleSchema` admits. */
export interface PostedArticle extends DocumentMeta {
  text?: string;
  html?: string;
  file?: { base64: string; name?: string; contentType?: string };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const WHITESPACE = /\s+/g;
const META_KEYS = ['outlet', 'url', 'title', 'author', 'publishedAt', 'language'] as const;

/** The item and its raw hash; a `file` whose base64 is malformed is a 400 error. */
export function itemOfArticle(article: PostedArticle): { item: SourceItem; rawHash: string } {
  let input: ItemInput;
  let overrides: DocumentMeta | undefined;
  if (article.file && article.text === undefined && article.html === undefined) {
    const encoded = article.file.base64.replace(WHITESPACE, '');
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw new ApiError(400, 'INVALID_FILE', 'file.base64 is not valid base64.');
    const bytes = new Uint8Array(Buffer.from(encoded, 'base64'));
    input = { kind: 'bytes', bytes, name: article.file.name || 'upload', ...(article.file.contentType ? { contentType: article.file.contentType } : {}) };
    const meta: DocumentMeta = {};
    for (const key of META_KEYS) if (typeof article[key] === 'string' && article[key]) meta[key] = article[key];
    // As the record path does: a date the reader cannot normalise is left out, not stored raw.
    if (meta.publishedAt !== undefined) {
      const date = normalizeDate(meta.publishedAt);
      if (date) meta.publishedAt = date;
      else delete meta.publishedAt;
    }
    if (Object.keys(meta).length > 0) overrides = meta;
  } else {
    const { file: _file, ...record } = article;
    input = { kind: 'record', json: JSON.stringify(record), name: 'api' };
  }
  const rawHash = rawHashOf(input);
  return { item: { sourceKey: `api:${rawHash}`, input, ...(overrides ? { overrides } : {}) }, rawHash };
}
