/**
 * A store with many claims for timing the per-claim export (`search --claims`): the generated articles
 * of the search benchmark (annotated-documents.ts), each sentence one claim, the quoted ones attributed to
 * the quote's speaker (some hedged), the others in the outlet's voice (some hedged). 25,000 articles give
 * 1,215,935 claims (577 claimants) and a 434 MB SQLite file; see docs/corpus.md for the figures.
 *
 *   nice -n 19 node .build/<you>/bench/claim-export-store.js sqlite:/tmp/claims.db 25000
 */
import type { Claim } from '../src/model/layers/claims.js';
import { openStore } from '../src/store/open-store.js';
import type { StorableDocument } from '../src/store/types.js';
import { annotatedStorable } from './annotated-documents.js';

const SENTENCE = /[^.!?\n]+[.!?]/g;

/** Article `index` with one claim per sentence. */
export function claimStorable(index: number, seed = 1): StorableDocument {
  const item = annotatedStorable(index, seed);
  const { doc } = item;
  const quotes = doc.layers.quotes ?? [];
  const claims: Claim[] = [];
  for (const m of doc.text.matchAll(SENTENCE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    const quote = quotes.find((q) => q.content[0]!.start < end && q.content[0]!.end > start);
    const n = claims.length;
    const claim: Claim = { id: `c${n}`, stage: 'generator', rule: 'truth', start, end, text: doc.text.slice(start, end), statuses: [], cues: [], negated: false };
    if (quote) claim.statuses = n % 7 === 3 ? ['attributed', 'hedged'] : ['attributed'], claim.quote = quote.id;
    else claim.statuses = n % 11 === 5 ? ['hedged'] : ['asserted'];
    claims.push(claim);
  }
  doc.layers.claims = claims;
  return item;
}

async function main(): Promise<void> {
  const [url, count = '25000'] = process.argv.slice(2);
  if (!url) throw new Error('usage: claim-export-store.js STORE_URL [ARTICLES]');
  const store = await openStore(url);
  try {
    for (let i = 0; i < Number(count); i += 500) {
      const batch: StorableDocument[] = [];
      for (let j = i; j < Math.min(Number(count), i + 500); j++) batch.push(claimStorable(j));
      await store.put(batch);
    }
    process.stdout.write(`${JSON.stringify(await store.stats())}\n`);
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
