/**
 * The offline gazetteer: GeoNames cities500, countries, US states and counties, and curated regions,
 * built by scripts/build-gazetteer.ts into `src/data/gazetteer/places.tsv.gz`. Loaded once, lazily, on
 * first use (about 5 MB compressed); `gazetteerLoadMs` tells how long that took.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '../../data/paths.js';
import type { PlacePrecision } from '../../model/layers/places.js';

/** One place of the gazetteer. `id` is the GeoNames id for GeoNames places, else `country:UA`, `state:TX`... */
export interface GazetteerPlace {
  /** A number unique to the place within the loaded gazetteer. */
  key: number;
  id: string;
  geonameId?: number;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature class and code: P.PPL, P.PPLC, A.PCLI, A.ADM1, A.ADM2, L.RGN, L.CONT... */
  featureType: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
  precision: PlacePrecision;
  /** `country.admin1` ("US.TX") for places below country level that have an admin1 code, else ''. */
  region: string;
}

/** A gazetteer entry for a lookup key, and whether the key is one of its main names. */
export interface NameMatch {
  place: GazetteerPlace;
  /** False when only a GeoNames alternate name (foreign, older, variant) matched. */
  main: boolean;
}

export interface Gazetteer {
  /** Places by lookup key (see `nameKey`), in gazetteer order. */
  lookup(key: string): readonly NameMatch[];
  /** A place by its id (`703448`, `country:UA`, `state:TX`, `county:22079`, `curated:donbas`). */
  byId(id: string): GazetteerPlace | undefined;
}

let loaded: Gazetteer | undefined;
/** Milliseconds the gazetteer took to load, once it has been loaded. */
export let gazetteerLoadMs = 0;

const EMPTY: readonly NameMatch[] = [];

/**
 * The gazetteer, loaded on first call. Loading only decompresses the file into a buffer: keys are found
 * by binary search over the sorted index section, and a place line is decoded when first returned.
 */
export function getGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const started = performance.now();
  const buf = gunzipSync(readFileSync(dataFile('gazetteer', 'places.tsv.gz')));
  const marker = buf.indexOf('\n#index\n');
  if (marker < 0) throw new Error('expected an #index line in the gazetteer file, found none');
  const indexStart = marker + 8;
  const indexEnd = buf.length;
  const places = new Map<number, GazetteerPlace>();
  const placeAt = (offset: number): GazetteerPlace => {
    let place = places.get(offset);
    if (!place) {
      place = parsePlace(buf.toString('utf8', offset, buf.indexOf(10, offset)), offset);
      places.set(offset, place);
    }
    return place;
  };
  const cache = new Map<string, readonly NameMatch[]>();
  const lookup = (key: string): readonly NameMatch[] => {
    let result = cache.get(key);
    if (result) return result;
    const postings = findPostings(buf, indexStart, indexEnd, key);
    result = postings === undefined ? EMPTY : postings.split(',').map((p) => (p.endsWith('*') ? { place: placeAt(parseInt(p, 36)), main: false } : { place: placeAt(parseInt(p, 36)), main: true }));
    if (cache.size > 50_000) cache.clear();
    cache.set(key, result);
    return result;
  };
  let ids: Map<string, number> | undefined;
  const byId = (id: string): GazetteerPlace | undefined => {
    const code = id.charCodeAt(0);
    if (code < 48 || code > 57) {
      // Curated ids ("country:US") have index lines of their own.
      const posting = findPostings(buf, indexStart, indexEnd, `#${id}`);
      return posting === undefined ? undefined : placeAt(parseInt(posting, 36));
    }
    if (!ids) {
      // GeoNames ids are rarely asked for (tests): one scan of the place section.
      ids = new Map();
      for (let at = buf.indexOf(10) + 1; at < marker; at = buf.indexOf(10, at) + 1) {
        if (buf[at] === 35) continue;
        ids.set(buf.toString('utf8', at, buf.indexOf(9, at)), at);
      }
    }
    const at = ids.get(id);
    return at === undefined ? undefined : placeAt(at);
  };
  loaded = { lookup, byId };
  gazetteerLoadMs = performance.now() - started;
  return loaded;
}

/** The postings of `key` in the sorted index lines of `buf[from, to)`, by binary search over bytes. */
function findPostings(buf: Buffer, from: number, to: number, key: string): string | undefined {
  const probe = Buffer.from(`${key}\t`);
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = buf.lastIndexOf(10, mid - 1) + 1;
    if (start < lo) start = lo;
    let end = buf.indexOf(10, start);
    if (end < 0 || end > to) end = to;
    const order = probe.compare(buf, start, Math.min(start + probe.length, end));
    if (order === 0) return buf.toString('utf8', start + probe.length, end);
    if (order > 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

function parsePlace(line: string, offset: number): GazetteerPlace {
  const f = line.split('\t');
  const id = f[0]!;
  const featureType = f[4]!;
  const precision = precisionOf(featureType);
  const region = f[6] && precision !== 'country' && precision !== 'continent' ? `${f[5]}.${f[6]}` : '';
  const place: GazetteerPlace = { key: offset, id, name: f[1]!, lat: Number(f[2]), lon: Number(f[3]), featureType, country: f[5]!, admin1: f[6]!, admin2: f[7]!, population: Number(f[8]), precision, region };
  const code = id.charCodeAt(0);
  if (code >= 48 && code <= 57) place.geonameId = Number(id);
  return place;
}

/** Site, town, region, country or continent, from the GeoNames feature type. */
export function precisionOf(featureType: string): PlacePrecision {
  if (featureType.startsWith('P.')) return 'town';
  if (featureType === 'A.PCLI' || featureType === 'A.PCLD' || featureType === 'A.PCLS' || featureType === 'A.PCL') return 'country';
  if (featureType === 'L.CONT') return 'continent';
  if (featureType.startsWith('A.') || featureType.startsWith('L.') || featureType.startsWith('T.ISL')) return 'region';
  return 'site';
}
