/**
 * Binary input: a known file signature, NUL bytes, or a high share of control bytes near the start.
 * Looks only at a sample so a 50 MB file costs no more than a small one.
 */
import { BINARY_SIGNATURES, refineZip, type BinarySignature } from './binary-signatures.js';

/** What binary input looks like and what to do about it. */
export interface BinaryVerdict {
  /** After "looks like": "a PDF document", "binary data". */
  kind: string;
  advice: string;
  /** Why we think so, when it is not a signature: "it contains NUL bytes (the first at byte 12)". */
  evidence?: string;
}

/** Bytes examined for NULs and control bytes: text files do not hide binary past this point. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which the sample is not text (random bytes have about 12%). */
const MAX_CONTROL_SHARE = 0.08;

/** The known file format at the start of `bytes`, if any. */
export function findBinarySignature(bytes: Uint8Array): BinaryVerdict | null {
  for (const signature of BINARY_SIGNATURES) {
    if (!matches(bytes, signature)) continue;
    const found = signature.kind === 'a ZIP archive' ? refineZip(bytes, signature) : signature;
    return { kind: found.kind, advice: found.advice };
  }
  return null;
}

/**
 * Binary content without a known signature: NUL bytes or many control bytes in the first 64 KB.
 * Call after ruling out UTF-16, whose ASCII characters carry a NUL byte each.
 */
export function findBinaryContent(bytes: Uint8Array): BinaryVerdict | null {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  const firstNul = sample.indexOf(0); // Buffer's indexOf is memchr; a typed array's is a JS loop
  const advice = 'if it is text in an encoding newslens did not recognise, pass --encoding';
  if (firstNul >= 0) return { kind: 'binary data', advice, evidence: `it contains NUL bytes, the first at byte ${firstNul}` };
  let controls = 0;
  for (let i = 0; i < end; i++) if (isControlByte(sample[i]!)) controls++;
  if (end > 0 && controls / end > MAX_CONTROL_SHARE) {
    return { kind: 'binary data', advice, evidence: `${Math.round((100 * controls) / end)}% of its first ${end} bytes are control bytes` };
  }
  return null;
}

/** C0 controls other than tab, line feed, form feed and carriage return; and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

function matches(bytes: Uint8Array, signature: BinarySignature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  for (let i = 0; i < signature.bytes.length; i++) {
    const expected = signature.bytes[i];
    if (expected !== null && bytes[offset + i] !== expected) return false;
  }
  return true;
}
