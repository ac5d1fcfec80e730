import { eq } from 'drizzle-orm';
import type { Actor } from '@lanyard/core';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { accounts, people, roleAssignments, trusts } from '../db/schema.js';
import { recordAudit, startAuditChain } from '../audit/record.js';
import { Conflict, Invalid } from '../http/errors.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { actorFor, createSession } from '../auth/sessions.js';

export interface NewTrust {
  trustName: string;
  givenName: string;
  familyName: string;
  email: string;
  password: string;
}

/**
 * Starts a trust (a standalone school is a trust of one) with the person creating it as its
 * first trust administrator, signed in. Runs as the owner: there is no tenant until it exists.
 */
export async function createTrust(ctx: AppContext, input: NewTrust): Promise<{ token: string; actor: Actor; trustId: string }> {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw Invalid('password', problem);
  const [taken] = await ctx.db.system.select({ id: accounts.personId }).from(accounts).where(eq(accounts.email, input.email));
  if (taken) throw Conflict('That email already has a Lanyard account. Sign in, or reset your password, instead.');
  const passwordHash = await hashPassword(input.password);
  const ids = await ctx.db.system.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [trust] = await tx.insert(trusts).values({ name: input.trustName }).returning({ id: trusts.id });
    const trustId = trust!.id;
    await startAuditChain(tx, trustId);
    const [person] = await tx
      .insert(people)
      .values({ trustId, schoolId: null, kind: 'employee', givenName: input.givenName, familyName: input.familyName, email: input.email })
      .returning({ id: people.id });
    const personId = person!.id;
    await tx.insert(accounts).values({ personId, trustId, email: input.email, passwordHash, status: 'active', activatedAt: new Date() });
    await tx.insert(roleAssignments).values({ trustId, personId, schoolId: null, role: 'trust_admin' });
    await recordAudit(tx, { trustId, schoolId: null, actorPersonId: personId, action: 'trust.created', resourceType: 'trust', resourceId: trustId, detail: { name: input.trustName } });
    await recordAudit(tx, { trustId, schoolId: null, actorPersonId: personId, action: 'role.granted', resourceType: 'person', resourceId: personId, detail: { role: 'trust_admin' } });
    return { trustId, personId };
  });
  const token = await createSession(ctx.db.system, ids.trustId, ids.personId);
  return { token, actor: await actorFor(ctx.db.system, ids.trustId, ids.personId), trustId: ids.trustId };
}
