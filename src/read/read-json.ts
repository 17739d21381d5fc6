/**
 * One article from a JSON or JSON Lines text (for `analyze`, which reads one article): a JSON
 * object, a one-element array, or a JSONL file with one record. More records point the user at
 * `newslens ingest`; malformed JSON says the line and column.
 */
import { makeMessage } from '../model/messages.js';
import { recordFromJson, type RecordResult } from './json-record.js';
import { locateJsonError } from './locate-json-error.js';

const NON_EMPTY_LINE = /\S/;

/** Reads one record from `text` as `json` (a JSON value; JSONL is recognised too) or `jsonl`. */
export function readJsonArticle(text: string, format: 'json' | 'jsonl'): RecordResult {
  if (format === 'jsonl') return readJsonLines(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const lines = recordLines(text);
    if (lines.length > 1 && parsesAsObject(lines[0]!.text)) return manyRecords(lines.length, 'JSON Lines');
    return malformed(text, '');
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { ok: false, error: makeMessage('E_INPUT_EMPTY', 'the input is an empty JSON array: it holds no article') };
    if (value.length > 1) return manyRecords(value.length, 'a JSON array');
    return recordFromJson(value[0], 'the array\'s only element: ');
  }
  return recordFromJson(value);
}

function readJsonLines(text: string): RecordResult {
  const lines = recordLines(text);
  if (lines.length === 0) return { ok: false, error: makeMessage('E_INPUT_EMPTY', 'the JSON Lines input holds no record') };
  if (lines.length > 1) return manyRecords(lines.length, 'JSON Lines');
  const { text: line, number } = lines[0]!;
  try {
    return recordFromJson(JSON.parse(line), `line ${number}: `);
  } catch {
    return malformed(line, '', number);
  }
}

/** Non-empty lines with their 1-based numbers. */
function recordLines(text: string): Array<{ text: string; number: number }> {
  const out: Array<{ text: string; number: number }> = [];
  text.split('\n').forEach((line, i) => {
    if (NON_EMPTY_LINE.test(line)) out.push({ text: line, number: i + 1 });
  });
  return out;
}

function parsesAsObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

function manyRecords(count: number, container: string): RecordResult {
  return { ok: false, error: makeMessage('E_INPUT_MANY_RECORDS', `the input holds ${count} article records (${container}); analyze reads one article`) };
}

/** E_INPUT_MALFORMED with line and column; `lineNumber` shifts the line when `text` is one line of a file. */
export function malformed(text: string, where: string, lineNumber?: number): RecordResult {
  const at = locateJsonError(text);
  if (!at) return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `${where}malformed JSON`) };
  const line = lineNumber ?? at.line;
  return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `${where}malformed JSON at line ${line}, column ${at.column}: ${at.reason}`) };
}
