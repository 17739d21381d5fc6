/**
 * Rewrites the expected `items` of every golden fixture from the current analysis, keeping each
 * fixture's chosen fields. Review the result with `git diff test/fixtures` before committing.
 * Usage: npm run fixtures:update [-- substring-of-fixture-name]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { loadFixtures, project } from '../test/support/fixtures.js';

const filter = process.argv[2];
let changed = 0;
for (const fixture of loadFixtures()) {
  if (filter && !fixture.name.includes(filter)) continue;
  const input = fixture.html !== undefined ? { html: fixture.html } : { text: fixture.text ?? '' };
  const doc = analyze(input, { meta: fixture.meta });
  const file = JSON.parse(readFileSync(fixture.expectFile, 'utf8'));
  for (const [layer, expectation] of Object.entries(fixture.expect)) {
    file.expect[layer].items = project(doc, layer, expectation);
  }
  const next = formatFixture(file);
  if (next !== readFileSync(fixture.expectFile, 'utf8')) {
    writeFileSync(fixture.expectFile, next);
    changed++;
    console.log(`updated ${fixture.name}`);
  }
}
console.log(`${changed} fixture(s) changed`);

/** JSON with one line per expected item, so a changed item is a one-line diff. */
function formatFixture(file: Record<string, unknown>): string {
  const { expect, ...rest } = file as { expect: Record<string, { items: unknown[] } & Record<string, unknown>> };
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  const layers = Object.entries(expect).map(([layer, e]) => {
    const { items, ...options } = e;
    const opts = Object.entries(options).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
    const lines = items.map((item) => `        ${JSON.stringify(item)}`).join(',\n');
    return `    ${JSON.stringify(layer)}: {\n      ${opts},\n      "items": [${items.length ? `\n${lines}\n      ` : ''}]\n    }`;
  });
  return `${head},\n  "expect": {\n${layers.join(',\n')}\n  }\n}\n`;
}
