/**
 * Bytes → text. In order: a file signature (binary: fail), a byte-order mark (UTF-8, UTF-16), an
 * `--encoding` override, UTF-16 without a BOM, NULs and control bytes (binary: fail), valid UTF-8,
 * a declared charset (Content-Type, `<meta charset>`), and last a legacy encoding detected from byte
 * statistics (with a warning naming it). What reads as none of these fails with the offset of the
 * first bad byte.
 */
import { decodeWith } from './decode-with.js';
import { isUtf8 } from 'node:buffer';
import { makeMessage, type Message } from '../model/messages.js';
import { canonicalEncoding, type DeclaredCharset } from './charset.js';
import { findBinaryContent, findBinarySignature, type BinaryVerdict } from './detect-binary.js';
import { LEGACY_CANDIDATES, MIN_PLAUSIBILITY, detectLegacyEncoding, scoreEncoding } from './detect-legacy-encoding.js';
import { detectUtf16 } from './detect-utf16.js';
import { scanUtf8, type Utf8Scan } from './scan-utf8.js';

export interface DecodeOptions {
  /** An encoding the user chose; overrides everything but a byte-order mark. */
  encoding?: string;
  /** A charset the source declared. */
  declared?: DeclaredCharset;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: string; messages: Message[] }
  | { ok: false; error: Message };

/** Invalid UTF-8 sequences tolerated (replaced by U+FFFD, with a warning) per byte of input. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** A declared charset is overruled only when it reads this badly and the detected one this well. */
const DECLARED_IMPLAUSIBLE = 0.5;
const DETECTED_CONVINCING = 0.9;
/** Valid UTF-8 sequences in a legacy file worth a note: chance pairs (Cyrillic capital + »: "ТАСС»") are rare. */
const MIXED_MIN_SEQUENCES = 3;
const MIXED_SHARE = 0.1;

/**
 * Decodes `bytes`. Never throws for bad bytes; throws a RangeError for an `encoding` option that
 * names no known encoding (a configuration error: check it with `isKnownEncoding` first).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const signature = findBinarySignature(bytes);
  if (signature) return binary(signature);

  const bom = byteOrderMark(bytes);
  if (bom === 'utf-8') return decodeUtf8(bytes);
  if (bom) return { ok: true, text: decodeWith(bom, bytes), encoding: bom, messages: [] };

  if (options.encoding !== undefined) return decodeAs(bytes, options.encoding);

  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const text = decodeWith(utf16, bytes);
    return { ok: true, text, encoding: utf16, messages: [makeMessage('W_INPUT_DECODED_LEGACY', `the input has no byte-order mark but reads as ${utf16.toUpperCase()} (every other byte is zero); it was decoded as ${utf16.toUpperCase()}`)] };
  }
  const content = findBinaryContent(bytes);
  if (content) return binary(content);

  const utf8 = decodeValidUtf8(bytes);
  if (utf8) return utf8;
  // Not valid UTF-8: decide between damaged UTF-8, a declared charset and a detected legacy one.
  const scan = scanUtf8(bytes);
  const declared = options.declared ? canonicalEncoding(options.declared.label) : undefined;
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) return decodeDeclared(bytes, declared, options.declared!, scan);
  if (scan.multiByte >= scan.invalid) return decodeDamagedUtf8(bytes, scan);
  return decodeDetected(bytes, scan, declared === 'utf-8' ? options.declared : undefined);
}

/**
 * Valid UTF-8 decoded (BOM dropped), or undefined. `isUtf8` and `toString` are simdutf-fast; Node
 * 20's fatal TextDecoder goes through ICU at about 30 MB/s.
 */
function decodeValidUtf8(bytes: Uint8Array): DecodeResult | undefined {
  if (!isUtf8(bytes)) return undefined;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, text: asBuffer(bytes).toString('utf8', start), encoding: 'utf-8', messages: [] };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** UTF-8 known from its BOM: valid, or damaged. */
function decodeUtf8(bytes: Uint8Array): DecodeResult {
  return decodeValidUtf8(bytes) ?? decodeDamagedUtf8(bytes, scanUtf8(bytes));
}

/** The encoding the user chose; when it leaves many bytes undecodable, it is the wrong one. */
function decodeAs(bytes: Uint8Array, label: string): DecodeResult {
  const encoding = canonicalEncoding(label);
  if (!encoding) throw new RangeError(`expected an encoding label such as utf-8, windows-1251 or latin1, found "${label}"`);
  const text = decodeWith(encoding, bytes);
  const replaced = countReplacements(text);
  if (replaced === 0) return { ok: true, text, encoding, messages: [] };
  const first = text.indexOf('\ufffd');
  if (replaced / text.length > MAX_REPLACEMENT_SHARE) {
    return { ok: false, error: makeMessage('E_INPUT_UNDECODABLE', `decoded as ${encoding} (as asked), ${replaced} characters are undecodable (the first at character ${first}): the input is not ${encoding}`) };
  }
  return { ok: true, text, encoding, messages: [makeMessage('W_INPUT_REPLACEMENT_CHARS', `decoded as ${encoding} (as asked), ${replaced} undecodable byte sequences (the first at character ${first}) became U+FFFD`)] };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** A declared legacy charset is used unless the bytes clearly read as another encoding. */
function decodeDeclared(bytes: Uint8Array, encoding: string, declared: DeclaredCharset, scan: Utf8Scan): DecodeResult {
  const declaredScore = scoreEncoding(bytes, encoding);
  if (declaredScore < DECLARED_IMPLAUSIBLE) {
    const guess = detectLegacyEncoding(bytes);
    if (guess.encoding !== encoding && guess.score >= DETECTED_CONVINCING) {
      const where = declared.from === 'content-type' ? 'the Content-Type' : 'the page';
      const warning = makeMessage('W_INPUT_DECODED_LEGACY', `${where} declares ${declared.label}, but the bytes read as ${guess.description} (byte ${hex(bytes, scan.firstInvalid)} at offset ${scan.firstInvalid} is not UTF-8); it was decoded as ${guess.encoding}`);
      return { ok: true, text: decodeWith(guess.encoding, bytes), encoding: guess.encoding, messages: [warning] };
    }
  }
  return { ok: true, text: decodeWith(encoding, bytes), encoding, messages: [] };
}

/** Mostly UTF-8 with some bad bytes: decode with U+FFFD and warn, or fail when there are many. */
function decodeDamagedUtf8(bytes: Uint8Array, scan: Utf8Scan): DecodeResult {
  if (scan.invalid / bytes.length > MAX_REPLACEMENT_SHARE) {
    return { ok: false, error: makeMessage('E_INPUT_UNDECODABLE', `the input is mostly UTF-8 but has ${scan.invalid} byte sequences that are not (the first at byte offset ${scan.firstInvalid}: ${hex(bytes, scan.firstInvalid)}); it mixes encodings or is damaged`) };
  }
  return { ok: true, text: decodeWith('utf-8', bytes), encoding: 'utf-8', messages: [replacementWarning(bytes, scan)] };
}

function decodeDetected(bytes: Uint8Array, scan: Utf8Scan, wronglyDeclared?: DeclaredCharset): DecodeResult {
  const guess = detectLegacyEncoding(bytes);
  const notUtf8 = `byte ${hex(bytes, scan.firstInvalid)} at offset ${scan.firstInvalid} is not valid UTF-8`;
  if (guess.score < MIN_PLAUSIBILITY) {
    const names = LEGACY_CANDIDATES.map((c) => c.encoding);
    const tried = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    return { ok: false, error: makeMessage('E_INPUT_UNDECODABLE', `${notUtf8}, and the text does not read as ${tried} either (best: ${guess.encoding}, ${Math.round(guess.score * 100)}% plausible)`) };
  }
  const declaredNote = wronglyDeclared ? ` despite the declared ${wronglyDeclared.label}` : '';
  const mixedNote = scan.multiByte >= MIXED_MIN_SEQUENCES && scan.multiByte > scan.invalid * MIXED_SHARE ? `; ${scan.multiByte} other byte sequences are valid UTF-8, so the file may mix two encodings` : '';
  const warning = makeMessage('W_INPUT_DECODED_LEGACY', `the input is not UTF-8 (${notUtf8}); it was decoded as ${guess.description}${declaredNote}, detected from its byte statistics${mixedNote}`);
  return { ok: true, text: decodeWith(guess.encoding, bytes), encoding: guess.encoding, messages: [warning] };
}

function replacementWarning(bytes: Uint8Array, scan: Utf8Scan): Message {
  const count = scan.invalid === 1 ? 'one byte sequence that is' : `${scan.invalid} byte sequences that are`;
  return makeMessage('W_INPUT_REPLACEMENT_CHARS', `${count} not valid UTF-8 (the first at byte offset ${scan.firstInvalid}: ${hex(bytes, scan.firstInvalid)}) became U+FFFD`);
}

function binary(verdict: BinaryVerdict): DecodeResult {
  const evidence = verdict.evidence ? ` (${verdict.evidence})` : '';
  return { ok: false, error: makeMessage('E_INPUT_BINARY', `the input looks like ${verdict.kind}${evidence}, not text: ${verdict.advice}`) };
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hex(bytes: Uint8Array, offset: number): string {
  return `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}
