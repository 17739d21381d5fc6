/**
 * Documents for the 100,000-article search benchmark, with the layers search indexes (quotes with
 * speakers, people, organisations, places) taken from what the generator put in each article rather
 * than from the pipeline: analysing 100,000 articles takes hours at today's pipeline speed, and search
 * latency depends on the size of the indexes, not on who filled them. The ingest benchmark measures
 * the pipeline itself.
 */
import { createHash } from 'node:crypto';
import { DOCUMENT_SCHEMA_ID, type Document } from '../src/model/document.js';
import { documentId } from '../src/model/id.js';
import type { StorableDocument } from '../src/store/types.js';
import { generateAnnotatedArticle } from '../scripts/generate-corpus.js';

/** Article `index` of the corpus as a storable document with generator-made layers. */
export function annotatedStorable(index: number, seed: number): StorableDocument {
  const { article, truth } = generateAnnotatedArticle(index, seed);
  const { text } = article;
  const doc: Document = {
    schema: DOCUMENT_SCHEMA_ID, id: documentId(text, article.url), text,
    meta: { url: article.url, outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, language: 'en' },
    layers: {}, messages: [], status: 'ok', pipeline: { version: 'generator', stages: [] },
  };
  doc.layers.quotes = truth.quotes.map((q, i) => ({
    id: `q${i}`, stage: 'generator', rule: 'truth', form: 'direct' as const, content: [{ start: q.start, end: q.end, text: text.slice(q.start, q.end) }],
    speaker: { name: q.speaker, resolvedBy: 'name' as const },
  }));
  const entity = (name: string, type: 'person' | 'organisation' | 'place', i: number) => ({ id: `${type[0]}${i}`, type, name, aliases: [], mentions: [], roles: [] });
  doc.layers.entities = [
    ...truth.people.map((n, i) => entity(n, 'person', i)),
    ...truth.organisations.map((n, i) => entity(n, 'organisation', i)),
    ...truth.places.map((n, i) => entity(n, 'place', i)),
  ];
  const hash = createHash('sha256').update(text).digest('hex');
  return { doc, textHash: hash, rawHash: hash, sourceKey: `generated:${seed}:${index}` };
}
