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
