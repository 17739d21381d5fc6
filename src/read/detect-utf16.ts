/**
 * UTF-16 without a byte-order mark: in text that is mostly ASCII, every other byte is zero (the high
 * byte of each code unit). Seen in files exported by Windows tools; without this check they would
 * be rejected as binary because of their NUL bytes.
 */

const SAMPLE_BYTES = 4096;
/** Share of code units whose high byte is zero for the text to count as ASCII-heavy UTF-16. */
const MIN_ZERO_HIGH = 0.6;
/** Share of code units whose low byte is zero above which the pattern is not text (binary). */
const MAX_ZERO_LOW = 0.05;

/** `utf-16le` or `utf-16be` when the zero-byte pattern shows it, else undefined. */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (end < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = end / 2;
  if (zeroOdd / units >= MIN_ZERO_HIGH && zeroEven / units <= MAX_ZERO_LOW) return 'utf-16le';
  if (zeroEven / units >= MIN_ZERO_HIGH && zeroOdd / units <= MAX_ZERO_LOW) return 'utf-16be';
  return undefined;
}
