/**
 * Search latency on a stored corpus: a fixed mix of queries a user types (words, phrases, OR,
 * filters, a person's quotes, "what did X say about Y"), each timed; median and p95. Beside it, the
 * baseline a naive store would use: a LIKE scan over the article text for the same words.
 */
import Database from 'better-sqlite3';
import type { Store } from '../src/store/types.js';
import { FIRST_NAMES, LAST_NAMES, OUTLETS, PLACES, TOPICS } from '../scripts/corpus-vocabulary.js';

export interface LatencyStats {
  queries: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

type Query = (store: Store) => Promise<unknown>;

/** The query mix, deterministic. */
export function searchMix(): Array<{ label: string; words: string[]; run: Query }> {
  const mix: Array<{ label: string; words: string[]; run: Query }> = [];
  for (let i = 0; i < 6; i++) {
    const place = PLACES[(i * 7) % PLACES.length]!;
    const last = LAST_NAMES[(i * 5) % LAST_NAMES.length]!;
    const first = FIRST_NAMES[(i * 3) % FIRST_NAMES.length]!;
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const topic = TOPICS[i % TOPICS.length]!.replace(/^the /, '');
    mix.push(
      { label: 'one word', words: [place], run: (s) => s.search({ text: place }) },
      { label: 'two words', words: ['hospital', place], run: (s) => s.search({ text: `hospital ${place}` }) },
      { label: 'phrase', words: ['humanitarian corridor'], run: (s) => s.search({ text: '"humanitarian corridor"' }) },
      { label: 'OR', words: ['drones'], run: (s) => s.search({ text: 'drones OR rockets' }) },
      { label: 'rare word', words: ['deadliest'], run: (s) => s.search({ text: `deadliest ${place}` }) },
      { label: 'words + outlet + dates', words: [topic], run: (s) => s.search({ text: topic, outlet, from: '2024-01-01', to: '2024-03-31' }) },
      { label: 'filters only', words: [], run: (s) => s.search({ outlet, from: '2023-06-01', to: '2023-06-30' }) },
      { label: 'person filter', words: [last], run: (s) => s.search({ text: place, person: `${first} ${last}` }) },
      { label: 'quotes of a person', words: [last], run: (s) => s.quotes({ speaker: `${first} ${last}` }) },
      { label: 'what did X say about Y', words: [last, 'civilians'], run: (s) => s.quotes({ speaker: last, about: 'civilians' }) },
    );
  }
  return mix;
}

function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { queries: samples.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1)! };
}

/** Times every query of the mix `rounds` times (after one warm-up round); median and p95 overall and per kind. */
export async function timeSearches(store: Store, rounds = 3): Promise<LatencyStats & { byLabel: Record<string, number>; p95ByLabel: Record<string, number> }> {
  const mix = searchMix();
  for (const q of mix) await q.run(store);
  const samples: number[] = [];
  const byLabel: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of mix) {
      const t = performance.now();
      await q.run(store);
      const ms = performance.now() - t;
      samples.push(ms);
      (byLabel[q.label] ??= []).push(ms);
    }
  }
  return {
    ...stats(samples),
    byLabel: Object.fromEntries(Object.entries(byLabel).map(([k, v]) => [k, stats(v).medianMs])),
    p95ByLabel: Object.fromEntries(Object.entries(byLabel).map(([k, v]) => [k, stats(v).p95Ms])),
  };
}

/**
 * Baseline: finding every document that holds the same words with `LIKE '%word%'` over the text, as
 * a store without a full-text index must before it can rank them (a scan of every document).
 */
export function timeLikeScan(path: string, limit = 6): LatencyStats {
  const db = new Database(path, { readonly: true });
  try {
    const samples: number[] = [];
    for (const q of searchMix().filter((m) => m.words.length > 0).slice(0, limit)) {
      const where = q.words.map(() => 'text LIKE ?').join(' AND ');
      const t = performance.now();
      db.prepare(`SELECT COUNT(*) FROM documents WHERE ${where}`).pluck().get(...q.words.map((w) => `%${w}%`));
      samples.push(performance.now() - t);
    }
    return stats(samples);
  } finally {
    db.close();
  }
}
