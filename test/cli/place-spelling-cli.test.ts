/**
 * `newslens search --place` in another spelling, as a user runs it: "Gorlovka" finds what "Horlivka"
 * finds (the examples of examples/compare spell it both ways), and standard error says how it was read
 * while the export on standard output stays clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { runCli } from './run-cli.js';

test('search --place reads another spelling as the gazetteer\'s place and says so on standard error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-place-cli-'));
  try {
    const store = join(dir, 'places.db');
    const env = { NEWSLENS_STORE: '' };
    const ingest = runCli(['ingest', join(PACKAGE_ROOT, 'examples', 'compare', 'horlivka-bus-station.jsonl'), '--store', store, '--workers', '0'], undefined, env);
    assert.equal(ingest.status, 0, ingest.stderr);
    for (const kind of ['--events', '--quotes', undefined]) {
      const args = (place: string) => ['search', ...(kind ? [kind] : []), '--place', place, '--store', store, '--format', 'jsonl', '--all'];
      const canonical = runCli(args('Horlivka'), undefined, env);
      const variant = runCli(args('Gorlovka'), undefined, env);
      assert.equal(canonical.status, 0, canonical.stderr);
      assert.equal(variant.status, 0, variant.stderr);
      assert.ok(canonical.stdout.trim().length > 0, `${kind ?? 'documents'}: Horlivka has results`);
      assert.equal(variant.stdout, canonical.stdout, `${kind ?? 'documents'}: the same results`);
      assert.equal(variant.stderr, '“Gorlovka” read as Horlivka (town, UA).\n');
      assert.equal(canonical.stderr, '', 'the canonical name is used as given, silently');
      if (kind === '--events') {
        const places = canonical.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { place?: string }).place);
        assert.deepEqual([...new Set(places)], ['Horlivka'], 'the events placed there, not every event of the articles that mention it');
        // Each exported event leads back to its article.
        const csv = runCli(['search', '--events', '--place', 'Horlivka', '--store', store, '--format', 'csv', '--all'], undefined, env).stdout.trim().split(/\r?\n/);
        assert.match(csv[0]!, /,title,url$/);
        assert.ok(csv.slice(1).every((line) => /,https:\/\/example\.org\/[^,]+$/.test(line)), csv.join('\n'));
      }
    }
    // A country: the events placed anywhere in it, said on standard error.
    const ukraine = runCli(['search', '--events', '--place', 'Ukraine', '--store', store, '--format', 'jsonl', '--all'], undefined, env);
    assert.equal(ukraine.status, 0, ukraine.stderr);
    assert.equal(ukraine.stderr, '“Ukraine” read as Ukraine (country, UA). Events placed anywhere in Ukraine.\n');
    const countries = ukraine.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { placeCountry?: string }).placeCountry);
    assert.ok(countries.length >= 5 && countries.every((c) => c === 'UA'), countries.join(' '));
    // Every event of those articles, for contrast: some are placed elsewhere or nowhere.
    const every = runCli(['search', '--events', '--store', store, '--format', 'jsonl', '--all'], undefined, env);
    assert.ok(every.stdout.trim().split('\n').some((line) => (JSON.parse(line) as { place?: string }).place !== 'Horlivka'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
