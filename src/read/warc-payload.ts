/**
 * From a WARC record to an article input: the HTTP payload of a `response` record (status line and
 * headers removed, chunked transfer and gzip/deflate/brotli content encodings undone) or the block
 * of a `resource` record, with WARC-Target-URI as the URL and WARC-Date as the capture date.
 * Records that are not pages (requests, metadata, images, redirects) are `ignored`, not failures.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { WarcRecord } from './warc-reader.js';

export type WarcPayload =
  | { kind: 'page'; bytes: Buffer; url?: string; date?: string; contentType?: string; recordId?: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'error'; message: string };

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const HEADER_END = /\r?\n\r?\n/;

/** The page a WARC record carries, or why it carries none. */
export function warcPayload(record: WarcRecord): WarcPayload {
  const type = (record.headers.get('warc-type') ?? '').toLowerCase();
  const url = record.headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  const date = record.headers.get('warc-date');
  const recordId = record.headers.get('warc-record-id');
  const base = { ...(url ? { url } : {}), ...(date ? { date } : {}), ...(recordId ? { recordId } : {}) };
  if (type === 'resource') {
    const contentType = record.headers.get('content-type') ?? '';
    if (!PAGE_TYPES.test(contentType)) return { kind: 'ignored', reason: `resource of type ${contentType || 'unknown'}` };
    return { kind: 'page', bytes: record.block, contentType, ...base };
  }
  if (type !== 'response') return { kind: 'ignored', reason: `${type || 'untyped'} record` };
  const head = record.block.subarray(0, Math.min(record.block.length, 64 * 1024)).toString('latin1');
  const match = HEADER_END.exec(head);
  if (!head.startsWith('HTTP/') || !match) return { kind: 'error', message: `response record for ${url ?? 'no URI'}: no HTTP status line and headers` };
  const lines = head.slice(0, match.index).split(/\r?\n/);
  const status = Number(lines[0]!.split(' ')[1]);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  if (!(status >= 200 && status < 300)) return { kind: 'ignored', reason: `HTTP ${status}` };
  const contentType = headers.get('content-type') ?? '';
  if (contentType && !PAGE_TYPES.test(contentType)) return { kind: 'ignored', reason: contentType.split(';')[0]! };
  let body: Buffer = record.block.subarray(Buffer.byteLength(head.slice(0, match.index + match[0].length), 'latin1'));
  try {
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    const encoding = (headers.get('content-encoding') ?? '').toLowerCase().trim();
    if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body);
    else if (encoding === 'deflate') body = inflateSync(body);
    else if (encoding === 'br') body = brotliDecompressSync(body);
  } catch (error) {
    return { kind: 'error', message: `response record for ${url ?? 'no URI'}: cannot decode the body (${(error as Error).message})` };
  }
  return { kind: 'page', bytes: body, ...(contentType ? { contentType } : {}), ...base };
}

/** Undoes HTTP chunked transfer encoding; a body that is not really chunked is returned as it is. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) return parts.length ? Buffer.concat(parts) : body;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return parts.length ? Buffer.concat(parts) : body;
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
