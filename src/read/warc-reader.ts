/**
 * A streaming WARC reader (WARC/1.0 and 1.1; uncompressed, gzip per record, or gzip over the whole
 * file: Node's gunzip reads concatenated members). Memory stays flat: one record is held at a time,
 * and blocks larger than `maxRecordBytes` are skipped without buffering them.
 *
 * A broken record (bad header, truncated block, garbage between records, corrupt gzip) is yielded as
 * `{ error }` so the caller can record it; reading resumes at the next record when it can.
 */
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';

export interface WarcRecord {
  /** WARC header fields, names lower-cased (`warc-type`, `warc-target-uri`, `warc-date`, `content-type`). */
  headers: Map<string, string>;
  block: Buffer;
  /** Ordinal of the record in the file (1-based), for source keys when it has no WARC-Record-ID. */
  index: number;
}

export interface WarcError {
  error: { code: 'E_WARC_RECORD'; message: string };
  index: number;
}

export interface WarcReadOptions {
  /** Blocks over this size are skipped and reported (default 20 MiB). */
  maxRecordBytes?: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
const MAGIC = Buffer.from('WARC/');

/** Reads WARC records from a byte stream (a file stream, a fetch body). Detects gzip by its magic bytes. */
export async function* readWarcRecords(input: AsyncIterable<Uint8Array>, options: WarcReadOptions = {}): AsyncGenerator<WarcRecord | WarcError> {
  const max = options.maxRecordBytes ?? 20 * 1024 * 1024;
  const bytes = await gunzipIfNeeded(input);
  const reader = new ChunkReader(bytes);
  let index = 0;
  try {
    for (;;) {
      // Between records: blank lines are normal; anything else is garbage to skip to the next "WARC/".
      const skipped = await reader.skipTo(MAGIC);
      if (skipped === undefined) {
        if (index === 0) yield { error: { code: 'E_WARC_RECORD', message: 'no WARC record found: the file does not start with a "WARC/" header' }, index: 1 };
        return;
      }
      if (skipped > 0 && index > 0) yield { error: { code: 'E_WARC_RECORD', message: `${skipped} bytes of garbage after record ${index} were skipped` }, index };
      index++;
      const head = await reader.readUntil(CRLF2, LF2, 64 * 1024);
      if (head === undefined) {
        yield { error: { code: 'E_WARC_RECORD', message: `record ${index}: the header is truncated or longer than 64 KiB` }, index };
        return;
      }
      const headers = parseHeaders(head.toString('latin1'));
      const length = Number(headers.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        yield { error: { code: 'E_WARC_RECORD', message: `record ${index}: expected a Content-Length, found ${headers.get('content-length') ?? 'none'}` }, index };
        continue;
      }
      if (length > max) {
        const got = await reader.skip(length);
        yield { error: { code: 'E_WARC_RECORD', message: `record ${index} (${headers.get('warc-target-uri') ?? 'no URI'}): ${length} bytes, over the ${max}-byte limit; skipped` }, index };
        if (got < length) return;
        continue;
      }
      const block = await reader.read(length);
      if (block.length < length) {
        yield { error: { code: 'E_WARC_RECORD', message: `record ${index} (${headers.get('warc-target-uri') ?? 'no URI'}): truncated, ${block.length} of ${length} bytes` }, index };
        return;
      }
      yield { headers, block, index };
    }
  } catch (error) {
    yield { error: { code: 'E_WARC_RECORD', message: `after record ${index}: the archive is corrupt (${(error as Error).message}); the rest of the file was not read` }, index: index + 1 };
  }
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  const lines = head.split(/\r?\n/);
  headers.set('warc-version', lines[0]!.trim());
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

async function gunzipIfNeeded(input: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return (async function* () {})();
  const head = Buffer.from(first.value);
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  if (head[0] === 0x1f && head[1] === 0x8b) return Readable.from(rest()).pipe(createGunzip());
  return rest();
}

/** Pulls exact byte counts and delimited blocks out of a chunked stream. */
class ChunkReader {
  private buffer = Buffer.alloc(0);
  private readonly iterator: AsyncIterator<Uint8Array>;
  private done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done) { this.done = true; return false; }
    this.buffer = this.buffer.length === 0 ? Buffer.from(next.value) : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  /** Skips to `marker`; returns the number of non-blank bytes skipped, or undefined at the end. */
  async skipTo(marker: Buffer): Promise<number | undefined> {
    let skipped = 0;
    for (;;) {
      const at = this.buffer.indexOf(marker);
      if (at >= 0) {
        skipped += countNonBlank(this.buffer, 0, at);
        this.buffer = this.buffer.subarray(at);
        return skipped;
      }
      const keep = Math.min(this.buffer.length, marker.length - 1);
      skipped += countNonBlank(this.buffer, 0, this.buffer.length - keep);
      this.buffer = this.buffer.subarray(this.buffer.length - keep);
      if (!(await this.fill())) return undefined;
    }
  }

  /** Reads through the first of the delimiters (returned without it), within `limit` bytes. */
  async readUntil(a: Buffer, b: Buffer, limit: number): Promise<Buffer | undefined> {
    for (;;) {
      const ia = this.buffer.indexOf(a);
      const ib = this.buffer.indexOf(b);
      const [at, len] = ia >= 0 && (ib < 0 || ia <= ib) ? [ia, a.length] : [ib, b.length];
      if (at >= 0) {
        const head = this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + len);
        return head;
      }
      if (this.buffer.length > limit || !(await this.fill())) return undefined;
    }
  }

  async read(length: number): Promise<Buffer> {
    // Collects parts and joins once: a large block arriving in many chunks is copied only once.
    const parts: Buffer[] = [];
    let have = 0;
    for (;;) {
      const take = Math.min(length - have, this.buffer.length);
      parts.push(this.buffer.subarray(0, take));
      this.buffer = this.buffer.subarray(take);
      have += take;
      if (have === length || this.done) break;
      const next = await this.iterator.next();
      if (next.done) { this.done = true; break; }
      this.buffer = Buffer.from(next.value);
    }
    return Buffer.concat(parts, have);
  }

  /** Discards `length` bytes without keeping them; returns how many were there. */
  async skip(length: number): Promise<number> {
    let left = length;
    for (;;) {
      const take = Math.min(left, this.buffer.length);
      this.buffer = this.buffer.subarray(take);
      left -= take;
      if (left === 0 || !(await this.fill())) return length - left;
    }
  }
}

function countNonBlank(buffer: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = buffer[i];
    if (c !== 0x0d && c !== 0x0a && c !== 0x20 && c !== 0x09) n++;
  }
  return n;
}
