/** Reading CLI inputs (a file, a URL, or standard input) as bytes, with clear errors. */
import { readFile, stat } from 'node:fs/promises';
import { CliError, EXIT } from './errors.js';

export interface InputBytes {
  bytes: Uint8Array;
  /** The file name or URL, for format detection and metadata. */
  name: string;
  /** The Content-Type a server sent, when the input came from a URL. */
  contentType?: string;
}

/** Reads `source` (a path, an http(s) URL, or `-` for stdin), refusing inputs over `maxBytes`. */
export async function readInputBytes(source: string, maxBytes: number): Promise<InputBytes> {
  if (source === '-') return { bytes: await readStdin(maxBytes), name: 'stdin' };
  if (/^https?:\/\//i.test(source)) return fetchUrl(source, maxBytes);
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new CliError(`${source} is a folder, not a file`, EXIT.USAGE, 'Pass one article file; to read a folder of articles use `newslens ingest`.');
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, EXIT.INPUT, 'Check the path.');
  }
  if (size > maxBytes) throw tooLarge(source, size, maxBytes);
  return { bytes: await readFile(source), name: source };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw tooLarge('standard input', total, maxBytes, true);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function fetchUrl(url: string, maxBytes: number): Promise<InputBytes> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'newslens (+https://github.com/newslens)' } });
  } catch (error) {
    throw new CliError(`cannot fetch ${url}: ${(error as Error).message}`, EXIT.RESOURCE, 'Check the URL and your network, or save the page and pass the file.');
  }
  if (!response.ok) throw new CliError(`cannot fetch ${url}: the server answered ${response.status} ${response.statusText}`, EXIT.RESOURCE);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, declared, maxBytes);
  }
  const bytes = await readBody(response, url, maxBytes);
  const contentType = response.headers.get('content-type') ?? undefined;
  return contentType ? { bytes, name: url, contentType } : { bytes, name: url };
}

/** The body, stopping as soon as it passes `maxBytes` (a server may send no Content-Length). */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      // Leaving the loop by throwing cancels the download.
      if (total > maxBytes) throw tooLarge(url, total, maxBytes, true);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot fetch ${url}: the download failed (${(error as Error).message})`, EXIT.RESOURCE, 'Check the URL and your network, or save the page and pass the file.');
  }
  return Buffer.concat(chunks);
}

function tooLarge(what: string, size: number, maxBytes: number, cutShort = false): CliError {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const is = cutShort ? `is over the ${mb(maxBytes)} limit` : `is ${mb(size)}, over the ${mb(maxBytes)} limit`;
  return new CliError(`${what} ${is} [E_INPUT_TOO_LARGE]`, EXIT.INPUT, 'Split it into articles, or raise the limit with --max-bytes.');
}

const BYTE_SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `20000000`, `512k`, `20M`, `1.5GiB` → bytes; undefined when it is not a positive size. */
export function parseByteSize(value: string): number | undefined {
  const m = BYTE_SIZE.exec(value.trim());
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').charAt(0).toLowerCase()]!);
  return bytes > 0 ? bytes : undefined;
}
