import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { accounts, parentLinks, people, roleAssignments } from '../db/schema.js';

export type PersonRow = typeof people.$inferSelect;

export interface PeopleFilter {
  schoolId: string;
  kind?: string | undefined;
  search?: string | undefined;
  includeLeft: boolean;
}

/** People of a school: those who belong to it, and trust-level people who hold a role in it. */
export async function peopleInSchool(tx: Tx, f: PeopleFilter): Promise<PersonRow[]> {
  const conds: SQL[] = [
    or(
      eq(people.schoolId, f.schoolId),
      and(isNull(people.schoolId), sql`EXISTS (SELECT 1 FROM role_assignments r WHERE r.person_id = ${people.id} AND r.school_id = ${f.schoolId})`),
    )!,
  ];
  if (f.kind) conds.push(eq(people.kind, f.kind));
  if (!f.includeLeft) conds.push(isNull(people.leftOn));
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    conds.push(or(ilike(people.givenName, like), ilike(people.familyName, like), ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like), ilike(people.email, like))!);
  }
  return tx.select().from(people).where(and(...conds)).orderBy(asc(people.familyName), asc(people.givenName)).limit(2000);
}

export async function trustLevelPeople(tx: Tx): Promise<PersonRow[]> {
  return tx.select().from(people).where(isNull(people.schoolId)).orderBy(asc(people.familyName), asc(people.givenName));
}

export async function personById(tx: Tx, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(people).where(eq(people.id, id));
  return row;
}

export async function rolesOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return tx
    .select({ personId: roleAssignments.personId, schoolId: roleAssignments.schoolId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(inArray(roleAssignments.personId, personIds));
}

export async function accountsOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return tx.select({ personId: accounts.personId, status: accounts.status }).from(accounts).where(inArray(accounts.personId, personIds));
}

export async function familyLinksOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return tx
    .select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId, relationship: parentLinks.relationship })
    .from(parentLinks)
    .where(or(inArray(parentLinks.parentId, personIds), inArray(parentLinks.pupilId, personIds)));
}

export async function namesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: people.id, given: people.givenName, family: people.familyName }).from(people).where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, `${r.given} ${r.family}`]));
}
