import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { schools } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { Conflict, NotFound } from '../http/errors.js';

export type SchoolRow = typeof schools.$inferSelect;
export interface SchoolInput {
  name: string;
  shortName?: string | null | undefined;
  town?: string | null | undefined;
  postcode?: string | null | undefined;
}

export async function visibleSchools(tx: Tx, actor: Actor): Promise<SchoolRow[]> {
  const ids = Object.keys(actor.schoolRoles);
  if (actor.trustRoles.length === 0 && ids.length === 0) return [];
  return tx
    .select()
    .from(schools)
    .where(actor.trustRoles.length > 0 ? eq(schools.trustId, actor.trustId) : inArray(schools.id, ids))
    .orderBy(asc(schools.name));
}

export async function schoolById(tx: Tx, id: string): Promise<SchoolRow> {
  const [row] = await tx.select().from(schools).where(eq(schools.id, id));
  if (!row) throw NotFound('That school');
  return row;
}

export async function createSchool(tx: Tx, actor: Actor, input: SchoolInput): Promise<SchoolRow> {
  const [dup] = await tx.select({ id: schools.id }).from(schools).where(eq(schools.name, input.name));
  if (dup) throw Conflict(`Your trust already has a school called ${input.name}.`);
  const [row] = await tx.insert(schools).values({ trustId: actor.trustId, ...input }).returning();
  await recordAudit(tx, { trustId: actor.trustId, schoolId: row!.id, actorPersonId: actor.personId, action: 'school.created', resourceType: 'school', resourceId: row!.id, detail: { ...input } });
  return row!;
}

export async function updateSchool(tx: Tx, actor: Actor, id: string, input: Partial<SchoolInput>): Promise<SchoolRow> {
  const before = await schoolById(tx, id);
  const [row] = await tx.update(schools).set(input).where(eq(schools.id, id)).returning();
  const changed = Object.fromEntries(Object.entries(input).filter(([k, v]) => before[k as keyof SchoolRow] !== v));
  await recordAudit(tx, { trustId: actor.trustId, schoolId: id, actorPersonId: actor.personId, action: 'school.updated', resourceType: 'school', resourceId: id, detail: changed });
  return row!;
}
