/**
 * The cursor of a page of claim rows (`claimPage`'s `next`, `ClaimQuery.cursor`): where the next page
 * resumes, as the article's stored date and sequence number and how many of its rows were given,
 * written as base64url JSON. Only claim-rows.ts makes and reads them; callers check one they were given.
 */

/** Thrown for a cursor claim-rows.ts did not make: a caller's mistake (usage error, HTTP 400). */
export class ClaimCursorError extends Error {
  override name = 'ClaimCursorError';
}

/** Where a cursor resumes: the article (its stored date and sequence number) and how many of its rows were given. */
export interface CursorAt { publishedAt: string | null; seq: number; given: number }

export function encodeCursor(at: CursorAt): string {
  return Buffer.from(JSON.stringify([at.publishedAt, at.seq, at.given])).toString('base64url');
}

/** Throws ClaimCursorError unless `cursor` is one `claimPage` gives (check before streaming). */
export function checkClaimCursor(cursor: string): void {
  decodeCursor(cursor);
}

export function decodeCursor(cursor: string): CursorAt {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const [publishedAt, seq, given] = Array.isArray(value) && value.length === 3 ? value : [];
  if ((publishedAt !== null && typeof publishedAt !== 'string') || !Number.isSafeInteger(seq) || seq < 1 || !Number.isSafeInteger(given) || given < 1) {
    throw new ClaimCursorError(`expected a cursor from a previous page of claims, found "${cursor.slice(0, 80)}"`);
  }
  return { publishedAt, seq, given };
}
