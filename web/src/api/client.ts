import type { Problem } from './types';

/** A failed API call, carrying the problem details the server sent (RFC 9457). */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Turns anything thrown into words a person can act on. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return 'Lanyard could not be reached. Check your connection and try again.';
}

// The CSRF token is tied to a cookie the server sets with it; one fetch serves every change
// until that cookie expires, when the server answers 403 'csrf' and we fetch a new one.
let csrfToken: Promise<string> | null = null;

function freshCsrfToken(): Promise<string> {
  csrfToken = fetch('/api/csrf-token', { credentials: 'same-origin' })
    .then(async (res) => {
      if (!res.ok) throw new ApiError(await problemOf(res));
      return ((await res.json()) as { token: string }).token;
    })
    .catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  return csrfToken;
}

/** Called at start-up so the first form a person submits does not wait for the token. */
export function prepareCsrf(): void {
  freshCsrfToken().catch(() => undefined);
}

let onSignedOut: (() => void) | null = null;

/** Lets the session holder hear when the server says the session has ended. */
export function whenSignedOut(listener: (() => void) | null): void {
  onSignedOut = listener;
}

async function problemOf(res: Response): Promise<Problem> {
  const fallback: Problem = {
    status: res.status,
    type: 'about:blank',
    code: 'unexpected',
    title: res.statusText || 'Error',
    detail: res.status >= 500 ? 'Something went wrong on our side. Please try again.' : 'That did not work. Please try again.',
  };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return typeof body.detail === 'string' ? { ...fallback, ...body } as Problem : fallback;
  } catch {
    return fallback;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send<T>(method: Method, path: string, body: unknown, retryCsrf: boolean): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = await (csrfToken ?? freshCsrfToken());
  // No content-type without a body: Fastify refuses an empty JSON body.
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = await problemOf(res);
    if (res.status === 403 && problem.code === 'csrf' && retryCsrf) {
      await freshCsrfToken();
      return send<T>(method, path, body, false);
    }
    if (res.status === 401 && path !== '/api/session') onSignedOut?.();
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string) => send<T>('GET', path, undefined, false),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body, true),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body, true),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body, true),
  delete: <T>(path: string) => send<T>('DELETE', path, undefined, true),
};
