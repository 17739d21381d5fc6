/**
 * Declared character sets: the `charset` of an HTTP Content-Type, and an HTML page's
 * `<meta charset>` or `<meta http-equiv="Content-Type">`, found by a prescan of the first bytes as
 * the HTML standard does, before the page is decoded.
 */

/** A charset someone declared, and where, for messages ("declared in the Content-Type"). */
export interface DeclaredCharset {
  label: string;
  from: 'content-type' | 'html-meta';
}

const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** Bytes of an HTML page searched for a meta charset (the standard prescans 1024; pages put it later). */
const PRESCAN_BYTES = 4096;

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return contentType ? CONTENT_TYPE_CHARSET.exec(contentType)?.[1]?.toLowerCase() : undefined;
}

/** The charset an HTML page declares in a meta element near its start, if any. */
export function charsetFromHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

/**
 * The WHATWG name of an encoding label (`latin1` → `windows-1252`, `cp1251` → `windows-1251`), or
 * undefined when TextDecoder does not know it.
 */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** True when `label` names an encoding newslens can decode (every WHATWG label Node knows). */
export function isKnownEncoding(label: string): boolean {
  return canonicalEncoding(label) !== undefined;
}
