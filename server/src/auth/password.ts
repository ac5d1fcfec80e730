import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended setting (m=19 MiB, t=2, p=1): strong, and quick
// enough on a 2-core school server that sign-in does not queue.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  // With no account (or no password yet) we still spend the same work, so the time taken
  // does not tell an attacker whether the email exists.
  const target = stored ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hash('not a real password: equalises timing', OPTIONS);
  return dummy;
}

/** The one password rule, in words a person can act on; null when the password is fine. */
export function passwordProblem(password: string, email: string | null): string | null {
  if (password.length < 10) return 'Use at least 10 characters.';
  if (password.length > 200) return 'Use at most 200 characters.';
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0] ?? '\u0000')) {
    return 'Do not use your email address in your password.';
  }
  return null;
}
