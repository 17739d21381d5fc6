/**
 * Trains the framing model (span identification + technique classification) on every article of a
 * PTC-layout folder and writes src/data/models/framing.json.gz. The model records the ids it was trained
 * on, so `newslens eval framing` on the same data falls back to out-of-fold predictions.
 * Usage: node .build/<you>/scripts/train-framing.js [--data ../shared/data/ptc]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { readPtcFolder } from '../src/eval/framing/read-ptc.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { trainFramingModel } from '../src/stages/framing/model/train-framing-model.js';
import { FRAMING_MODEL_FILE, modelToJson } from '../src/stages/framing/model/framing-model.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(PACKAGE_ROOT, '..', 'shared', 'data', 'ptc') } } });
const articles = readPtcFolder(values.data!);
const started = Date.now();
const model = trainFramingModel(articles, `trained by scripts/train-framing.ts on all ${articles.length} labelled articles of ../shared/data/ptc`, (line) => console.log(line));
const path = FRAMING_MODEL_FILE;
writeFileSync(path, gzipSync(`${JSON.stringify(modelToJson(model))}\n`, { level: 9 }));
console.log(`wrote ${path}: ${modelToJson(model).si.slots.length} span feature slots, ${Object.keys(model.tc.weights).length} technique features, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
