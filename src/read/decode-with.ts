/**
 * Decoding with a named encoding. Node 20's TextDecoder for windows-1252 (which WHATWG also uses
 * for the labels latin1 and iso-8859-1) drops the bytes 0x80–0x9F instead of mapping them to
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (checked on Node 20.20: `"A\x93B"` decodes to
 * "AB"), so windows-1252 is decoded here; every other encoding goes to TextDecoder.
 */

/** windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined map to the C1 control, as WHATWG says. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009f]/g;

/** Decodes `bytes` as `encoding` (a WHATWG name), with replacement characters for invalid input. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return new TextDecoder(encoding).decode(bytes);
}
