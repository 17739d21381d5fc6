/**
 * Decoding with a named encoding. Node 20's TextDecoder for windows-1252 (which WHATWG also uses
 * for the labels latin1 and iso-8859-1) drops the bytes 0x80–0x9F instead of mapping them to
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (checked on Node 20.20: `"A\x93B"` decodes to
 * "AB"), so windows-1252 is decoded here; every other encoding goes to TextDecoder.
 */

/** windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined map to the C1 control, as WHATWG says. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009f]/g;

/** Decodes `bytes` as `encoding` (a WHATWG name), with replacement characters for invalid input; a BOM is dropped. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'windows-1252') return buffer.toString('latin1').replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  // Buffer's decoders are much faster than TextDecoder's (ICU); unlike TextDecoder they keep a BOM.
  if (encoding === 'utf-8') return buffer.toString('utf8', buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0);
  if (encoding === 'utf-16le') return buffer.toString('utf16le', buffer[0] === 0xff && buffer[1] === 0xfe ? 2 : 0);
  return new TextDecoder(encoding).decode(bytes);
}
