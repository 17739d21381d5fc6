/**
 * The on-disk form of a perceptron model in `src/data/models/*.bin.gz`: a JSON header (classes, the
 * quantisation scale, anything else the tagger needs, such as NER transition weights), then the kept
 * features as sparse rows of 16-bit weights. Small weights are pruned when the file is written.
 *
 * Layout before gzip (little-endian): "NLM1", u32 header length, header JSON, padding to 4,
 * u32 keys[features], u8 counts[features], u8 classes[entries], padding to 2, i16 values[entries].
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { WeightTable } from './weight-table.js';

export interface ModelHeader {
  classes: string[];
  scale: number;
  features: number;
  entries: number;
  [extra: string]: unknown;
}

export interface LoadedModel {
  header: ModelHeader;
  table: WeightTable;
}

const MAGIC = 'NLM1';

/**
 * Encodes rows of averaged weights; weights with |w| < `prune` are dropped and a row left empty is
 * not written. `extra` goes into the header.
 */
export function encodeModel(classes: string[], rows: Map<number, Float32Array>, prune: number, extra: Record<string, unknown> = {}): Buffer {
  let max = 0;
  for (const row of rows.values()) for (const w of row) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const vals: number[] = [];
  for (const [key, row] of rows) {
    let n = 0;
    for (let c = 0; c < row.length; c++) {
      const q = Math.round(row[c]! / scale);
      if (Math.abs(row[c]!) < prune || q === 0) continue;
      cls.push(c);
      vals.push(q);
      n++;
    }
    if (n > 0) { keys.push(key); counts.push(n); }
  }
  const header: ModelHeader = { ...extra, classes, scale, features: keys.length, entries: vals.length };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headLen = 8 + json.length;
  const keysAt = align(headLen, 4);
  const countsAt = keysAt + keys.length * 4;
  const clsAt = countsAt + keys.length;
  const valsAt = align(clsAt + cls.length, 2);
  const buf = Buffer.alloc(valsAt + vals.length * 2);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(json.length, 4);
  json.copy(buf, 8);
  keys.forEach((k, i) => buf.writeUInt32LE(k, keysAt + i * 4));
  counts.forEach((n, i) => buf.writeUInt8(n, countsAt + i));
  cls.forEach((c, i) => buf.writeUInt8(c, clsAt + i));
  vals.forEach((v, i) => buf.writeInt16LE(v, valsAt + i * 2));
  return gzipSync(buf, { level: 9 });
}

/** Decodes a model file written by `encodeModel` into a ready `WeightTable`. */
export function decodeModel(file: Uint8Array): LoadedModel {
  const buf = gunzipSync(file);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`expected a model file starting with ${MAGIC}, found ${JSON.stringify(buf.toString('latin1', 0, 4))}`);
  const jsonLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLen)) as ModelHeader;
  const F = header.features;
  const C = header.classes.length;
  const keysAt = align(8 + jsonLen, 4);
  const countsAt = keysAt + F * 4;
  const clsAt = countsAt + F;
  const valsAt = align(clsAt + header.entries, 2);
  const ab = buf.buffer;
  const off = buf.byteOffset;
  const keys = new Uint32Array(ab.slice(off + keysAt, off + countsAt));
  const counts = buf.subarray(countsAt, clsAt);
  const cls = buf.subarray(clsAt, clsAt + header.entries);
  const vals = new Int16Array(ab.slice(off + valsAt, off + valsAt + header.entries * 2));
  return { header, table: new WeightTable(C, header.scale, keys, counts, cls, vals) };
}

/** The rows of a model file as stored: keys, pair counts, and the pairs in order (tests and tools read them). */
export interface ModelRows {
  keys: Uint32Array;
  counts: Uint8Array;
  classes: Uint8Array;
  values: Int16Array;
}

/** Reads the rows of a model file written by `encodeModel`, without building a table. */
export function readModelRows(file: Uint8Array): ModelRows {
  const buf = gunzipSync(file);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`expected a model file starting with ${MAGIC}, found ${JSON.stringify(buf.toString('latin1', 0, 4))}`);
  const jsonLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLen)) as ModelHeader;
  const keysAt = align(8 + jsonLen, 4);
  const countsAt = keysAt + header.features * 4;
  const clsAt = countsAt + header.features;
  const valsAt = align(clsAt + header.entries, 2);
  const copy = (from: number, to: number): ArrayBuffer => buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + to);
  return {
    keys: new Uint32Array(copy(keysAt, countsAt)),
    counts: new Uint8Array(copy(countsAt, clsAt)),
    classes: new Uint8Array(copy(clsAt, clsAt + header.entries)),
    values: new Int16Array(copy(valsAt, valsAt + header.entries * 2)),
  };
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
