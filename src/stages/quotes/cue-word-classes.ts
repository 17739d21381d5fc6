/**
 * Distributional word classes for the cue model: each word's path in a binary tree of words that stand
 * in alike contexts, learned from unlabelled text by scripts/build-quotes-word-classes.ts (table in
 * src/data/models/quotes-word-classes.tsv.gz). They let the model carry what it learned of "said" or
 * "criticism" over to words it saw rarely or never as cues ("slams", "applaud", "backing").
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '../../data/paths.js';

export const WORD_CLASSES_FILE = dataFile('models', 'quotes-word-classes.tsv.gz');
/** `NEWSLENS_QUOTES_WORD_CLASSES` points at another table (built without the held-out articles). */
const PATH = process.env['NEWSLENS_QUOTES_WORD_CLASSES'] ?? WORD_CLASSES_FILE;

/** The spelling classes are keyed by: lower case, curly apostrophe as straight (as `lowerWord`). */
export function classWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

let table: Map<string, number> | undefined;

/**
 * Word -> path, encoded as an integer with a leading 1 bit before the path's bits (so "01" is 0b101
 * and a prefix of depth d is `code >>> (length - d)`). A missing table is an error, not an empty map:
 * the cue model's weights were trained with the classes, and without them it would score every word as
 * one it never saw, losing cues without a word said.
 */
export function wordClasses(): Map<string, number> {
  if (table) return table;
  if (!existsSync(PATH)) {
    throw new Error(`quotes: the cue model's word-class table ${PATH} is missing${process.env['NEWSLENS_QUOTES_WORD_CLASSES'] ? ' (set by NEWSLENS_QUOTES_WORD_CLASSES)' : ''}; rebuild it with scripts/build-quotes-word-classes.ts or point NEWSLENS_QUOTES_WORD_CLASSES at a table.`);
  }
  table = new Map();
  for (const line of gunzipSync(readFileSync(PATH)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    let code = 1;
    for (let i = tab + 1; i < line.length; i++) code = (code << 1) | (line.charCodeAt(i) === 49 ? 1 : 0);
    table.set(line.slice(0, tab), code);
  }
  return table;
}

/** The prefix of depth `depth` of a class code (the whole code when it is shorter). */
export function classPrefix(code: number, depth: number): number {
  const length = 31 - Math.clz32(code);
  return length > depth ? code >>> (length - depth) : code;
}
