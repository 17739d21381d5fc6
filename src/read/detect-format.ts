/**
 * Format detection for `format: 'auto'`. A local file's extension decides first (the user named it),
 * then a server's Content-Type, then a URL's extension, then the content: `<!doctype html>`,
 * `<html>`, `<body>` or a leading block element mean HTML, `{"` or `[{` JSON (JSON Lines when the
 * second line starts another object), an XML prolog with `<rss>` or `<feed>` a feed. Anything else
 * is plain text.
 */

/** A concrete format; `feed` is recognised only to point the user at `newslens ingest`. */
export type ConcreteFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const EXTENSIONS: Record<string, ConcreteFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
};

const MEDIA_TYPES: ReadonlyArray<[RegExp, ConcreteFormat]> = [
  [/^(text\/html|application\/xhtml\+xml)$/, 'html'],
  [/^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)$/, 'jsonl'],
  [/^(application|text)\/([\w.-]+\+)?json$/, 'json'],
  [/^application\/(rss|atom)\+xml$/, 'feed'],
  [/^text\/plain$/, 'text'],
];

const EXTENSION = /\.([a-z0-9]+)$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Comments, an XML prolog and whitespace that may precede the first tag. */
const LEADING_NOISE = /^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>/]/i;
const FEED_START = /^<(?:rss|feed|rdf:RDF)[\s>]/i;
/** An object (`{"` or `{}`) or an array of objects: "[Updated] Police said..." is text, not JSON. */
const JSON_START = /^(?:\{\s*["}]|\[\s*[{\]])/;
const SNIFF_CHARS = 2048;

/** The format named by a file name or URL path extension, if it names one. */
export function formatFromName(name: string | undefined): ConcreteFormat | undefined {
  if (!name) return undefined;
  const path = URL_LIKE.test(name) ? safePathname(name) : name;
  const ext = EXTENSION.exec(path)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

/** The format named by a Content-Type header value, if it names one. */
export function formatFromContentType(contentType: string | undefined): ConcreteFormat | undefined {
  if (!contentType) return undefined;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPES.find(([pattern]) => pattern.test(media))?.[1];
}

/** The format the first characters of the content show. */
export function formatFromContent(head: string): ConcreteFormat {
  const start = head.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  const rest = start.slice(LEADING_NOISE.exec(start)?.[0].length ?? 0);
  if (HTML_START.test(rest)) return 'html';
  if (FEED_START.test(rest)) return 'feed';
  if (JSON_START.test(rest)) return looksLikeJsonLines(rest) ? 'jsonl' : 'json';
  return 'text';
}

/**
 * Decides the format: a local file's extension, then the Content-Type, then a URL's extension,
 * then the content. `head` is the start of the (decoded or ASCII-compatible) input.
 */
export function detectFormat(head: string, name?: string, contentType?: string): ConcreteFormat {
  const isUrl = name !== undefined && URL_LIKE.test(name);
  const byName = formatFromName(name);
  if (byName && !isUrl) return byName;
  return formatFromContentType(contentType) ?? byName ?? formatFromContent(head);
}

/** A first line that is a whole object followed by a line starting another: JSON Lines. */
function looksLikeJsonLines(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0) return false;
  const first = text.slice(0, newline).trim();
  const second = text.slice(newline + 1).trimStart();
  return first.startsWith('{') && first.endsWith('}') && second.startsWith('{');
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
