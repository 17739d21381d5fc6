/**
 * Builds a pipeline from an ordered list of stages and checks it once, at build time: names are
 * unique, every need is provided by an earlier stage, and no capability is provided twice.
 * Running it puts each stage in an error boundary: a stage that throws marks the document partial,
 * loses only its own layers, and the stages that need those layers are skipped with a message.
 */
import { createHash } from 'node:crypto';
import type { Document, LayerName } from '../model/document.js';
import { makeMessage } from '../model/messages.js';
import { PipelineConfigError, type Capability, type Stage, type StageContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Changes whenever a stage is added, removed, reordered or changes its version. */
  readonly version: string;
  /** Runs every stage on the document in place and returns it. */
  run(doc: Document): Document;
}

/** Validates the stage list and returns a runnable pipeline. Throws PipelineConfigError when invalid. */
export function createPipeline(stages: readonly Stage[], packageVersion = '0'): Pipeline {
  const provided = new Map<Capability, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineConfigError(`expected unique stage names, found "${stage.name}" twice`);
    names.add(stage.name);
    for (const need of stage.needs) {
      if (!provided.has(need)) {
        throw new PipelineConfigError(`expected a stage before "${stage.name}" to provide "${need}", found none (order: ${stages.map((s) => s.name).join(' → ')})`);
      }
    }
    for (const capability of stage.provides) {
      const earlier = provided.get(capability);
      if (earlier) throw new PipelineConfigError(`expected one provider of "${capability}", found "${earlier}" and "${stage.name}"`);
      provided.set(capability, stage.name);
    }
  }
  const fingerprint = stages.map((s) => `${s.name}@${s.version ?? '0'}`).join(',');
  const version = `${packageVersion}+${createHash('sha256').update(fingerprint).digest('hex').slice(0, 8)}`;
  const frozen = Object.freeze([...stages]);
  return { stages: frozen, version, run: (doc) => runStages(frozen, version, doc) };
}

function runStages(stages: readonly Stage[], version: string, doc: Document): Document {
  const missing = new Set<Capability>();
  doc.pipeline = { version, stages: [] };
  for (const stage of stages) {
    const lacking = stage.needs.filter((need) => missing.has(need));
    if (lacking.length > 0) {
      doc.messages.push(makeMessage('W_STAGE_SKIPPED', `Stage "${stage.name}" was skipped: ${lacking.join(', ')} missing after an earlier failure.`, { stage: stage.name }));
      for (const capability of stage.provides) missing.add(capability);
      doc.pipeline.stages.push({ name: stage.name, status: 'skipped', ms: 0 });
      continue;
    }
    const ctx: StageContext = {
      report: (code, message, span) => doc.messages.push(makeMessage(code, message, span ? { span, stage: stage.name } : { stage: stage.name })),
    };
    const started = performance.now();
    try {
      stage.run(doc, ctx);
      doc.pipeline.stages.push({ name: stage.name, status: 'ok', ms: round(performance.now() - started) });
    } catch (error) {
      for (const capability of stage.provides) {
        missing.add(capability);
        if (!capability.includes('.')) delete doc.layers[capability as LayerName];
      }
      const reason = error instanceof Error ? error.message : String(error);
      doc.messages.push(makeMessage('E_STAGE_FAILED', `Stage "${stage.name}" failed: ${reason}`, { stage: stage.name }));
      doc.status = 'partial';
      doc.pipeline.stages.push({ name: stage.name, status: 'failed', ms: round(performance.now() - started) });
    }
  }
  return doc;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
