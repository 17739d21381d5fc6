/**
 * Readers turn raw input (bytes, strings, records) into one canonical text plus metadata. The raw
 * input stays available as an artifact; problems become messages, and unreadable input a failure
 * with a message that says what is wrong and what to do.
 *
 * The canonical text is what every span indexes: `\n` line breaks (CRLF and CR converted), control
 * characters replaced by spaces, no BOM; for HTML and records holding HTML, the extracted article's
 * paragraphs joined by `\n`. `ReadResult.raw` keeps the decoded input as it came.
 */
import type { DocumentMeta } from '../model/document.js';
import { makeMessage, type Message } from '../model/messages.js';
import { canonicalizeText } from './canonical-text.js';
import { charsetFromContentType, charsetFromHtmlMeta, type DeclaredCharset } from './charset.js';
import { decodeBytes } from './decode.js';
import { detectFormat, type ConcreteFormat } from './detect-format.js';
import { readHtml } from './html/read-html.js';
import { recordFromJson } from './json-record.js';
import { readJsonArticle } from './read-json.js';
import type { ArticleRecord, ReadOptions, ReadResult } from './types.js';
import { DEFAULT_MAX_BYTES } from './types.js';

export type { ArticleRecord, ReadOptions, ReadResult, InputFormat } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';
export { readJsonlRecords, type JsonlItem, type JsonlStreamOptions } from './jsonl-stream.js';
export { recordFromJson, BODY_FALLBACK_FIELDS, META_FIELD_NAMES, type RecordResult } from './json-record.js';
export { decodeBytes, type DecodeOptions, type DecodeResult } from './decode.js';
export { isKnownEncoding, canonicalEncoding, charsetFromContentType, charsetFromHtmlMeta, type DeclaredCharset } from './charset.js';
export { detectFormat, type ConcreteFormat } from './detect-format.js';
export { normalizeDate } from './normalize-date.js';

const HEAD_BYTES = 2048;
const URL_LIKE = /^https?:\/\//i;

/**
 * Reads one article from a string, bytes, or a record carrying text or HTML (field names as in
 * `json-record.ts`). Never throws for bad input: empty, binary, undecodable, oversized or malformed
 * input gives `{ ok: false, error }` with a message saying what is wrong. Throws only for a bad
 * `encoding` option (a RangeError) or an input of the wrong type (a TypeError).
 */
export function readArticle(input: string | Uint8Array | ArticleRecord, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input instanceof Uint8Array) return readBytes(input, options, maxBytes);
  if (typeof input === 'string') return readString(input, options, maxBytes);
  if (input !== null && typeof input === 'object') return readRecord(input, options, maxBytes, 'record', undefined, undefined);
  throw new TypeError(`expected a string, bytes or an article record, found ${input === null ? 'null' : typeof input}`);
}

function readBytes(bytes: Uint8Array, options: ReadOptions, maxBytes: number): ReadResult {
  if (bytes.length === 0) return fail('E_INPUT_EMPTY', 'the input is empty (0 bytes)');
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const explicit = options.format && options.format !== 'auto' ? options.format : undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  const guess = explicit ?? detectFormat(head, options.name, options.contentType);
  const declared = declaredCharset(bytes, guess, options.contentType);
  const decoded = decodeBytes(bytes, { ...(options.encoding !== undefined ? { encoding: options.encoding } : {}), ...(declared ? { declared } : {}) });
  if (!decoded.ok) return { ok: false, error: decoded.error, meta: sourceMeta(options, guess, guess) };
  const result = readString(decoded.text, options, Infinity, decoded.encoding);
  if (result.ok) result.messages.unshift(...decoded.messages);
  return result;
}

function declaredCharset(bytes: Uint8Array, format: string, contentType?: string): DeclaredCharset | undefined {
  const fromHeader = charsetFromContentType(contentType);
  if (fromHeader) return { label: fromHeader, from: 'content-type' };
  const fromMeta = format === 'html' ? charsetFromHtmlMeta(bytes) : undefined;
  return fromMeta ? { label: fromMeta, from: 'html-meta' } : undefined;
}

function readString(input: string, options: ReadOptions, maxBytes: number, encoding?: string): ReadResult {
  if (input.length > maxBytes || (input.length * 3 > maxBytes && Buffer.byteLength(input) > maxBytes)) return tooLarge(Buffer.byteLength(input), maxBytes);
  if (input.trim().length === 0) return fail('E_INPUT_EMPTY', input.length === 0 ? 'the input holds no text' : `the input holds only whitespace (${input.length} characters)`, sourceMeta(options, 'text', 'text', encoding));
  const format: ConcreteFormat = options.format && options.format !== 'auto' ? options.format : detectFormat(input.slice(0, HEAD_BYTES), options.name, options.contentType);
  if (format === 'feed') return fail('E_INPUT_MANY_RECORDS', 'the input is an RSS or Atom feed, a list of articles rather than one', sourceMeta(options, 'xml', 'feed', encoding));
  if (format === 'json' || format === 'jsonl') {
    const parsed = readJsonArticle(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, format);
    if (!parsed.ok) return { ok: false, error: parsed.error, meta: sourceMeta(options, 'json', format, encoding) };
    const result = readRecord(parsed.record, options, Infinity, format, encoding, input);
    if (result.ok) result.messages.unshift(...parsed.messages);
    return result;
  }
  if (format === 'html') return finishHtml(input, {}, options, 'html', encoding);
  return finishText(input, {}, options, 'text', encoding, input);
}

/** A record (from JSON, JSONL, a feed, or a caller): its text or HTML, its metadata on top. */
function readRecord(input: ArticleRecord, options: ReadOptions, maxBytes: number, container: string, encoding: string | undefined, raw: string | undefined): ReadResult {
  const normalized = recordFromJson(input);
  if (!normalized.ok) return { ok: false, error: normalized.error, meta: sourceMeta(options, 'json', container, encoding) };
  const { text, html, ...recordMeta } = normalized.record;
  const size = Buffer.byteLength(text ?? html ?? '');
  if (size > maxBytes) return tooLarge(size, maxBytes);
  const result = html !== undefined ? finishHtml(html, recordMeta, options, container, encoding, raw) : finishText(text ?? '', recordMeta, options, container, encoding, raw);
  if (result.ok) result.messages.unshift(...normalized.messages);
  return result;
}

function finishText(input: string, recordMeta: DocumentMeta, options: ReadOptions, container: string, encoding: string | undefined, raw: string | undefined): ReadResult {
  const { text, messages } = canonicalizeText(input);
  const meta = finishMeta(recordMeta, options, 'text', container, encoding);
  if (text.trim().length === 0) return fail('E_INPUT_EMPTY', text.length === 0 ? 'the input holds no text' : `the input holds only whitespace (${text.length} characters)`, meta);
  return { ok: true, text, meta, messages, raw: raw ?? input };
}

function finishHtml(html: string, recordMeta: DocumentMeta, options: ReadOptions, container: string, encoding: string | undefined, raw?: string): ReadResult {
  const pageUrl = recordMeta.url ?? (options.name && URL_LIKE.test(options.name) ? options.name : undefined);
  const read = readHtml(html, pageUrl);
  const meta = finishMeta({ ...read.meta, ...recordMeta }, options, 'html', container, encoding);
  if (!read.ok) return { ok: false, error: read.error, meta };
  const canonical = canonicalizeText(read.text);
  const messages: Message[] = [...read.messages, ...canonical.messages];
  return { ok: true, text: canonical.text, meta, messages, raw: raw ?? html };
}

/**
 * Metadata found in the input, with `source` recorded (a record's own `source` wins) and, for a
 * fetched page that names no URL of its own, the URL it was fetched from.
 */
function finishMeta(found: DocumentMeta, options: ReadOptions, reader: string, container: string, encoding: string | undefined): DocumentMeta {
  const meta: DocumentMeta = { ...found, source: found.source ?? sourceMeta(options, reader, container, encoding).source! };
  if (!meta.url && options.name && URL_LIKE.test(options.name)) meta.url = options.name;
  return meta;
}

function sourceMeta(options: ReadOptions, reader: string, format: string, encoding?: string): DocumentMeta {
  const source: NonNullable<DocumentMeta['source']> = { reader, format };
  if (encoding) source.encoding = encoding;
  if (options.name) source.path = options.name;
  return { source };
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fail('E_INPUT_TOO_LARGE', `the input is ${mb(size)}, over the ${mb(maxBytes)} limit`);
}

function fail(code: 'E_INPUT_EMPTY' | 'E_INPUT_TOO_LARGE' | 'E_INPUT_MANY_RECORDS', message: string, meta: DocumentMeta = {}): ReadResult {
  return { ok: false, error: makeMessage(code, message), meta };
}
