/**
 * The title a stored document is listed under (search hits, quotes, events, exports): its metadata
 * title, else the first line of its text when that line reads as a headline: at most 160 characters,
 * not ending in a full stop (that is a lead sentence), and more text after it. A plain-text article usually opens with its headline, and readers only find a title in
 * metadata (JSON/JSONL `title`/`headline`, HTML meta tags): without this, `newslens search` listed such
 * articles as "(untitled)" while the article page showed their headline (web/src/article-view.ts reads
 * the first line the same way). Migrations sqlite/008 and postgres/009 apply the same rule in SQL to
 * documents stored before.
 */
import type { Document } from '../model/document.js';

export const MAX_HEADLINE_LENGTH = 160;

/** The first line of `text` when it reads as a headline, else undefined. */
export function headlineOf(text: string): string | undefined {
  const trimmed = text.trim();
  const first = trimmed.split('\n', 1)[0]!.trim();
  const headline = first.length > 0 && first.length <= MAX_HEADLINE_LENGTH && !first.endsWith('.') && trimmed.length > first.length;
  return headline ? first : undefined;
}

/** The metadata title, else the text's headline. */
export function listedTitle(doc: Pick<Document, 'meta' | 'text'>): string | undefined {
  const title = doc.meta.title?.trim();
  return title ? doc.meta.title : headlineOf(doc.text);
}
