/**
 * JSON-LD in `<script type="application/ld+json">`: the schema.org object describing the article
 * (NewsArticle, Article, ReportageNewsArticle, BlogPosting...), found in arrays and `@graph`s, with
 * `@id` references (publisher, author) resolved. Broken JSON-LD, common in the wild, is skipped.
 */
type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report|NewsArticle)$/;
const PAGE_TYPE = /^(WebPage|ItemPage)$/;
const TRAILING_COMMA = /,\s*([}\]])/g;
const RAW_CONTROL = /[\u0000-\u001f]+/g;

/** What the article's JSON-LD says: headline, author names, dates, publisher, url, language. */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

/** Reads the article object among the JSON-LD blocks' texts; undefined when there is none. */
export function readJsonLd(blocks: string[]): JsonLdArticle | undefined {
  const nodes: Node[] = [];
  for (const block of blocks) collect(parseLenient(block), nodes);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => types(n).some((t) => PAGE_TYPE.test(t)));
  if (!article) return undefined;
  const resolve = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Node)['@id'] === 'string' && Object.keys(v).length === 1 ? byId.get((v as Node)['@id'] as string) ?? v : v);
  const result: JsonLdArticle = { authors: names(article.author, resolve) };
  const headline = text(article.headline) ?? text(article.name);
  if (headline) result.headline = headline;
  const published = text(article.datePublished) ?? text(article.dateCreated);
  if (published) result.datePublished = published;
  const publisher = names(article.publisher, resolve)[0];
  if (publisher) result.publisher = publisher;
  const url = text(article.url) ?? text(article.mainEntityOfPage) ?? text((resolve(article.mainEntityOfPage) as Node | undefined)?.['@id']);
  if (url && /^https?:\/\//.test(url)) result.url = url;
  const language = text(article.inLanguage);
  if (language) result.language = language;
  return result;
}

function parseLenient(block: string): unknown {
  try {
    return JSON.parse(block);
  } catch {
    try {
      return JSON.parse(block.replace(RAW_CONTROL, ' ').replace(TRAILING_COMMA, '$1'));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: Node[]): void {
  if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === 'object') {
    out.push(value as Node);
    const graph = (value as Node)['@graph'];
    if (graph) collect(graph, out);
  }
}

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** Names of a person or organisation value: a string, `{name}`, an `@id` reference, or a list. */
function names(value: unknown, resolve: (v: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of list.map(resolve)) {
    const name = typeof item === 'string' ? item.trim() : text((item as Node | null)?.name);
    if (name && !/^https?:/.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
