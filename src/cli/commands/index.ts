/** The commands `newslens` knows. Each lives in its own file. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';

export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand];
