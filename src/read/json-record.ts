/**
 * A JSON object (one JSON file, or one JSON Lines line) as an article record. Exports from scrapers,
 * news APIs and CMSs name the same things differently, so each field is looked up under its common
 * names, first found wins:
 *
 * | field         | names looked up |
 * |---------------|-----------------|
 * | text          | `text`; then `content`, `body`, `article`, `description` (read as HTML when they hold tags) |
 * | html          | `html` |
 * | title         | `title`, `headline` |
 * | url           | `url`, `link`, `canonicalUrl`, `canonical_url` |
 * | outlet        | `outlet`, `source`, `site`, `publisher`, `siteName`, `site_name` (a string or `{name}`) |
 * | author        | `author`, `byline`, `authors`, `creator` (a string, `{name}`, or a list of them) |
 * | publishedAt   | `publishedAt`, `published_at`, `published`, `datePublished`, `date_published`, `pubDate`, `date`, `isoDate` |
 * | language      | `language`, `lang`, `inLanguage` |
 *
 * A value of the form `{rendered: "..."}` (the WordPress REST API) counts as its string.
 */
import type { DocumentMeta } from '../model/document.js';
import { makeMessage, type Message } from '../model/messages.js';
import { normalizeDate } from './normalize-date.js';
import type { ArticleRecord } from './types.js';

/** The body fields, in the order they are tried after `text` and `html`. */
export const BODY_FALLBACK_FIELDS = ['content', 'body', 'article', 'description'] as const;

/** The names under which each metadata field is looked up, in order. */
export const META_FIELD_NAMES = {
  title: ['title', 'headline'],
  url: ['url', 'link', 'canonicalUrl', 'canonical_url'],
  outlet: ['outlet', 'source', 'site', 'publisher', 'siteName', 'site_name'],
  author: ['author', 'byline', 'authors', 'creator'],
  publishedAt: ['publishedAt', 'published_at', 'published', 'datePublished', 'date_published', 'pubDate', 'date', 'isoDate'],
  language: ['language', 'lang', 'inLanguage'],
} as const;

export type RecordResult = { ok: true; record: ArticleRecord; messages: Message[] } | { ok: false; error: Message };

const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|span|a|h[1-6]|ul|ol|li|article|section|em|strong|b|i|blockquote|figure|img)\b[^>]*>/i;

/** Reads a parsed JSON value as an article record; `where` prefixes messages ("line 3: "). */
export function recordFromJson(value: unknown, where = ''): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `${where}expected a JSON object with a text or html field, found ${kindOf(value)}`) };
  }
  const object = value as Record<string, unknown>;
  const body = findBody(object);
  if (!body) {
    const keys = Object.keys(object).slice(0, 12).join(', ') || 'none';
    return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `${where}the record has no text or html field (looked for text, html, ${BODY_FALLBACK_FIELDS.join(', ')}); its fields are: ${keys}`) };
  }
  if (body.value.trim().length === 0) {
    return { ok: false, error: makeMessage('E_INPUT_EMPTY', `${where}the record's ${body.field} field is empty`) };
  }
  const messages: Message[] = [];
  const record: ArticleRecord = body.kind === 'html' ? { html: body.value } : { text: body.value };
  Object.assign(record, readMeta(object, where, messages));
  return { ok: true, record, messages };
}

function findBody(object: Record<string, unknown>): { field: string; kind: 'text' | 'html'; value: string } | undefined {
  const text = stringOf(object.text);
  const html = stringOf(object.html);
  if (text !== undefined && (text.trim() || html === undefined)) return { field: 'text', kind: 'text', value: text };
  if (html !== undefined) return { field: 'html', kind: 'html', value: html };
  for (const field of BODY_FALLBACK_FIELDS) {
    const value = stringOf(object[field]);
    if (value !== undefined) return { field, kind: LOOKS_LIKE_HTML.test(value) ? 'html' : 'text', value };
  }
  return undefined;
}

function readMeta(object: Record<string, unknown>, where: string, messages: Message[]): DocumentMeta {
  const meta: DocumentMeta = {};
  const title = first(object, META_FIELD_NAMES.title, (v) => trimmed(stringOf(v)));
  if (title) meta.title = title;
  const url = first(object, META_FIELD_NAMES.url, (v) => trimmed(stringOf(v) ?? stringOf((v as { href?: unknown } | null)?.href)));
  if (url) meta.url = url;
  const outlet = first(object, META_FIELD_NAMES.outlet, nameOf);
  if (outlet) meta.outlet = outlet;
  const author = first(object, META_FIELD_NAMES.author, namesOf);
  if (author) meta.author = author;
  const language = first(object, META_FIELD_NAMES.language, (v) => trimmed(stringOf(v)));
  if (language) meta.language = language.replace('_', '-');
  const dateField = META_FIELD_NAMES.publishedAt.find((k) => object[k] !== undefined && object[k] !== null && object[k] !== '');
  if (dateField) {
    const date = normalizeDate(object[dateField]);
    if (date) meta.publishedAt = date;
    else messages.push(makeMessage('W_INPUT_BAD_DATE', `${where}the record's ${dateField} ${JSON.stringify(object[dateField])} is not a date newslens can read; relative dates are left unresolved`));
  }
  const source = object.source as DocumentMeta['source'] | undefined;
  if (source && typeof source === 'object' && typeof source.reader === 'string' && typeof source.format === 'string') meta.source = source;
  return meta;
}

function first(object: Record<string, unknown>, names: readonly string[], read: (v: unknown) => string | undefined): string | undefined {
  for (const name of names) {
    const value = read(object[name]);
    if (value) return value;
  }
  return undefined;
}

/** A string, or the `rendered` string of a WordPress field; trimmed metadata is done by callers. */
function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { rendered?: unknown }).rendered === 'string') return (value as { rendered: string }).rendered;
  return undefined;
}

/** A name: a string, or `{name}` / `{title}` (news APIs nest the outlet so). */
function nameOf(value: unknown): string | undefined {
  return trimmed(stringOf(value) ?? stringOf((value as { name?: unknown } | null)?.name) ?? stringOf((value as { title?: unknown } | null)?.title));
}

function trimmed(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** One name or a list of names, joined with ", ". */
function namesOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  return nameOf(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
