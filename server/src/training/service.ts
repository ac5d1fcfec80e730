import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { kindCanSignIn, type Actor, type PersonKind } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { people, roleAssignments, trainingRecords } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { authorize } from '../auth/authorize.js';
import { Invalid, NotFound } from '../http/errors.js';

export interface NewTraining {
  personId: string;
  course: string;
  completedOn: string;
  expiresOn?: string | null | undefined;
  evidence?: string | null | undefined;
}

export async function recordTraining(tx: Tx, actor: Actor, schoolId: string, input: NewTraining) {
  const [person] = await tx.select().from(people).where(eq(people.id, input.personId));
  if (!person) throw NotFound('That person');
  authorize(actor, 'training.manage', { trustId: person.trustId, schoolId });
  if (person.schoolId !== null && person.schoolId !== schoolId) throw Invalid('personId', 'This person belongs to another school.');
  if (!kindCanSignIn(person.kind as PersonKind)) throw Invalid('personId', 'Training is recorded for staff, governors, volunteers and contractors.');
  if (input.expiresOn && input.expiresOn < input.completedOn) throw Invalid('expiresOn', 'The expiry date is before the date the course was completed.');
  const [row] = await tx
    .insert(trainingRecords)
    .values({ trustId: person.trustId, schoolId: person.schoolId, personId: person.id, course: input.course, completedOn: input.completedOn, expiresOn: input.expiresOn ?? null, evidence: input.evidence ?? null, recordedBy: actor.personId })
    .returning();
  await recordAudit(tx, { trustId: person.trustId, schoolId: person.schoolId, actorPersonId: actor.personId, action: 'training.recorded', resourceType: 'person', resourceId: person.id, detail: { course: input.course, completedOn: input.completedOn, expiresOn: input.expiresOn ?? null } });
  return row!;
}

export interface TrainingCoverage {
  courses: string[];
  people: { id: string; name: string; roles: string[]; records: { course: string; completedOn: string; expiresOn: string | null; current: boolean; evidence: string | null }[] }[];
  byCourse: { course: string; current: number; expired: number; missing: number }[];
}

/** Everyone who signs in at the school, with their training; a course counts while unexpired. */
export async function trainingCoverage(tx: Tx, schoolId: string, today: string): Promise<TrainingCoverage> {
  const staff = await tx
    .select({ id: people.id, given: people.givenName, family: people.familyName, kind: people.kind })
    .from(people)
    .where(and(isNull(people.leftOn), or(eq(people.schoolId, schoolId), and(isNull(people.schoolId), sql`EXISTS (SELECT 1 FROM role_assignments r WHERE r.person_id = ${people.id} AND r.school_id = ${schoolId})`))))
    .orderBy(asc(people.familyName), asc(people.givenName));
  const members = staff.filter((p) => kindCanSignIn(p.kind as PersonKind));
  const ids = members.map((m) => m.id);
  const records = ids.length ? await tx.select().from(trainingRecords).where(inArray(trainingRecords.personId, ids)).orderBy(asc(trainingRecords.completedOn)) : [];
  const roles = ids.length ? await tx.select({ personId: roleAssignments.personId, role: roleAssignments.role }).from(roleAssignments).where(and(inArray(roleAssignments.personId, ids), eq(roleAssignments.schoolId, schoolId))) : [];
  const courses = [...new Set(records.map((r) => r.course))].sort();
  const current = (r: (typeof records)[number]) => !r.expiresOn || r.expiresOn >= today;
  const peopleView = members.map((m) => ({
    id: m.id,
    name: `${m.given} ${m.family}`,
    roles: roles.filter((r) => r.personId === m.id).map((r) => r.role),
    records: records.filter((r) => r.personId === m.id).map((r) => ({ course: r.course, completedOn: r.completedOn, expiresOn: r.expiresOn, current: current(r), evidence: r.evidence })),
  }));
  return {
    courses,
    people: peopleView,
    byCourse: courses.map((course) => {
      const status = peopleView.map((p) => {
        const mine = p.records.filter((r) => r.course === course);
        return mine.some((r) => r.current) ? 'current' : mine.length ? 'expired' : 'missing';
      });
      return { course, current: status.filter((s) => s === 'current').length, expired: status.filter((s) => s === 'expired').length, missing: status.filter((s) => s === 'missing').length };
    }),
  };
}
