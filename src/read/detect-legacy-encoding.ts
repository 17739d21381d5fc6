/**
 * Which legacy single-byte encoding a non-UTF-8 input is in: windows-1251 (Cyrillic), KOI8-R
 * (Cyrillic) or windows-1252 (Western European; what "latin-1" means on the web). Each candidate
 * decodes a sample and is scored by how much its non-ASCII text reads like words: Russian decoded as
 * windows-1252 gives words made of accented letters ("Ïðåçèäåíò"), French decoded as windows-1251
 * gives words mixing Latin and Cyrillic ("cafй"), KOI8-R and windows-1251 confused give words with
 * capitals inside ("рТЕЪЙДЕОФ").
 */
import { decodeWith } from './decode-with.js';

export interface LegacyCandidate {
  /** The WHATWG encoding name TextDecoder takes. */
  encoding: string;
  /** For messages: "windows-1251 (Cyrillic)". */
  description: string;
}

/** In order of preference when scores tie: bytes that decode alike (curly quotes) read as Western. */
export const LEGACY_CANDIDATES: readonly LegacyCandidate[] = [
  { encoding: 'windows-1252', description: 'windows-1252 / latin-1 (Western European)' },
  { encoding: 'windows-1251', description: 'windows-1251 (Cyrillic)' },
  { encoding: 'koi8-r', description: 'KOI8-R (Cyrillic)' },
];

/** The lowest score at which a detected encoding is trusted. */
export const MIN_PLAUSIBILITY = 0.75;
/** Bytes decoded per candidate to score it: enough for any article, cheap for a 10 MB file. */
const SAMPLE_BYTES = 256 * 1024;

export interface LegacyGuess extends LegacyCandidate {
  /** Share of non-ASCII evidence that reads as text, in [0, 1]. */
  score: number;
}

/** Scores every candidate on a sample of `bytes` and returns the best (ties keep list order). */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyGuess {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: LegacyGuess | undefined;
  for (const candidate of LEGACY_CANDIDATES) {
    const score = plausibility(decodeWith(candidate.encoding, sample));
    if (!best || score > best.score) best = { ...candidate, score };
  }
  return best!;
}

/** Scores `bytes` decoded as one named encoding, on the same sample. */
export function scoreEncoding(bytes: Uint8Array, encoding: string): number {
  return plausibility(decodeWith(encoding, bytes.subarray(0, SAMPLE_BYTES)));
}

/**
 * Non-letters that real text uses: quotation marks, dashes, the ellipsis, currency, ©®™, degrees,
 * fractions, the no-break space. Other symbols are the marks of a wrong guess: box drawing from
 * KOI8-R, × and ÷ (Ч and ч in windows-1251), accents and C1 controls.
 */
const TEXT_SYMBOLS = new Set('\u00a0«»‘’‚‛“”„‟‹›–—―…•·€£¥¢№©®™°§½¼¾¡¿′″'.split(''));
const LETTER = /\p{L}/u;

/**
 * Share of non-ASCII words and symbols that look like real text: 1 for clean text (or pure ASCII),
 * near 0 for mojibake.
 */
export function plausibility(text: string): number {
  let good = 0;
  let bad = 0;
  let wordStart = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isLetter(c, text, i)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      const verdict = judgeWord(text, wordStart, i);
      if (verdict > 0) good++;
      else if (verdict < 0) bad++;
      wordStart = -1;
    }
    if (c >= 0x80) {
      if (TEXT_SYMBOLS.has(text[i]!)) good++;
      else bad++;
    }
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}

/** +1 a plausible word with non-ASCII letters, -1 an implausible one, 0 a plain ASCII word. */
function judgeWord(text: string, start: number, end: number): number {
  let nonAscii = 0;
  let cyrillic = 0;
  let latin = 0;
  let innerCapital = false;
  let previousLower = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else latin++;
    if (c >= 0x80) nonAscii++;
    const ch = text[i]!;
    const lower = ch !== ch.toUpperCase();
    const upper = ch !== ch.toLowerCase();
    if (upper && previousLower && c >= 0x80) innerCapital = true;
    previousLower = lower;
  }
  if (nonAscii === 0) return 0;
  if (cyrillic > 0 && latin > 0) return -1;
  if (innerCapital) return -1;
  // Western words have few accented letters: "été", "Größe"; "ÖÐ" and "Ïðåçèäåíò" are mojibake.
  if (cyrillic === 0 && ((nonAscii >= 3 && nonAscii * 2 > end - start) || (nonAscii >= 2 && nonAscii === end - start))) return -1;
  return 1;
}

function isLetter(c: number, text: string, i: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x24f || (c >= 0x400 && c <= 0x4ff)) return true;
  return LETTER.test(text[i]!);
}
