/**
 * A stage: one named step of the analysis that declares what it needs and what it provides.
 * (unified plugins, spaCy `requires`/`assigns`.) Stages talk to each other only through layers.
 */
import type { Document, LayerName } from '../model/document.js';
import type { MessageCode } from '../model/messages.js';
import type { Span } from '../model/span.js';

/** A layer, or a facet of one that a later stage fills in (`tokens.pos`: the tags on the tokens). */
export type Capability = LayerName | `${LayerName}.${string}`;

/** What a stage may use while it runs, besides the document. */
export interface StageContext {
  /** Records a message on the document, stamped with the stage's name. */
  report(code: MessageCode, message?: string, span?: Span): void;
}

export interface Stage {
  /** A short unique name: `sentences`, `entities`, `quotes`... */
  readonly name: string;
  /** Capabilities earlier stages must provide. */
  readonly needs: readonly Capability[];
  /** Capabilities this stage provides; no two stages of a pipeline provide the same one. */
  readonly provides: readonly Capability[];
  /** A version for the stage's rules or model; part of the pipeline version stored with results. */
  readonly version?: string;
  /** Adds the provided layers to the document. Problems in the text go to `ctx.report`, not `throw`. */
  run(doc: Document, ctx: StageContext): void;
}

/** Thrown for a pipeline that cannot work: a configuration error, not a problem in a text. */
export class PipelineConfigError extends Error {
  override name = 'PipelineConfigError';
}
