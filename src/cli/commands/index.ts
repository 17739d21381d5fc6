/** The commands `newslens` knows. Each lives in its own file. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { compareCommand } from './compare.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { reanalyzeCommand } from './reanalyze.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';

export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand, ingestCommand, searchCommand, compareCommand, statsCommand, serveCommand, reanalyzeCommand];
