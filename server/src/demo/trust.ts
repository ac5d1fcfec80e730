import type { Actor } from '@lanyard/core';
import type { Database, Tx } from '../db/client.js';
import { accounts, people, roleAssignments, trusts } from '../db/schema.js';
import { recordAudit, startAuditChain } from '../audit/record.js';

/** A trust with its first administrator, signed up as the app would do it. */
export async function startDemoTrust(db: Database, spec: { name: string; admin: [string, string, string]; passwordHash: string }): Promise<Actor> {
  const [given, family, email] = spec.admin;
  return db.system.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [trust] = await tx.insert(trusts).values({ name: spec.name }).returning({ id: trusts.id });
    const trustId = trust!.id;
    await startAuditChain(tx, trustId);
    const [row] = await tx.insert(people).values({ trustId, schoolId: null, kind: 'employee', givenName: given, familyName: family, email }).returning({ id: people.id });
    await tx.insert(accounts).values({ personId: row!.id, trustId, email, passwordHash: spec.passwordHash, status: 'active', activatedAt: new Date() });
    await tx.insert(roleAssignments).values({ trustId, personId: row!.id, schoolId: null, role: 'trust_admin' });
    await recordAudit(tx, { trustId, schoolId: null, actorPersonId: row!.id, action: 'trust.created', resourceType: 'trust', resourceId: trustId, detail: { name: spec.name, demo: true } });
    return { personId: row!.id, trustId, trustRoles: ['trust_admin'], schoolRoles: {} } satisfies Actor;
  });
}

