/** The analysis pipeline: stages, their checked composition, and the default list. */
import { PACKAGE_VERSION } from '../data/paths.js';
import { createPipeline, type Pipeline } from './create-pipeline.js';
import { DEFAULT_STAGES } from './default-stages.js';
import { analysisFingerprint } from './fingerprint.js';

export { createPipeline, type Pipeline } from './create-pipeline.js';
export { PipelineConfigError, type Stage, type StageContext, type Capability } from './stage.js';
export { DEFAULT_STAGES } from './default-stages.js';
export { analysisFingerprint, contentFingerprint, defaultFingerprintInputs, type FingerprintInputs } from './fingerprint.js';

let defaultPipeline: Pipeline | undefined;

/** The default pipeline, built once; its version covers the data and code its stages read. */
export function getDefaultPipeline(): Pipeline {
  defaultPipeline ??= createPipeline(DEFAULT_STAGES, PACKAGE_VERSION, analysisFingerprint);
  return defaultPipeline;
}
