import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from './errors.js';

const TITLES: Record<number, string> = {
  400: 'Some details need correcting',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported content type',
  429: 'Too many attempts',
  500: 'Something went wrong',
};

function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `https://lanyard.dev/problems/${code}`, title: TITLES[status] ?? 'Error', status, code, detail, ...extra };
}

/** Every error leaves as application/problem+json; 5xx internals are logged, never sent. */
export function registerProblemHandler(app: FastifyInstance, opts: { spaIndex: boolean }): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof DomainError) {
      if (err.status === 429 && typeof err.extra.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(err.extra.retryAfterSeconds));
      }
      return reply.status(err.status).type('application/problem+json').send(problem(err.status, err.code, err.message, err.extra));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        field: fieldName(v.instancePath, err.validationContext),
        message: v.message ?? 'is not valid',
      }));
      const first = errors[0];
      const detail = first ? `${first.field}: ${first.message}` : 'The request is not valid.';
      return reply.status(400).type('application/problem+json').send(problem(400, 'invalid', detail, { errors }));
    }
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      return reply
        .status(403)
        .type('application/problem+json')
        .send(problem(403, 'csrf', 'This form has expired or came from another site. Reload the page and try again.'));
    }
    // A unique constraint is the last word on duplicates that a service check could not see
    // (for example an email already used in another trust): a conflict, not a crash.
    if ((err as { cause?: { code?: string } }).cause?.code === '23505') {
      return reply.status(409).type('application/problem+json').send(problem(409, 'conflict', 'This already exists (for example, the email address is already in use). Check the details and try again.'));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply.status(500).type('application/problem+json').send(problem(500, 'internal', 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.'));
    }
    return reply.status(status).type('application/problem+json').send(problem(status, err.code?.toLowerCase() ?? 'bad_request', err.message));
  });

  app.setNotFoundHandler((req, reply) => {
    // The web app routes in the browser: any page that is not the API gets its index.html.
    if (opts.spaIndex && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).type('application/problem+json').send(problem(404, 'not_found', `There is nothing at ${req.method} ${req.url.split('?')[0]}.`));
  });
}

function fieldName(instancePath: string, context: string | undefined): string {
  const p = instancePath.replace(/^\//, '').replace(/\//g, '.');
  return p || context || 'body';
}
