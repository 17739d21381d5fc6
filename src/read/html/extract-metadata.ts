/**
 * An HTML page's metadata, each field from the first source that has it:
 *
 * - title: og:title, JSON-LD headline, twitter:title, `<title>` (a " | Site" suffix removed), `<h1>`
 * - author: JSON-LD author names, meta author, article:author (names, not profile URLs), Dublin Core
 *   creator, parsely-author, a byline element (`[rel=author]`, `[itemprop=author]`, `.byline`)
 * - publishedAt: article:published_time, JSON-LD datePublished, `<time itemprop=datePublished>` or
 *   `<time pubdate>`, meta date / pubdate / publish-date / DC.date / DC.date.issued /
 *   dcterms.created / parsely-pub-date / sailthru.date, the first `<time datetime>`
 * - outlet: og:site_name, JSON-LD publisher name, application-name
 * - url: `<link rel=canonical>`, og:url, JSON-LD url (resolved against the page URL)
 * - language: `<html lang>`, og:locale, JSON-LD inLanguage, Content-Language, DC.language
 *
 * Runs before Readability, which changes the document.
 */
import type { DocumentMeta } from '../../model/document.js';
import { makeMessage, type Message } from '../../model/messages.js';
import { normalizeDate } from '../normalize-date.js';
import type { DomNode } from './collect-blocks.js';
import { normalizeSpace } from './collect-blocks.js';
import { attr } from './attr.js';
import { readJsonLd } from './read-json-ld.js';

/** The parts of a linkedom document read here. */
export interface DomDocument {
  documentElement: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  querySelector(selector: string): DomNode | null;
}

const DATE_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'parsely-pub-date', 'sailthru.date'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author'];
const TITLE_SEPARATORS = [' | ', ' - ', ' — ', ' – ', ' :: ', ' · ', ' • '];
const BYLINE_PREFIX = /^(?:by|from|von|par|автор:?)\s+/i;
const URL_LIKE = /^(?:https?:)?\/\//i;

/** Reads the page's metadata; `pageUrl` resolves relative canonical links. */
export function extractMetadata(document: DomDocument, pageUrl?: string): { meta: DocumentMeta; messages: Message[] } {
  const elements = byTag(document);
  const tags = metaTags(elements.META);
  const ld = readJsonLd(elements.SCRIPT.filter((s) => /ld\+json/i.test(attr(s, 'type') ?? '')).map((s) => s.textContent ?? ''));
  const meta: DocumentMeta = {};
  const messages: Message[] = [];

  const outlet = tags.get('og:site_name')?.[0] ?? ld?.publisher ?? tags.get('application-name')?.[0];
  if (outlet) meta.outlet = outlet;

  const title = tags.get('og:title')?.[0] ?? ld?.headline ?? tags.get('twitter:title')?.[0] ?? textOf(elements.TITLE[0] ?? null) ?? textOf(document.querySelector('h1'));
  if (title) meta.title = stripSiteSuffix(title, outlet);

  const authors = (ld?.authors ?? []).filter((a) => a !== outlet);
  const author = authors.length > 0 ? authors.join(', ') : AUTHOR_META.flatMap((k) => tags.get(k) ?? []).find((v) => !URL_LIKE.test(v)) ?? bylineElement(document);
  if (author) meta.author = author;

  const dateCandidates = [...(tags.get('article:published_time') ?? []), ...(ld?.datePublished ? [ld.datePublished] : []), ...timeElements(elements.TIME, true), ...DATE_META.flatMap((k) => tags.get(k) ?? []), ...timeElements(elements.TIME, false)];
  const publishedAt = firstDefined(dateCandidates, normalizeDate);
  if (publishedAt) meta.publishedAt = publishedAt;
  else if (dateCandidates.length > 0) messages.push(makeMessage('W_INPUT_BAD_DATE', `the page gives its publication date as ${JSON.stringify(dateCandidates[0])}, which newslens cannot read; relative dates are left unresolved`));

  const canonical = elements.LINK.find((l) => attr(l, 'rel')?.toLowerCase() === 'canonical');
  const url = firstDefined([attr(canonical, 'href'), tags.get('og:url')?.[0], ld?.url], (u) => absolute(u, pageUrl));
  if (url) meta.url = url;

  const language = attr(document.documentElement, 'lang') || tags.get('og:locale')?.[0] || ld?.language || tags.get('content-language')?.[0] || tags.get('dc.language')?.[0];
  if (language) meta.language = languageTag(language);
  return { meta, messages };
}

type Buckets = Record<'META' | 'SCRIPT' | 'LINK' | 'TIME' | 'TITLE', DomNode[]>;

/** The elements metadata comes from, found in one walk of the document instead of five. */
function byTag(document: DomDocument): Buckets {
  const buckets: Buckets = { META: [], SCRIPT: [], LINK: [], TIME: [], TITLE: [] };
  for (const el of Array.from(document.querySelectorAll('meta, script, link, time, title'))) buckets[el.nodeName.toUpperCase() as keyof Buckets]?.push(el);
  return buckets;
}

/** Meta tags by lower-cased property / name / itemprop / http-equiv, values in document order. */
function metaTags(metas: DomNode[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of metas) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.trim().toLowerCase();
    const value = normalizeSpace(attr(el, 'content') ?? '');
    if (!key || !value) continue;
    const list = tags.get(key) ?? [];
    list.push(value);
    tags.set(key, list);
  }
  return tags;
}

/** `<time>` values: the ones marked as the publication date (`marked`), or all of them. */
function timeElements(times: DomNode[], marked: boolean): string[] {
  return times
    .filter((el) => !marked || attr(el, 'itemprop') === 'datePublished' || attr(el, 'pubdate') !== null)
    .map((el) => attr(el, 'datetime') ?? (marked ? el.textContent : null))
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

function bylineElement(document: DomDocument): string | undefined {
  const el = document.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline');
  const text = textOf(el)?.replace(BYLINE_PREFIX, '');
  return text && text.length <= 100 ? text : undefined;
}

/** Without a known outlet, a title's last " | " part this short is taken for the site name. */
const MAX_SITE_WORDS = 4;

/** "Headline | Site" → "Headline" when the last part is the outlet, or (without one) a short part after a pipe. */
export function stripSiteSuffix(title: string, outlet?: string): string {
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + separator.length).trim().toLowerCase();
    const isOutlet = outlet !== undefined && (tail === outlet.toLowerCase() || outlet.toLowerCase().includes(tail));
    if (isOutlet || (outlet === undefined && separator === ' | ' && tail.split(' ').length <= MAX_SITE_WORDS)) return head;
  }
  return title;
}

/** The first value `read` accepts, reading no further. */
function firstDefined<T>(values: readonly T[], read: (value: T) => string | undefined): string | undefined {
  for (const value of values) {
    const result = read(value);
    if (result !== undefined) return result;
  }
  return undefined;
}

function absolute(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `en_GB` → `en-GB`, `EN` → `en`: BCP 47 casing. */
function languageTag(value: string): string {
  const [language, ...rest] = value.trim().split(/[-_]/);
  return [language!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function textOf(node: DomNode | null): string | undefined {
  const text = node ? normalizeSpace(node.textContent ?? '') : '';
  return text || undefined;
}
