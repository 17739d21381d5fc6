/**
 * Runs the newslens CLI from whichever build folder this file was compiled into (dist/ or a private
 * .build/<name>/ used while several people work in one checkout): node .build/x/scripts/cli.js ...
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
