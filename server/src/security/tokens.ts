import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or a link; only its hash is stored, so a database leak signs no one in. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
