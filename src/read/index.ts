/**
 * Readers turn raw input (bytes, strings, records) into one canonical text plus metadata. The raw
 * input stays available as an artifact; problems become messages, and unreadable input a failure
 * with a message that says what is wrong and what to do.
 */
import { makeMessage } from '../model/messages.js';
import type { ArticleRecord, ReadOptions, ReadResult } from './types.js';
import { DEFAULT_MAX_BYTES } from './types.js';

export type { ArticleRecord, ReadOptions, ReadResult, InputFormat } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';

/** Reads one article from a string, bytes, or a record carrying text or HTML. */
export function readArticle(input: string | Uint8Array | ArticleRecord, options: ReadOptions = {}): ReadResult {
  const { text: _t, html: _h, ...recordMeta } = typeof input === 'object' && !(input instanceof Uint8Array) ? input : ({} as ArticleRecord);
  const meta = { ...recordMeta };
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = new TextDecoder('utf-8').decode(input);
  else text = input.text ?? input.html ?? '';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes) return { ok: false, error: makeMessage('E_INPUT_TOO_LARGE'), meta };
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { ok: false, error: makeMessage('E_INPUT_EMPTY'), meta };
  return { ok: true, text, meta, messages: [] };
}
