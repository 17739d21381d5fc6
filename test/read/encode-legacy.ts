/** Test helpers: encodes a string in a legacy encoding (Node's TextEncoder knows only UTF-8). */
import { decodeWith } from '../../src/read/decode-with.js';

const tables = new Map<string, Map<string, number[]>>();

/** The bytes of `text` in a single-byte encoding (windows-1251, windows-1252, koi8-r...) or GBK. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (bytes === undefined) throw new Error(`expected a character ${encoding} can encode, found ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

function tableFor(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  for (let b = 0; b < 128; b++) table.set(String.fromCharCode(b), [b]);
  if (encoding === 'gbk') {
    const decoder = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = decoder.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
      }
    }
  } else {
    for (let b = 128; b < 256; b++) {
      const ch = decodeWith(encoding, Uint8Array.of(b));
      if (!table.has(ch)) table.set(ch, [b]);
    }
  }
  tables.set(encoding, table);
  return table;
}
