/**
 * Sources over local files: JSONL (one record per line, streamed), JSON (a record or an array),
 * WARC archives (streamed record by record), feeds, and single articles. Each file stream counts
 * the bytes it reads, for progress. Source keys use absolute paths so a re-run from another folder
 * still recognises what it has done.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { parseFeed } from '../../read/feeds-reader.js';
import { readJsonlRecords } from '../../read/jsonl-stream.js';
import { readWarcRecords } from '../../read/warc-reader.js';
import { fileKind } from './file-kind.js';
import { feedEvents, warcEvents } from './container-events.js';
import type { ByteCounter, SourceEvent } from './source-item.js';

export interface FileSourceOptions {
  /** Inputs over this size are failures (default 10 MiB per article or feed). */
  maxBytes: number;
  counter: ByteCounter;
}

/** Events for one file, whatever its kind. */
export async function* fileEvents(path: string, size: number, options: FileSourceOptions): AsyncGenerator<SourceEvent> {
  const head = await readHead(path);
  const kind = fileKind(path, head);
  if (kind === 'jsonl') return yield* jsonlEvents(path, options);
  if (kind === 'warc') return yield* warcEvents(readWarcRecords(counted(createReadStream(path, { highWaterMark: 256 * 1024 }), options.counter)), path);
  if (size > options.maxBytes) {
    options.counter.read += size;
    yield { failure: { sourceKey: path, code: 'E_INPUT_TOO_LARGE', message: `${path} is ${size} bytes, over the ${options.maxBytes}-byte limit` } };
    return;
  }
  const bytes = await readFile(path);
  options.counter.read += bytes.length;
  if (kind === 'feed') {
    let feed;
    try {
      feed = parseFeed(bytes.toString('utf8'));
    } catch (error) {
      yield { failure: { sourceKey: path, code: 'E_INPUT_MALFORMED', message: `${path}: not a readable feed: ${(error as Error).message}`, raw: bytes } };
      return;
    }
    return yield* feedEvents(feed, path);
  }
  if (kind === 'json') return yield* jsonEvents(bytes, path);
  yield { item: { sourceKey: path, input: { kind: 'bytes', bytes, name: path } } };
}

function* jsonEvents(bytes: Buffer, path: string): Generator<SourceEvent> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    yield { failure: { sourceKey: path, code: 'E_INPUT_MALFORMED', message: `${path}: ${(error as Error).message}`, raw: bytes } };
    return;
  }
  if (!Array.isArray(value)) {
    yield { item: { sourceKey: path, input: { kind: 'record', json: bytes.toString('utf8'), name: path } } };
    return;
  }
  for (const [i, record] of value.entries()) yield { item: { sourceKey: `${path}#${i}`, input: { kind: 'record', json: JSON.stringify(record), name: path } } };
}

/**
 * One record per non-blank line, by the readers' streaming JSONL reader: a malformed, undecodable or
 * empty line becomes a failure naming the line, and the file goes on.
 */
async function* jsonlEvents(path: string, options: FileSourceOptions): AsyncGenerator<SourceEvent> {
  let stream: Readable = counted(createReadStream(path, { highWaterMark: 256 * 1024 }), options.counter);
  if (/\.gz$/i.test(path)) stream = stream.pipe(createGunzip());
  for await (const entry of readJsonlRecords(stream, { maxLineBytes: options.maxBytes })) {
    const sourceKey = `${path}#L${entry.line}`;
    if (!entry.ok) {
      yield { failure: { sourceKey, code: entry.error.code, message: `${path}: ${entry.error.message}` }, bytes: 0 };
      continue;
    }
    const json = JSON.stringify(entry.record);
    // The stream reads ahead in large chunks; a line's own length is what progress should count.
    yield { item: { sourceKey, input: { kind: 'record', json, name: path } }, bytes: Buffer.byteLength(json) + 1 };
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, 1024, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The stream, adding each chunk's size to the counter as it is read. */
export function counted(stream: Readable, counter: ByteCounter): Readable {
  stream.on('data', (chunk: Buffer) => { counter.read += chunk.length; });
  return stream;
}
