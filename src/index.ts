/**
 * newslens: reads news the way a careful analyst does. `analyze(text)` returns a Document with
 * entities, dates, numbers, quotes, claims, events and framing, each pointing into the text.
 */
export { analyze, analyzeBatch, type AnalyzeOptions } from './analyze.js';
export * from './model/index.js';
export { createPipeline, getDefaultPipeline, DEFAULT_STAGES, PipelineConfigError, type Pipeline, type Stage, type StageContext, type Capability } from './pipeline/index.js';
export { readArticle, type ArticleRecord, type ReadOptions, type ReadResult, type InputFormat } from './read/index.js';
export { PACKAGE_VERSION } from './data/paths.js';
// Framing: the article-level summary of the naming layer, and the written definition of the tone score.
export { summarizeNaming, TONE_DEFINITION, type NamingSummary } from './stages/framing/index.js';
// The corpus: drivers load only when a store of their kind is opened.
export { openStore, DEFAULT_STORE_URL, StoreError, type Store, type SearchQuery, type QuoteQuery, type StoreStats } from './store/index.js';
export { ingest, type IngestOptions, type IngestSummary } from './corpus/ingest.js';
// Cross-outlet comparison of stored events: clusters, accounts per outlet, contradictions.
export { compareEvents, formatCompareReport, type CompareQuery, type CompareReport, type EventCluster, type OutletAccount, type ArticleAccount, type Contradiction } from './corpus/compare/index.js';
