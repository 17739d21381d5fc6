/**
 * Trains the framing model (span identification + technique classification) on every article of a
 * PTC-layout folder and writes src/data/models/framing.bin.gz. The model records the ids it was trained
 * on, so `newslens eval framing` on the same data falls back to out-of-fold predictions.
 * Usage: node .build/<you>/scripts/train-framing.js [--data ../shared/data/ptc] [--out FILE]
 * (--out: write the model there instead of over the committed one; the reproducibility test uses it)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPtcFolder } from '../src/eval/framing/read-ptc.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { trainFramingModel } from '../src/stages/framing/model/train-framing-model.js';
import { FRAMING_MODEL_FILE } from '../src/stages/framing/model/framing-model.js';
import { encodeModel } from '../src/stages/framing/model/model-file.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(PACKAGE_ROOT, '..', 'shared', 'data', 'ptc') }, out: { type: 'string' } } });
const articles = readPtcFolder(values.data!);
const started = Date.now();
const model = trainFramingModel(articles, `trained by scripts/train-framing.ts on all ${articles.length} labelled articles of ../shared/data/ptc`, (line) => console.log(line));
const path = values.out ?? FRAMING_MODEL_FILE;
writeFileSync(path, encodeModel(model));
console.log(`wrote ${path}: ${model.si.values.filter((v) => Math.abs(v / model.si.scale) >= 1e-4).length} span feature slots, ${Object.keys(model.tc.weights).length} technique features, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
