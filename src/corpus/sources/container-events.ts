/** Items from containers of many articles: WARC records and feed items. */
import type { Feed } from '../../read/feeds-reader.js';
import { warcPayload } from '../../read/warc-payload.js';
import type { WarcError, WarcRecord } from '../../read/warc-reader.js';
import type { SourceEvent } from './source-item.js';

/** Events for the records of a WARC archive at `origin` (a path or URL). */
export async function* warcEvents(records: AsyncIterable<WarcRecord | WarcError>, origin: string): AsyncGenerator<SourceEvent> {
  for await (const record of records) {
    if ('error' in record) {
      yield { failure: { sourceKey: `${origin}#${record.index}`, code: record.error.code, message: `${origin}: ${record.error.message}` } };
      continue;
    }
    const payload = warcPayload(record);
    const sourceKey = `${origin}#${record.headers.get('warc-record-id') ?? record.index}`;
    if (payload.kind === 'ignored') { yield { ignored: payload.reason }; continue; }
    if (payload.kind === 'error') { yield { failure: { sourceKey, code: 'E_WARC_RECORD', message: `${origin}: ${payload.message}`, raw: record.block } }; continue; }
    const name = payload.url ?? sourceKey;
    yield {
      item: {
        sourceKey,
        input: { kind: 'bytes', bytes: payload.bytes, name, ...(payload.contentType ? { contentType: payload.contentType } : {}) },
        ...(payload.url ? { url: payload.url } : {}),
        defaults: { ...(payload.url ? { url: payload.url } : {}), ...(payload.date ? { publishedAt: payload.date } : {}) },
      },
    };
  }
}

/** Events for the items of a parsed feed from `origin`; the feed's title is the default outlet. */
export function* feedEvents(feed: Feed, origin: string): Generator<SourceEvent> {
  for (const entry of feed.items) {
    const sourceKey = `${origin}#${entry.key}`;
    if (!entry.html) {
      yield { failure: { sourceKey, code: 'E_INPUT_EMPTY', message: `${origin}: feed item "${entry.title ?? entry.key}" has no content or description` } };
      continue;
    }
    const record = { html: entry.html, ...(entry.title ? { title: entry.title } : {}), ...(entry.url ? { url: entry.url } : {}), ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}), ...(entry.author ? { author: entry.author } : {}) };
    yield {
      item: {
        sourceKey,
        input: { kind: 'record', json: JSON.stringify(record), name: entry.url ?? origin },
        ...(entry.url ? { url: entry.url } : {}),
        ...(feed.title ? { defaults: { outlet: feed.title } } : {}),
      },
    };
  }
}
