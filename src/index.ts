/**
 * newslens: reads news the way a careful analyst does. `analyze(text)` returns a Document with
 * entities, dates, numbers, quotes, claims, events and framing, each pointing into the text.
 */
export { analyze, type AnalyzeOptions } from './analyze.js';
export * from './model/index.js';
export { createPipeline, getDefaultPipeline, DEFAULT_STAGES, PipelineConfigError, type Pipeline, type Stage, type StageContext, type Capability } from './pipeline/index.js';
export { readArticle, type ArticleRecord, type ReadOptions, type ReadResult, type InputFormat } from './read/index.js';
export { PACKAGE_VERSION } from './data/paths.js';
