#!/usr/bin/env node
// The newslens command. The code lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('newslens: the compiled code is missing (dist/). Run `npm install` (or `npm run build`) in the newslens folder.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
