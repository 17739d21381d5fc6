/**
 * Reads TimeML `.tml` files: the document creation time (DCT) and the plain text of the TEXT element
 * (tags removed, XML entities decoded), with the gold TIMEX3 spans as offsets into that text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMlDocument {
  /** File name without `.tml`. */
  doc: string;
  text: string;
  /** The DCT value (`1998-01-08`), when the file has one. */
  dct?: string;
  timexes: GoldTimex[];
}

/** Every `.tml` file under `path` (a file or a folder, read recursively), in name order. */
export function findTimeMlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.tml') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => findTimeMlFiles(join(path, entry)));
}

const DCT = /<DCT>[\s\S]*?<TIMEX3\b[^>]*?\bvalue="([^"]*)"/;
const TEXT = /<TEXT>([\s\S]*?)<\/TEXT>/;
const TAG_OR_TEXT = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|[^<]+/g;
const ATTRIBUTE = /([A-Za-z_]+)="([^"]*)"/g;

/** Parses one TimeML file's content. */
export function parseTimeMl(content: string, doc: string): TimeMlDocument {
  const body = TEXT.exec(content)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  TAG_OR_TEXT.lastIndex = 0;
  for (let m = TAG_OR_TEXT.exec(body); m !== null; m = TAG_OR_TEXT.exec(body)) {
    if (m[2] === undefined) {
      text += decodeEntities(m[0]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      if (open) timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
      open = undefined;
    } else {
      const attributes = Object.fromEntries([...(m[3] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1], decodeEntities(a[2]!)]));
      open = { start: text.length, type: attributes.type ?? '', value: attributes.value ?? '' };
      if ((m[3] ?? '').trimEnd().endsWith('/')) open = undefined; // an empty TIMEX3 has no extent
    }
  }
  const dct = DCT.exec(content)?.[1];
  return dct ? { doc, text, dct, timexes } : { doc, text, timexes };
}

/** Reads and parses a `.tml` file. */
export function readTimeMl(path: string): TimeMlDocument {
  return parseTimeMl(readFileSync(path, 'utf8'), basename(path).replace(/\.tml$/, ''));
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : NAMED[name]!,
  );
}
