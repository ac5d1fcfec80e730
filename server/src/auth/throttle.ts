import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { signInThrottles } from '../db/schema.js';

/**
 * Failed sign-ins are counted per account (by the email typed, whether or not it exists, so the
 * answer is the same either way) and per network address. Each failure after the first few
 * slows the answer; past a limit the key is locked for a while.
 */
export interface ThrottlePolicy {
  /** failures after which answers are slowed */
  slowAfter: number;
  /** the first slowed answer waits this long, doubling each time, up to maxDelayMs */
  baseDelayMs: number;
  maxDelayMs: number;
  lockAccountAfter: number;
  lockAddressAfter: number;
  lockMinutes: number;
  /** failures older than this are forgotten */
  windowMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  slowAfter: 3,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  lockAccountAfter: 8,
  lockAddressAfter: 50,
  lockMinutes: 15,
  windowMinutes: 15,
};

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** Seconds until the key unlocks, or 0 when it is not locked. */
export async function lockedFor(db: Db, key: string, now = new Date()): Promise<number> {
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key));
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts one failure; returns the failures now on record. */
export async function recordFailure(db: Db, key: string, limit: number, policy: ThrottlePolicy): Promise<number> {
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, lastFailureAt: new Date() })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`CASE WHEN ${signInThrottles.lastFailureAt} < now() - make_interval(mins => ${policy.windowMinutes}) THEN 1 ELSE ${signInThrottles.failures} + 1 END`,
        lastFailureAt: sql`now()`,
      },
    })
    .returning({ failures: signInThrottles.failures });
  const failures = row?.failures ?? 1;
  if (failures >= limit) {
    await db
      .update(signInThrottles)
      .set({ lockedUntil: sql`now() + make_interval(mins => ${policy.lockMinutes})`, failures: 0 })
      .where(eq(signInThrottles.key, key));
  }
  return failures;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

export function delayFor(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.slowAfter) return 0;
  return Math.min(policy.baseDelayMs * 2 ** (failures - policy.slowAfter - 1), policy.maxDelayMs);
}
