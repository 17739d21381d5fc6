/**
 * The `newslens` command line: a thin layer over the library. Output goes to stdout, progress and
 * errors to stderr; exit codes are in `errors.ts` and docs/cli.md. No stack traces unless
 * NEWSLENS_DEBUG=1.
 */
import { parseArgs } from 'node:util';
import { PACKAGE_VERSION } from '../data/paths.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { CliError, EXIT } from './errors.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write(topic ? commandHelp(topic) : generalHelp());
    return EXIT.OK;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`unknown command "${name}"`, EXIT.USAGE, `Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See \`newslens help\`.`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(commandHelp(command));
      return EXIT.OK;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''), EXIT.USAGE, `See \`newslens help ${command.name}\`.`);
    }
    return await command.run(parsed as never);
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`newslens: ${error.message}\n`);
    if (error.hint) process.stderr.write(`  ${error.hint}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newslens: internal error: ${message}\n  This is a bug in newslens; please report it with the input that caused it.\n`);
  if (process.env.NEWSLENS_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `newslens ${PACKAGE_VERSION}: reads news the way a careful analyst does.

Usage: newslens <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`newslens help <command>\` for a command's options. Exit codes: docs/cli.md.
`;
}

function commandHelp(command: Command): string {
  const opts = Object.entries(command.options);
  const width = Math.max(0, ...opts.map(([n, o]) => n.length + (o.type === 'string' ? 6 : 0)));
  return `${command.summary}

Usage: ${command.usage}

Options:
${opts.map(([n, o]) => `  --${`${n}${o.type === 'string' ? ' VALUE' : ''}`.padEnd(width)}  ${o.help}`).join('\n')}
`;
}
