import type { FastifyBaseLogger } from 'fastify';
import type { Encode } from '@lanyard/core';
import type { Database } from './db/client.js';
import type { Mailer } from './mail/mailer.js';
import type { Sealer } from './security/encryption.js';
import type { ThrottlePolicy } from './auth/throttle.js';

/** What route modules need from the running app; built once in app.ts. */
export interface AppContext {
  db: Database;
  mailer: Mailer;
  sealer: Sealer;
  throttle: ThrottlePolicy;
  /** the address people use to reach Lanyard, for links in mail */
  publicUrl: string;
  log: FastifyBaseLogger;
  /** the sentence encoder for the checker's reading of meaning; absent when it is off */
  meaning?: Encode | undefined;
}
