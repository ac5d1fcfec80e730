import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { policies, policyVersions } from '../db/schema.js';

export type PolicyRow = typeof policies.$inferSelect;
export type VersionRow = typeof policyVersions.$inferSelect;

/** The policies that apply in a school: its own and its trust's. */
export function policiesForSchool(tx: Tx, schoolId: string): Promise<PolicyRow[]> {
  return tx.select().from(policies).where(or(eq(policies.schoolId, schoolId), isNull(policies.schoolId))).orderBy(asc(policies.title));
}

export function trustPolicies(tx: Tx): Promise<PolicyRow[]> {
  return tx.select().from(policies).where(isNull(policies.schoolId)).orderBy(asc(policies.title));
}

export async function policyById(tx: Tx, id: string): Promise<PolicyRow | undefined> {
  const [row] = await tx.select().from(policies).where(eq(policies.id, id));
  return row;
}

export function versionsOf(tx: Tx, policyId: string): Promise<VersionRow[]> {
  return tx.select().from(policyVersions).where(eq(policyVersions.policyId, policyId)).orderBy(desc(policyVersions.versionNo));
}

export async function versionById(tx: Tx, id: string): Promise<VersionRow | undefined> {
  const [row] = await tx.select().from(policyVersions).where(eq(policyVersions.id, id));
  return row;
}

export async function ratifiedVersion(tx: Tx, policyId: string): Promise<VersionRow | undefined> {
  const [row] = await tx.select().from(policyVersions).where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.status, 'ratified')));
  return row;
}
