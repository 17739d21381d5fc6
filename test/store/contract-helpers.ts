/**
 * What the store contract's test files share: opening an empty store around a test, seeding it with
 * the sample corpus, and the document ids of a list of hits.
 */
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/types.js';
import { corpusSamples, storable } from './sample-documents.js';

export type OpenEmptyStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

export async function withStore(open: OpenEmptyStore, fn: (store: Store) => Promise<void>): Promise<void> {
  const { store, cleanup } = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
    await cleanup();
  }
}

export async function seeded(store: Store): Promise<void> {
  const outcomes = await store.put(corpusSamples().map((d) => storable(d)));
  assert.deepEqual(outcomes, ['stored', 'stored', 'stored']);
}

export const ids = (hits: Array<{ id?: string; documentId?: string }>): string[] => hits.map((h) => h.id ?? h.documentId!).sort();

/** Registers one contract test: `fn` runs on a fresh empty store. */
export type ContractTest = (title: string, fn: (store: Store) => Promise<void>) => void;
