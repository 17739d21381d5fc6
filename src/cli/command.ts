/** A CLI command: a name, its options (node:util parseArgs), and what it does. */

export interface OptionSpec {
  type: 'string' | 'boolean';
  help: string;
  short?: string;
  multiple?: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Runs the command; returns the exit code. Throws CliError for usage and input errors. */
  run(args: ParsedArgs): Promise<number>;
}
