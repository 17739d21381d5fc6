/** Builds small WARC archives for tests: records, gzip per record or whole file. */
import { gzipSync } from 'node:zlib';

export interface RecordSpec {
  type: string;
  uri?: string;
  date?: string;
  id?: string;
  contentType?: string;
  block: Buffer | string;
  version?: string;
}

/** One WARC record with its trailing blank line. */
export function warcRecord(spec: RecordSpec): Buffer {
  const block = typeof spec.block === 'string' ? Buffer.from(spec.block, 'utf8') : spec.block;
  const lines = [`${spec.version ?? 'WARC/1.0'}`, `WARC-Type: ${spec.type}`];
  if (spec.uri) lines.push(`WARC-Target-URI: ${spec.uri}`);
  lines.push(`WARC-Date: ${spec.date ?? '2024-02-01T12:00:00Z'}`, `WARC-Record-ID: <urn:uuid:${spec.id ?? Math.random().toString(16).slice(2)}>`);
  if (spec.contentType) lines.push(`Content-Type: ${spec.contentType}`);
  lines.push(`Content-Length: ${block.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block. */
export function httpResponse(body: Buffer | string, headers: Record<string, string> = {}, status = '200 OK'): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const head = [`HTTP/1.1 ${status}`, ...Object.entries({ 'Content-Type': 'text/html; charset=utf-8', ...headers }).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes]);
}

/** A response record for a page. */
export function pageRecord(uri: string, html: string, id: string, extra: Partial<RecordSpec> = {}): Buffer {
  return warcRecord({ type: 'response', uri, id, contentType: 'application/http; msgtype=response', block: httpResponse(html), ...extra });
}

export function gzipPerRecord(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

export async function* chunks(buffer: Buffer, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}
