/** What kind of input a file is, from its name and, when that is not enough, its first bytes. */
import { looksLikeFeed } from '../../read/feeds-reader.js';

export type FileKind = 'jsonl' | 'json' | 'warc' | 'feed' | 'document';

const BY_EXTENSION: Array<[RegExp, FileKind]> = [
  [/\.(jsonl|ndjson)(\.gz)?$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.(warc|warc\.gz|arc\.gz)$/i, 'warc'],
  [/\.(rss|atom)$/i, 'feed'],
];

/** Extensions a folder walk picks up; other files in a folder are passed over. */
export const ARTICLE_EXTENSIONS = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson|jsonl\.gz|ndjson\.gz|xml|rss|atom|warc|warc\.gz)$/i;

/** The kind of a file; `head` is its first bytes (for .xml and unknown extensions). */
export function fileKind(name: string, head: Uint8Array): FileKind {
  for (const [pattern, kind] of BY_EXTENSION) if (pattern.test(name)) return kind;
  const start = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 1024));
  if (start.startsWith('WARC/')) return 'warc';
  if (looksLikeFeed(start)) return 'feed';
  return 'document';
}
