import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { kindCanSignIn, rosterWithNicknames, type PersonKind, type Roster } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { people, roleAssignments, schools } from '../db/schema.js';
import { NotFound } from '../http/errors.js';
import { schoolWordsOf } from './words-service.js';

/**
 * A school's roster in the shape the checker (and its command line) reads: the school's own
 * details and nicknames, its current pupils with year and photo consent, and the adults who work
 * there, each with the nicknames the school knows them by (aka).
 */
export async function rosterOf(tx: Tx, schoolId: string): Promise<Roster> {
  const roster = await plainRosterOf(tx, schoolId);
  return rosterWithNicknames(roster, (await schoolWordsOf(tx, schoolId)).nicknames);
}

/** The roster without the school's nicknames, which the checker adds with the rest of its words. */
export async function plainRosterOf(tx: Tx, schoolId: string): Promise<Roster> {
  const [school] = await tx.select().from(schools).where(eq(schools.id, schoolId));
  if (!school) throw NotFound('That school');
  const rows = await tx
    .select({ id: people.id, given: people.givenName, family: people.familyName, kind: people.kind, dob: people.dateOfBirth, year: people.yearGroup, consent: people.photoConsent })
    .from(people)
    .where(
      and(
        isNull(people.leftOn),
        or(eq(people.schoolId, schoolId), and(isNull(people.schoolId), sql`EXISTS (SELECT 1 FROM role_assignments r WHERE r.person_id = ${people.id} AND r.school_id = ${schoolId})`)),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName));
  const roles = await tx.select({ personId: roleAssignments.personId, role: roleAssignments.role }).from(roleAssignments).where(eq(roleAssignments.schoolId, schoolId));
  return {
    school: { name: school.name, short: school.shortName ?? school.name, town: school.town ?? '', postcode: school.postcode ?? '' },
    pupils: rows.filter((r) => r.kind === 'pupil').map((r) => ({ given: r.given, family: r.family, dob: r.dob ?? '', year: r.year ?? '', photoConsent: r.consent })),
    staff: rows
      .filter((r) => kindCanSignIn(r.kind as PersonKind))
      .map((r) => ({ given: r.given, family: r.family, role: roles.find((x) => x.personId === r.id)?.role ?? r.kind })),
  };
}

/** Changes whenever a person of the school is added, edited or leaves: the cache key of its checker. */
export async function rosterVersion(tx: Tx, schoolId: string): Promise<string> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int`, latest: sql<string>`coalesce(max(${people.updatedAt})::text, '')` })
    .from(people)
    .where(or(eq(people.schoolId, schoolId), isNull(people.schoolId)));
  const [school] = await tx.select({ name: schools.name, short: schools.shortName, town: schools.town, postcode: schools.postcode }).from(schools).where(eq(schools.id, schoolId));
  return `${row?.n}:${row?.latest}:${JSON.stringify(school)}`;
}
