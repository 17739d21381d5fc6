/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds → one record per item: title, link, date, author, and the
 * item's HTML (content:encoded, Atom content, or the description/summary). The feed's title is the
 * outlet. Malformed XML is an error with its reason, never a silent empty feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  /** A stable key within the feed: guid/id, else link, else position. */
  key: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
  /** The item body as HTML (or plain text, which reads as HTML too). */
  html?: string;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  link?: string;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)\b/i;

/** Whether a text looks like an RSS or Atom feed (by its root element). */
export function looksLikeFeed(head: string): boolean {
  return FEED_START.test(head);
}

/** Parses a feed; throws an Error saying what is wrong when it is not a well-formed RSS or Atom feed. */
export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const tree = parser.parse(xml) as Record<string, any>;
  if (tree.rss) return rss(tree.rss.channel ?? {}, 'rss', tree.rss.channel?.item ?? []);
  if (tree['rdf:RDF']) return rss(tree['rdf:RDF'].channel ?? {}, 'rdf', tree['rdf:RDF'].item ?? []);
  if (tree.feed) return atom(tree.feed);
  throw new Error(`expected an <rss>, <rdf:RDF> or <feed> root element, found <${Object.keys(tree).filter((k) => !k.startsWith('?'))[0] ?? 'nothing'}>`);
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && '#text' in (value as object)) return text((value as Record<string, unknown>)['#text']);
  return undefined;
}

function rss(channel: Record<string, any>, format: 'rss' | 'rdf', items: Array<Record<string, any>>): Feed {
  const feed: Feed = { format, items: [] };
  const title = text(channel.title);
  const link = text(channel.link);
  if (title) feed.title = title;
  if (link) feed.link = link;
  items.forEach((item, i) => {
    const out: FeedItem = { key: '' };
    assign(out, 'title', text(item.title));
    assign(out, 'url', text(item.link) ?? item['@_rdf:about']);
    assign(out, 'publishedAt', text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published));
    assign(out, 'author', text(item['dc:creator']) ?? text(item.author));
    assign(out, 'html', text(item['content:encoded']) ?? text(item.description));
    out.key = text(item.guid) ?? out.url ?? `item-${i + 1}`;
    feed.items.push(out);
  });
  return feed;
}

function atom(root: Record<string, any>): Feed {
  const feed: Feed = { format: 'atom', items: [] };
  assign(feed, 'title', text(root.title));
  assign(feed, 'link', atomLink(root.link));
  (root.entry ?? []).forEach((entry: Record<string, any>, i: number) => {
    const out: FeedItem = { key: '' };
    assign(out, 'title', text(entry.title));
    assign(out, 'url', atomLink(entry.link));
    assign(out, 'publishedAt', text(entry.published) ?? text(entry.updated));
    assign(out, 'author', text(entry.author?.name ?? entry.author));
    assign(out, 'html', text(entry.content) ?? text(entry.summary));
    out.key = text(entry.id) ?? out.url ?? `entry-${i + 1}`;
    feed.items.push(out);
  });
  return feed;
}

/** The alternate (or first) link's href. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alternate = links.find((l) => typeof l === 'object' && (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return typeof alternate === 'object' ? alternate['@_href'] : text(alternate);
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
