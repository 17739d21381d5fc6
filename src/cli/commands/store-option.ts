/** The `--store URL` option every corpus command takes, and opening it with a clear error. */
import { DEFAULT_STORE_URL, openStore, redactStoreUrl } from '../../store/open-store.js';
import { StoreError, type Store } from '../../store/types.js';
import type { OptionSpec } from '../command.js';
import { CliError, EXIT } from '../errors.js';

export const STORE_OPTION: Record<'store', OptionSpec> = {
  store: { type: 'string', help: `the corpus: sqlite:PATH or postgres://user:pass@host/db (default ${DEFAULT_STORE_URL}; env NEWSLENS_STORE)` },
};

/** Opens the store named by `--store`, `NEWSLENS_STORE`, or the default. */
export async function openStoreOption(value: unknown): Promise<Store> {
  const url = typeof value === 'string' ? value : process.env.NEWSLENS_STORE || DEFAULT_STORE_URL;
  try {
    return await openStore(url);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, /expected a store URL/.test(error.message) ? EXIT.USAGE : EXIT.RESOURCE, 'Check --store: sqlite:PATH or postgres://user:pass@host:port/db.');
    throw new CliError(`cannot open the store ${redactStoreUrl(url)}: ${(error as Error).message}`, EXIT.RESOURCE);
  }
}

/** A positive integer option, or the default. */
export function intOption(name: string, value: unknown, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} must be an integer ≥ ${min}, found "${String(value)}"`, EXIT.USAGE);
  return n;
}
