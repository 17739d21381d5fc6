/**
 * Writes web/static/world-outline.json: the world's land and country borders as two SVG path strings
 * in an equirectangular projection, for the web UI's map of event places. Drawn offline: the UI asks
 * no tile server for anything. Source: Natural Earth 1:110m countries (public domain) as shipped in
 * the npm package world-atlas (ISC). Coordinates are rounded to 0.1 degree, which keeps the file near
 * 60 KB and is finer than the map is ever drawn.
 * Usage: node dist/scripts/build-world-outline.js (or npm run world:build)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PACKAGE_ROOT } from '../src/data/paths.js';

/** The drawn latitudes: Antarctica and the far Arctic hold no event places and would waste height. */
export const OUTLINE_BOUNDS = { west: -180, east: 180, north: 84, south: -58 } as const;

type Ring = number[][];
type GeoGeometry = { type: string; coordinates: unknown };

/** x, y in the outline's own units: one unit per 0.1 degree, the origin at the north-west corner. */
function project(lon: number, lat: number): [number, number] {
  return [Math.round((lon - OUTLINE_BOUNDS.west) * 10), Math.round((OUTLINE_BOUNDS.north - lat) * 10)];
}

/** An SVG path for a ring, with relative moves so most numbers are short. */
function ringPath(ring: Ring): string {
  let out = '';
  let prev: [number, number] | undefined;
  for (const point of ring) {
    const [x, y] = project(point[0]!, point[1]!);
    // A jump across the map is a ring cut at the antimeridian: move, do not draw across the world.
    if (!prev || Math.abs(x - prev[0]) > 1800) out += `M${x} ${y}`;
    else if (x !== prev[0] || y !== prev[1]) out += `l${x - prev[0]} ${y - prev[1]}`;
    prev = [x, y];
  }
  return out;
}

function rings(geometry: GeoGeometry): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  if (geometry.type === 'LineString') return [geometry.coordinates as Ring];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Ring[];
  return [];
}

function pathOf(geometry: GeoGeometry, closed: boolean): string {
  return rings(geometry).map((r) => ringPath(r) + (closed ? 'z' : '')).filter((p) => p.length > 4).join('');
}

/** The outline as the UI reads it. */
export function buildWorldOutline(topology: Topology): object {
  const countries = topology.objects.countries as GeometryCollection;
  // Countries one by one (Natural Earth cuts them at the antimeridian; a merged outline is not).
  const features = (feature(topology, countries) as unknown as { features: Array<{ geometry: GeoGeometry | null }> }).features;
  if (features.length < 100) throw new Error(`expected 100+ countries in the topology, found ${features.length}`);
  const borders = mesh(topology, countries as never, (a, b) => a !== b) as unknown as GeoGeometry;
  return {
    source: 'Natural Earth 1:110m countries (public domain, naturalearthdata.com), via the npm package world-atlas (ISC)',
    projection: 'equirectangular; x = (lon + 180) * 10, y = (84 - lat) * 10',
    bounds: OUTLINE_BOUNDS,
    width: (OUTLINE_BOUNDS.east - OUTLINE_BOUNDS.west) * 10,
    height: (OUTLINE_BOUNDS.north - OUTLINE_BOUNDS.south) * 10,
    land: features.map((f) => (f.geometry ? pathOf(f.geometry, true) : '')).join(''),
    borders: pathOf(borders, false),
  };
}

if (process.argv[1]?.endsWith('build-world-outline.js')) {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const out = join(PACKAGE_ROOT, 'web', 'static', 'world-outline.json');
  const json = `${JSON.stringify(buildWorldOutline(topology))}\n`;
  writeFileSync(out, json);
  console.log(`wrote ${out} (${Math.round(json.length / 1024)} KB)`);
}
