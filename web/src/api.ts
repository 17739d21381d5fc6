/**
 * Calls to the newslens HTTP API of the same origin. Errors come back as JSON
 * (`{error: {code, message, statusCode}}`) and are thrown as `ApiFailure` with that message, for the
 * view to show.
 */
export type * from './api-types.js';

/** An error answer of the API, with its status and code. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export type Params = Record<string, string | number | undefined>;

/** `path?params`, leaving out empty values. */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

async function parse<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiFailure(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? `The server answered ${response.status}.`);
  }
  return body as T;
}

/** GET a JSON answer of this origin's API. */
export async function getJson<T>(path: string, params?: Params): Promise<T> {
  return parse<T>(await fetch(withQuery(path, params), { headers: { accept: 'application/json' } }));
}

/** POST a JSON body to this origin's API. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}

/** A message for a person from any failure. */
export function failureText(error: unknown): string {
  if (error instanceof ApiFailure) return `${error.message} (${error.code})`;
  if (error instanceof TypeError) return 'The server could not be reached. Is `newslens serve` still running?';
  return error instanceof Error ? error.message : String(error);
}
