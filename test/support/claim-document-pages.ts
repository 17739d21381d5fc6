/** Paging through `Store.claimDocuments`, checked the way the claim-page suites on both stores check it. */
import assert from 'node:assert/strict';
import type { ClaimDocumentKey, ClaimIndexFilter, Filters, Store } from '../../src/store/types.js';

/**
 * Every page of `q` at each of `sizes`, chained by the last key of a page, must give `want` in order;
 * and from the key of every article in `want` on, one page must give the rest (a page may start on
 * either side of the undated articles).
 */
export async function assertClaimDocumentPages(store: Store, q: Filters & { claims: ClaimIndexFilter }, want: readonly ClaimDocumentKey[], name: string, sizes: readonly number[]): Promise<void> {
  for (const size of sizes) {
    const got: ClaimDocumentKey[] = [];
    for (let after: ClaimDocumentKey | undefined; ;) {
      const page = await store.claimDocuments(q, after, size);
      got.push(...page.map(({ seq, publishedAt }) => ({ seq, publishedAt })));
      if (page.length < size) break;
      after = got.at(-1);
    }
    assert.deepEqual(got, want, `${name}, pages of ${size}`);
  }
  for (let k = 0; k < want.length; k++) {
    const rest = (await store.claimDocuments(q, want[k]!, 100)).map(({ seq, publishedAt }) => ({ seq, publishedAt }));
    assert.deepEqual(rest, want.slice(k + 1), `${name}, after ${JSON.stringify(want[k])}`);
  }
}
