/**
 * Runs the real `newslens` command line in a child process, as a user would: the entry compiled
 * into the same build folder as this file (dist/scripts/cli.js under `npm test`, or a private
 * .build/<name>/ while several people work in one checkout), so tests exercise the code just built.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI entry of this build: <build>/scripts/cli.js, beside <build>/test/cli/run-cli.js. */
export const CLI_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'cli.js');

export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `runCli`, without blocking the event loop (for tests that serve HTTP in-process). */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
