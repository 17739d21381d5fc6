/**
 * Golden fixtures. A fixture is a JSON file under test/fixtures/<layer>/<phenomenon>.json, or a folder
 * under test/fixtures/articles/<name>/ with source.txt|source.html, meta.json and expected.json. Each
 * gives the input and, per layer, the fields to compare and the expected items, in order:
 *
 *   { "description": "...", "text": "...", "meta": {...},
 *     "expect": { "dates": { "fields": ["text", "value"], "items": [{ "text": "on Monday", "value": "2022-06-13" }] } } }
 *
 * `npm run fixtures:update` rewrites every `items` from the current output so a change is reviewed as
 * a diff. Field paths may use dots ("speaker.name", "content.0.text").
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { Document, DocumentMeta } from '../../src/model/document.js';

export const FIXTURE_ROOT = join(PACKAGE_ROOT, 'test', 'fixtures');

export interface LayerExpectation {
  fields: string[];
  items: Array<Record<string, unknown>>;
  /** Compare only items whose fields match this filter (e.g. {"type": "person"}). */
  where?: Record<string, unknown>;
}

export interface Fixture {
  /** Path relative to test/fixtures. */
  name: string;
  /** The JSON file that holds `expect` (the fixture file, or expected.json of an article folder). */
  expectFile: string;
  description: string;
  text?: string;
  html?: string;
  meta: DocumentMeta;
  expect: Record<string, LayerExpectation>;
}

/** Every fixture under test/fixtures, files and article folders, in name order. */
export function loadFixtures(root = FIXTURE_ROOT): Fixture[] {
  const fixtures: Fixture[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (existsSync(join(path, 'expected.json'))) fixtures.push(loadArticleFolder(path, root));
        else walk(path);
      } else if (entry.endsWith('.json')) {
        const data = JSON.parse(readFileSync(path, 'utf8'));
        fixtures.push({ name: relative(root, path), expectFile: path, description: data.description ?? '', text: data.text, html: data.html, meta: data.meta ?? {}, expect: data.expect ?? {} });
      }
    }
  };
  if (existsSync(root)) walk(root);
  return fixtures;
}

function loadArticleFolder(dir: string, root: string): Fixture {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
  const fixture: Fixture = { name: relative(root, dir), expectFile: join(dir, 'expected.json'), description: expected.description ?? '', meta, expect: expected.expect ?? {} };
  if (existsSync(join(dir, 'source.html'))) fixture.html = readFileSync(join(dir, 'source.html'), 'utf8');
  else fixture.text = readFileSync(join(dir, 'source.txt'), 'utf8');
  return fixture;
}

/** Reads a dotted path ("speaker.name", "content.0.text") from an object. */
export function getPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The layer's items reduced to the expectation's fields (missing fields left out), in layer order. */
export function project(doc: Document, layer: string, expectation: Pick<LayerExpectation, 'fields' | 'where'>): Array<Record<string, unknown>> {
  const value = (doc.layers as Record<string, unknown>)[layer];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items
    .filter((item) => Object.entries(expectation.where ?? {}).every(([k, v]) => JSON.stringify(getPath(item, k)) === JSON.stringify(v)))
    .map((item) => {
      const out: Record<string, unknown> = {};
      for (const field of expectation.fields) {
        const v = getPath(item, field);
        if (v !== undefined) out[field] = v;
      }
      return out;
    });
}
