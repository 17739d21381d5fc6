/**
 * A URL input: fetched once, then read by what it turns out to be: a WARC archive (streamed), a
 * feed (its items), or a page (one article). A fetch that fails is a failure record with the reason.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { looksLikeFeed, parseFeed } from '../../read/feeds-reader.js';
import { readWarcRecords } from '../../read/warc-reader.js';
import { feedEvents, warcEvents } from './container-events.js';
import { counted } from './file-sources.js';
import type { ByteCounter, SourceEvent } from './source-item.js';

const USER_AGENT = 'newslens (+https://github.com/newslens)';

export async function* urlEvents(url: string, options: { maxBytes: number; counter: ByteCounter }): AsyncGenerator<SourceEvent> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000), headers: { 'user-agent': USER_AGENT } });
  } catch (error) {
    yield { failure: { sourceKey: url, code: 'E_INPUT_UNREADABLE', message: `cannot fetch ${url}: ${(error as Error).message}` } };
    return;
  }
  if (!response.ok || !response.body) {
    yield { failure: { sourceKey: url, code: 'E_INPUT_UNREADABLE', message: `cannot fetch ${url}: the server answered ${response.status} ${response.statusText}` } };
    return;
  }
  const contentType = response.headers.get('content-type') ?? '';
  const stream = counted(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), options.counter);
  if (/application\/warc/i.test(contentType) || /\.warc(\.gz)?(\?|$)/i.test(url)) {
    yield* warcEvents(readWarcRecords(stream), url);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readLimited(stream, options.maxBytes);
  } catch (error) {
    yield { failure: { sourceKey: url, code: 'E_INPUT_TOO_LARGE', message: `${url}: ${(error as Error).message}` } };
    return;
  }
  const head = bytes.subarray(0, 1024).toString('utf8');
  if (/(rss|atom)\+xml/i.test(contentType) || (/xml/i.test(contentType) && looksLikeFeed(head)) || looksLikeFeed(head)) {
    try {
      yield* feedEvents(parseFeed(bytes.toString('utf8')), url);
    } catch (error) {
      yield { failure: { sourceKey: url, code: 'E_INPUT_MALFORMED', message: `${url}: not a readable feed: ${(error as Error).message}`, raw: bytes } };
    }
    return;
  }
  yield { item: { sourceKey: url, url, input: { kind: 'bytes', bytes, name: url, ...(contentType ? { contentType } : {}) }, defaults: { url } } };
}

async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new Error(`over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
