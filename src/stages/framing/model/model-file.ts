/**
 * The framing model's file: gzip of a small JSON header (provenance, decoding settings, biases, labels,
 * technique feature names) followed by little-endian binary arrays: the span model's non-zero slots
 * (Uint32) and weights (Float32; quantised to 16-bit integers when loaded, hashed-logistic.ts), and
 * the technique weights (Float32, one row of labels per feature).
 * Binary arrays load in milliseconds where the same numbers as JSON took about a second.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { HASH_BITS, SLOT_LAYOUT } from './feature-hash.js';
import type { FramingModel } from './framing-model.js';
import { quantisationScale } from './hashed-logistic.js';

interface Header {
  format: 'newslens-framing-model';
  version: string;
  trainedOn: FramingModel['trainedOn'];
  si: { bits: number; layout?: number; bias: number; threshold: number; gap: number; peak: number; slots: number };
  tc: { labels: string[]; bias: number[]; features: string[] };
}

/** Encodes a model as the gzipped file. */
export function encodeModel(model: FramingModel): Buffer {
  const slots: number[] = [];
  const values: number[] = [];
  model.si.values.forEach((v, i) => {
    const weight = v / model.si.scale;
    if (Math.abs(weight) >= 1e-4) {
      slots.push(i);
      values.push(weight);
    }
  });
  const features = Object.keys(model.tc.weights);
  const header: Header = {
    format: 'newslens-framing-model',
    version: model.version,
    trainedOn: model.trainedOn,
    si: { bits: HASH_BITS, layout: SLOT_LAYOUT, bias: model.si.bias, threshold: model.si.threshold, gap: model.si.gap, peak: model.si.peak, slots: slots.length },
    tc: { labels: model.tc.labels, bias: model.tc.bias, features },
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Math.ceil((json.length + 4) / 4) * 4;
  const L = model.tc.labels.length;
  const out = Buffer.alloc(headerLength + slots.length * 8 + features.length * L * 4);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = headerLength;
  for (const s of slots) { out.writeUInt32LE(s, at); at += 4; }
  for (const v of values) { out.writeFloatLE(v, at); at += 4; }
  for (const f of features) for (const v of model.tc.weights[f]!) { out.writeFloatLE(v, at); at += 4; }
  return gzipSync(out, { level: 9 });
}

/** Decodes the gzipped file; throws when it is not a framing model or its hashing differs. */
export function decodeModel(file: Buffer): FramingModel {
  const raw = gunzipSync(file);
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as Header;
  if (header.format !== 'newslens-framing-model') throw new Error(`expected a newslens framing model, found format ${String(header.format)}`);
  if (header.si.bits !== HASH_BITS) throw new Error(`expected a framing model with ${HASH_BITS}-bit feature hashing, found ${header.si.bits}: retrain it`);
  if ((header.si.layout ?? 1) !== SLOT_LAYOUT) throw new Error(`expected a framing model with slot layout ${SLOT_LAYOUT}, found ${header.si.layout ?? 1}: retrain it`);
  // Copy into an aligned buffer so typed arrays can view it directly.
  const body = new Uint8Array(raw.length - Math.ceil((jsonLength + 4) / 4) * 4);
  body.set(raw.subarray(raw.length - body.length));
  const n = header.si.slots;
  const slots = new Uint32Array(body.buffer, 0, n);
  const weights = new Float32Array(body.buffer, n * 4, n);
  // Quantised as `quantise` does a dense table: the scale of the largest weight, each rounded. A file
  // written from a quantised model (weights k / scale) gives back the same integers.
  const scale = quantisationScale(weights);
  const values = new Int16Array(1 << HASH_BITS);
  for (let k = 0; k < n; k++) values[slots[k]!] = Math.round(weights[k]! * scale);
  const L = header.tc.labels.length;
  const tcValues = new Float32Array(body.buffer, n * 8, header.tc.features.length * L);
  const tcWeights: Record<string, number[]> = {};
  header.tc.features.forEach((f, i) => { tcWeights[f] = Array.from(tcValues.subarray(i * L, i * L + L)); });
  const { threshold, gap, peak, bias } = header.si;
  return {
    version: header.version,
    trainedOn: header.trainedOn,
    si: { bias, values, scale, threshold, gap, peak },
    tc: { labels: header.tc.labels, bias: header.tc.bias, weights: tcWeights },
  };
}
