/** Stable document ids: a short hash of the canonical text and the URL. */
import { createHash } from 'node:crypto';

/** A 16-hex-digit id from the text (and URL, when given). The same input always gives the same id. */
export function documentId(text: string, url?: string): string {
  return createHash('sha256').update(url ?? '').update('\u0000').update(text).digest('hex').slice(0, 16);
}

/** Content hash of raw input bytes or text, for de-duplication. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
