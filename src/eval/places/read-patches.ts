/**
 * Coordinate patches for the geoparsing corpora (google-research-datasets/mlg_evaldata, in
 * ../shared/data/geoparsing/patches): per toponym and original coordinates, coordinates unified with
 * WikiData. The scorer applies them to the gold before measuring errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { GeoArticle } from './read-corpus.js';

interface Patch { lat: number; lon: number; newLat: number; newLon: number }

/** The patch file beside a corpus file (`lgl.xml` → `patches/lgl_patches.tsv`), if there is one. */
export function patchFileFor(corpusPath: string): string | undefined {
  const path = join(dirname(corpusPath), 'patches', `${basename(corpusPath).replace(/\.xml$/i, '')}_patches.tsv`);
  return existsSync(path) ? path : undefined;
}

/** Replaces gold coordinates by their patched values; returns how many toponyms changed. */
export function applyPatches(articles: GeoArticle[], patchPath: string): number {
  const patches = new Map<string, Patch[]>();
  for (const line of readFileSync(patchPath, 'utf8').split('\n')) {
    const [name, original, unified] = line.split('\t');
    if (!name || !original || !unified) continue;
    const [lat, lon] = original.split(',').map(Number);
    const [newLat, newLon] = unified.split(',').map(Number);
    if ([lat, lon, newLat, newLon].some((x) => x === undefined || Number.isNaN(x))) continue;
    const key = name.trim();
    patches.set(key, [...(patches.get(key) ?? []), { lat: lat!, lon: lon!, newLat: newLat!, newLon: newLon! }]);
  }
  let changed = 0;
  for (const article of articles) {
    for (const t of article.toponyms) {
      if (t.lat === undefined || t.lon === undefined) continue;
      const patch = patches.get(t.phrase)?.find((p) => Math.abs(p.lat - t.lat!) < 0.01 && Math.abs(p.lon - t.lon!) < 0.01);
      if (patch && (patch.newLat !== t.lat || patch.newLon !== t.lon)) {
        t.lat = patch.newLat;
        t.lon = patch.newLon;
        changed++;
      }
    }
  }
  return changed;
}
