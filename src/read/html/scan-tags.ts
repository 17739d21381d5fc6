/**
 * A minimal HTML tag scanner over the raw source: start and end tags with their offsets, skipping
 * comments and the contents of raw-text elements (script, style, textarea, title). It finds the
 * document skeleton and tag-balance problems before the real parse; it is no HTML parser.
 */

export interface TagToken {
  /** Lower-case tag name. */
  name: string;
  closing: boolean;
  /** `<br/>`-style self-closing syntax. */
  selfClosing: boolean;
  /** Offset of `<` and just past `>` (or the end of input for a tag cut short). */
  start: number;
  end: number;
  /** The tag was cut off by the end of the input. */
  truncated: boolean;
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*(?:>|$)|<\?[^>]*(?:>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(>|$)/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed']);
const RAW_END: Record<string, RegExp> = Object.fromEntries([...RAW_TEXT].map((n) => [n, new RegExp(`</${n}\\s*>`, 'gi')]));

/** The tags of `html`, in order. Comments, doctype and processing instructions are skipped. */
export function* scanTags(html: string): Generator<TagToken> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[0].length === 0) {
      TAG.lastIndex++;
      continue;
    }
    if (m[2] === undefined) {
      if (m[0].startsWith('<!--') && !m[0].endsWith('-->')) yield { name: '!--', closing: false, selfClosing: false, start: m.index, end: html.length, truncated: true };
      continue;
    }
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    const truncated = m[4] === '';
    const token: TagToken = { name, closing, selfClosing: m[3]!.trimEnd().endsWith('/'), start: m.index, end: m.index + m[0].length, truncated };
    yield token;
    if (!closing && !truncated && RAW_TEXT.has(name)) {
      const endTag = RAW_END[name]!;
      endTag.lastIndex = TAG.lastIndex;
      const close = endTag.exec(html);
      if (!close) {
        yield { name, closing: true, selfClosing: false, start: html.length, end: html.length, truncated: true };
        return;
      }
      TAG.lastIndex = close.index;
    }
  }
}
