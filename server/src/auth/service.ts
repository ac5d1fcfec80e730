import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '@lanyard/core';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { accounts, oneTimeTokens, people } from '../db/schema.js';
import { DomainError, Invalid, TooManyAttempts } from '../http/errors.js';
import { recordAudit, type AuditEntry } from '../audit/record.js';
import { hashToken, newToken } from '../security/tokens.js';
import { hashPassword, passwordMatches, passwordProblem } from './password.js';
import { accountKey, addressKey, clearFailures, delayFor, lockedFor, recordFailure } from './throttle.js';
import { actorFor, createSession, endAllSessions } from './sessions.js';

const WRONG = () => new DomainError(401, 'wrong_credentials', 'That email and password do not match an account. Check them and try again, or reset your password.');
const RESET_HOURS = 1;
const RESETS_PER_HOUR = 3;
export const INVITE_DAYS = 7;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function auditAsSystem(ctx: AppContext, entry: AuditEntry): Promise<void> {
  await ctx.db.system.transaction((tx) => recordAudit(tx as unknown as Tx, entry));
}

/**
 * Signs a person in. The answer is the same whether or not the email has an account; failures
 * are slowed and then locked per account and per address (auth/throttle.ts).
 */
export async function signIn(ctx: AppContext, input: { email: string; password: string; ip: string }): Promise<{ token: string; actor: Actor }> {
  const db = ctx.db.system;
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), addressKey(input.ip)];
  const wait = Math.max(...(await Promise.all(keys.map((k) => lockedFor(db, k)))));
  if (wait > 0) throw TooManyAttempts(wait);

  const [account] = await db
    .select({ personId: accounts.personId, trustId: accounts.trustId, hash: accounts.passwordHash, status: accounts.status })
    .from(accounts)
    .where(eq(accounts.email, email));
  const usable = account && account.status === 'active' ? account.hash : null;
  if (await passwordMatches(usable, input.password)) {
    await clearFailures(db, keys[0]!);
    const acct = account!;
    const token = await createSession(db, acct.trustId, acct.personId);
    await auditAsSystem(ctx, { trustId: acct.trustId, schoolId: null, actorPersonId: acct.personId, action: 'auth.signed_in', resourceType: 'person', resourceId: acct.personId, detail: { ip: input.ip } });
    return { token, actor: await actorFor(db, acct.trustId, acct.personId) };
  }

  const accountFailures = await recordFailure(db, keys[0]!, ctx.throttle.lockAccountAfter, ctx.throttle);
  const addressFailures = await recordFailure(db, keys[1]!, ctx.throttle.lockAddressAfter, ctx.throttle);
  if (account) {
    const locked = accountFailures >= ctx.throttle.lockAccountAfter;
    await auditAsSystem(ctx, { trustId: account.trustId, schoolId: null, actorPersonId: null, action: locked ? 'auth.account_locked' : 'auth.sign_in_failed', resourceType: 'person', resourceId: account.personId, detail: { ip: input.ip } });
  }
  await sleep(delayFor(Math.max(accountFailures, addressFailures), ctx.throttle));
  throw WRONG();
}

/** Always answers the same way; sends a link only when the email has an account. */
export async function requestPasswordReset(ctx: AppContext, emailTyped: string): Promise<void> {
  const email = emailTyped.trim().toLowerCase();
  const [account] = await ctx.db.system
    .select({ personId: accounts.personId, trustId: accounts.trustId, status: accounts.status, givenName: people.givenName, schoolId: people.schoolId })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.email, email));
  if (!account || account.status === 'disabled') return;
  // A few links an hour is plenty for a person; more would let anyone flood someone's inbox.
  const [recent] = await ctx.db.system
    .select({ n: sql<number>`count(*)::int` })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.personId, account.personId), eq(oneTimeTokens.purpose, 'reset'), gt(oneTimeTokens.createdAt, new Date(Date.now() - 3600_000))));
  if ((recent?.n ?? 0) >= RESETS_PER_HOUR) return;
  const { token, hash } = newToken();
  await ctx.db.system.transaction(async (t) => {
    const tx = t as unknown as Tx;
    await tx.insert(oneTimeTokens).values({ tokenHash: hash, trustId: account.trustId, personId: account.personId, purpose: 'reset', expiresAt: new Date(Date.now() + RESET_HOURS * 3600_000) });
    await ctx.mailer.queue(tx, {
      trustId: account.trustId,
      schoolId: account.schoolId,
      to: email,
      subject: 'Reset your Lanyard password',
      text: `Hello ${account.givenName},\n\nSomeone (we hope you) asked to reset your Lanyard password. Choose a new one here within ${RESET_HOURS} hour:\n\n${ctx.publicUrl}/reset-password#token=${token}\n\nIf it was not you, ignore this message: your password has not changed.\n`,
    });
    await recordAudit(tx, { trustId: account.trustId, schoolId: null, actorPersonId: null, action: 'auth.password_reset_requested', resourceType: 'person', resourceId: account.personId });
  });
  void ctx.mailer.deliver();
}

/** Uses a reset or invitation link once: sets the password and, for an invitation, activates the account. */
export async function redeemToken(ctx: AppContext, purpose: 'reset' | 'invite', token: string, password: string): Promise<{ token: string; actor: Actor }> {
  const db = ctx.db.system;
  const [row] = await db
    .select({ personId: oneTimeTokens.personId, trustId: oneTimeTokens.trustId, email: accounts.email, status: accounts.status })
    .from(oneTimeTokens)
    .innerJoin(accounts, eq(accounts.personId, oneTimeTokens.personId))
    .where(and(eq(oneTimeTokens.tokenHash, hashToken(token)), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, new Date())));
  if (!row || row.status === 'disabled') {
    throw new DomainError(400, 'link_expired', purpose === 'reset'
      ? 'This reset link has expired or was already used. Ask for a new one from the sign-in page.'
      : 'This invitation has expired or was already used. Ask your school office to invite you again.');
  }
  const problem = passwordProblem(password, row.email);
  if (problem) throw Invalid('password', problem);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    await tx.update(oneTimeTokens).set({ usedAt: new Date() }).where(eq(oneTimeTokens.tokenHash, hashToken(token)));
    await tx.update(accounts).set({ passwordHash, status: 'active', ...(row.status === 'invited' ? { activatedAt: new Date() } : {}) }).where(eq(accounts.personId, row.personId));
    await recordAudit(tx, { trustId: row.trustId, schoolId: null, actorPersonId: row.personId, action: purpose === 'reset' ? 'auth.password_reset' : 'auth.invitation_accepted', resourceType: 'person', resourceId: row.personId });
  });
  // a new password ends every other session, in case the old one was known to someone else
  await endAllSessions(db, row.personId);
  await clearFailures(db, accountKey(row.email));
  const session = await createSession(db, row.trustId, row.personId);
  return { token: session, actor: await actorFor(db, row.trustId, row.personId) };
}

export async function recordSignOut(ctx: AppContext, actor: Actor): Promise<void> {
  await auditAsSystem(ctx, { trustId: actor.trustId, schoolId: null, actorPersonId: actor.personId, action: 'auth.signed_out', resourceType: 'person', resourceId: actor.personId });
}
