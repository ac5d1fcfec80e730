/**
 * What pino must never write: credentials, tokens and the personal data people type into forms.
 * Request bodies are not logged at all; these paths catch headers and anything logged by hand.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.email',
  '*.secretKey',
  '*.databaseUrl',
  '*.smtpUrl',
  'err.config',
];

/**
 * Request logs keep the method and path but not the query string: a search box's words
 * (`?q=May Chen`) are personal data.
 */
export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}
