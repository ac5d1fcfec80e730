import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * All configuration comes from the environment, read and validated here once.
 * Defaults work on a laptop: the embedded database in ./data, port 3000, mail to the outbox.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LANYARD_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Lanyard <no-reply@lanyard.local>'),
  LANYARD_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes); make one with: openssl rand -hex 32')
    .optional(),
  PUBLIC_URL: z.string().url('must be a full URL such as https://lanyard.example.org').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LANYARD_DEMO: z.enum(['auto', 'off']).default('auto'),
  LANYARD_MEANING: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  secretKey: Buffer;
  publicUrl: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  loadDemo: boolean;
  /** the checker's reading of meaning: a sentence encoder on a worker thread (about 150 MB more memory) */
  meaning: boolean;
  trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Reads the environment; throws a ConfigError naming every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Lanyard cannot start: the environment is not right.\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LANYARD_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secretKey: resolveSecretKey(e.LANYARD_SECRET_KEY, e.DATABASE_URL, dataDir),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    loadDemo: e.LANYARD_DEMO === 'auto',
    meaning: e.LANYARD_MEANING === 'on',
    trustProxy: e.TRUST_PROXY === 'true',
  };
}

/**
 * The key that encrypts data at rest. On the embedded database it is generated once into the
 * data folder (beside the data it protects, which is what a laptop install can do); with a real
 * server it must be given, because the database and the app may not share a disk.
 */
function resolveSecretKey(given: string | undefined, databaseUrl: string | undefined, dataDir: string): Buffer {
  if (given) return Buffer.from(given, 'hex');
  if (databaseUrl) {
    throw new ConfigError(
      'Lanyard cannot start: the environment is not right.\n  LANYARD_SECRET_KEY: required when DATABASE_URL is set; make one with: openssl rand -hex 32',
    );
  }
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new ConfigError(`Lanyard cannot start: ${file} is not a 64-character hex key.`);
    return Buffer.from(hex, 'hex');
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 });
  return key;
}
