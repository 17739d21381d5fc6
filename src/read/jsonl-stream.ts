/**
 * Streaming JSON Lines: records one at a time from a byte stream of any size, in constant memory
 * per line. Every non-blank line yields exactly one item, a record or an error naming the line, and
 * so does every run of blank lines before a record, so that no line is ever silently dropped.
 */
import { makeMessage, type Message } from '../model/messages.js';
import { recordFromJson } from './json-record.js';
import { detectLegacyEncoding, MIN_PLAUSIBILITY } from './detect-legacy-encoding.js';
import { malformed } from './read-json.js';
import { scanUtf8 } from './scan-utf8.js';
import { DEFAULT_MAX_BYTES, type ArticleRecord } from './types.js';

/** One line's outcome. `line` is 1-based. */
export type JsonlItem =
  | { ok: true; record: ArticleRecord; line: number; messages: Message[] }
  | { ok: false; error: Message; line: number };

export interface JsonlStreamOptions {
  /** A line longer than this many bytes yields an E_INPUT_TOO_LARGE item instead of a record; default 10 MiB. */
  maxLineBytes?: number;
}

/**
 * Reads JSON Lines records from `input` (a `Readable` such as `fs.createReadStream(path)` or
 * `process.stdin`, or any async iterable of byte or string chunks).
 *
 * Yields, for each non-blank line, in order:
 * - `{ ok: true, record, line, messages }`: the line's object as an {@link ArticleRecord} (`text` or
 *   `html` plus metadata, with field names normalised as in `json-record.ts`); `messages` holds
 *   warnings such as W_INPUT_BAD_DATE. Pass `record` to `readArticle` or `analyze`.
 * - `{ ok: false, error, line }`: E_INPUT_MALFORMED (with the column), E_INPUT_UNDECODABLE (the
 *   line is not UTF-8; naming the legacy encoding it reads as, when one fits), E_INPUT_BINARY (a NUL
 *   byte), E_INPUT_EMPTY (empty text field, or blank lines between records: one item per run of
 *   them, at its first line) or E_INPUT_TOO_LARGE (over `maxLineBytes`).
 *
 * Blank lines at the end of the input are not records and say nothing (an editor's trailing newline);
 * a UTF-8 BOM and CRLF line ends are accepted. Errors of the stream itself
 * (a file that cannot be read) are thrown, not yielded.
 *
 * @example
 * for await (const item of readJsonlRecords(createReadStream('articles.jsonl'))) {
 *   if (!item.ok) { report(`line ${item.line}: ${item.error.message}`); continue; }
 *   const doc = analyze(item.record);
 * }
 */
export async function* readJsonlRecords(input: AsyncIterable<Uint8Array | string>, options: JsonlStreamOptions = {}): AsyncGenerator<JsonlItem, void, undefined> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_BYTES;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let line = 1;
  let blankFrom = 0; // the first line of the blank lines since the last record, or 0
  const report = (item: JsonlItem | null, at: number): JsonlItem[] => {
    if (item === null) {
      if (blankFrom === 0) blankFrom = at;
      return [];
    }
    const blank = blankFrom === 0 ? [] : [blankLines(blankFrom, at - 1)];
    blankFrom = 0;
    return [...blank, item];
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let newline = bytes.indexOf(10, from); newline >= 0; newline = bytes.indexOf(10, from)) {
      const piece = bytes.subarray(from, newline);
      if (!tooLong && pendingBytes + piece.length <= maxLineBytes) pending.push(piece);
      else tooLong = true;
      yield* report(finishLine(tooLong ? null : Buffer.concat(pending), line, maxLineBytes), line);
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      line++;
      from = newline + 1;
    }
    const rest = bytes.subarray(from);
    if (tooLong || pendingBytes + rest.length > maxLineBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length > 0) {
      pending.push(Buffer.from(rest)); // copy: the stream may reuse its chunk
      pendingBytes += rest.length;
    }
  }
  const last = finishLine(tooLong ? null : Buffer.concat(pending), line, maxLineBytes);
  if (last) yield* report(last, line);
}

/** Blank lines between records: one item for the run, so a stray empty line is seen, not skipped. */
function blankLines(from: number, to: number): JsonlItem {
  const where = from === to ? `line ${from}: a blank line` : `lines ${from}-${to}: ${to - from + 1} blank lines`;
  return { ok: false, line: from, error: makeMessage('E_INPUT_EMPTY', `${where} between records (JSON Lines has one record on every line; nothing was stored from ${from === to ? 'it' : 'them'})`) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One line's item, or null for a blank line; `bytes` null means the line was over the limit. */
function finishLine(bytes: Buffer | null, line: number, maxLineBytes: number): JsonlItem | null {
  const where = `line ${line}: `;
  if (bytes === null) return { ok: false, line, error: makeMessage('E_INPUT_TOO_LARGE', `${where}the record is over the ${(maxLineBytes / 1024 / 1024).toFixed(1)} MB line limit`) };
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 13) end--; // CRLF
  const start = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start, end);
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, line, error: makeMessage('E_INPUT_BINARY', `${where}binary data (a NUL byte at byte ${nul + 1} of the line), not a JSON record`) };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const offset = scanUtf8(body).firstInvalid;
    const guess = detectLegacyEncoding(body);
    const readsAs = guess.score >= MIN_PLAUSIBILITY ? `; it reads as ${guess.description}: re-save the file as UTF-8` : '';
    return { ok: false, line, error: makeMessage('E_INPUT_UNDECODABLE', `${where}byte 0x${body[offset]!.toString(16).toUpperCase().padStart(2, '0')} at byte ${offset + 1} of the line is not valid UTF-8 (JSON Lines files must be UTF-8)${readsAs}`) };
  }
  if (text.trim().length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const result = malformed(text, where, line);
    return { ok: false, line, error: result.ok ? makeMessage('E_INPUT_MALFORMED', `${where}malformed JSON`) : result.error };
  }
  const record = recordFromJson(value, where);
  return record.ok ? { ok: true, record: record.record, line, messages: record.messages } : { ok: false, line, error: record.error };
}
