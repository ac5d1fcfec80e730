/**
 * The one list of errors a service may throw. Each has an HTTP status and a stable code;
 * the error handler (http/problem.ts) turns them into RFC 9457 problem details.
 * Messages are written for the person who will read them: what is wrong and what to do.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const NotSignedIn = (message = 'Please sign in to continue.') => new DomainError(401, 'not_signed_in', message);

export const Forbidden = (message = 'You do not have permission to do this.') => new DomainError(403, 'forbidden', message);

/** Also used where a record exists but the person may not know that it does. */
export const NotFound = (what: string) => new DomainError(404, 'not_found', `${what} was not found.`);

export const Conflict = (message: string) => new DomainError(409, 'conflict', message);

export const Invalid = (field: string, message: string) =>
  new DomainError(400, 'invalid', message, { errors: [{ field, message }] });

export const TooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(
    429,
    'too_many_attempts',
    `Too many attempts. Please wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again, or reset your password.`,
    { retryAfterSeconds },
  );
