/** Stable document ids: a short hash of the canonical text and the URL. */
import { createHash, hash } from 'node:crypto';

/** A 16-hex-digit id from the text (and URL, when given). The same input always gives the same id. */
export function documentId(text: string, url?: string): string {
  // One-shot hash of the joined string: the same bytes as updating with url, NUL and text in turn (each
  // part is encoded alone either way, and the NUL keeps lone surrogates apart), without a Hash object.
  return hash('sha256', `${url ?? ''}\u0000${text}`).slice(0, 16);
}

/** Content hash of raw input bytes or text, for de-duplication. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
