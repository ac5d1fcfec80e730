import { and, eq, gt, lt } from 'drizzle-orm';
import type { Actor, SchoolRole, TrustRole } from '@lanyard/core';
import { isTrustRole, type Role } from '@lanyard/core';
import type { Db, TenantScope } from '../db/client.js';
import { accounts, roleAssignments, sessions } from '../db/schema.js';
import { hashToken, newToken } from '../security/tokens.js';

export const SESSION_COOKIE = 'lanyard_session';
/** A session lasts a working day; signing in again after that is a small price for a shared staffroom PC. */
export const SESSION_HOURS = 12;

export async function createSession(db: Db, trustId: string, personId: string): Promise<string> {
  const { token, hash } = newToken();
  await db.insert(sessions).values({
    tokenHash: hash,
    trustId,
    personId,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
  });
  // Expired sessions are removed as new ones are made, so the table does not grow without end.
  await db.delete(sessions).where(and(eq(sessions.personId, personId), lt(sessions.expiresAt, new Date())));
  return token;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function endAllSessions(db: Db, personId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.personId, personId));
}

/** The person behind a session cookie, with their roles as they are now; null if not signed in. */
export async function actorForSession(db: Db, token: string): Promise<Actor | null> {
  const now = new Date();
  const [row] = await db
    .select({ personId: sessions.personId, trustId: sessions.trustId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.personId, sessions.personId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(accounts.status, 'active')));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 5 * 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hashToken(token)));
  }
  return actorFor(db, row.trustId, row.personId);
}

export async function actorFor(db: Db, trustId: string, personId: string): Promise<Actor> {
  const roles = await db
    .select({ schoolId: roleAssignments.schoolId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.trustId, trustId)));
  const trustRoles: TrustRole[] = [];
  const schoolRoles: Record<string, SchoolRole[]> = {};
  for (const r of roles) {
    const role = r.role as Role;
    if (isTrustRole(role)) trustRoles.push(role);
    else if (r.schoolId) (schoolRoles[r.schoolId] ??= []).push(role);
  }
  return { personId, trustId, trustRoles, schoolRoles };
}

/** The row-level security scope for an actor: their trust, their schools, trust-wide if a trust role. */
export function scopeOf(actor: Actor): TenantScope {
  return { trustId: actor.trustId, schoolIds: Object.keys(actor.schoolRoles), trustWide: actor.trustRoles.length > 0 };
}

