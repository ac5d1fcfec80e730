import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { kindCanSignIn, parsePack, type PersonKind } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { people, roleAssignments } from '../db/schema.js';
import type { VersionRow } from '../policies/queries.js';

export interface AudienceMember {
  id: string;
  name: string;
  kind: PersonKind;
  email: string | null;
  schoolId: string | null;
  roles: string[];
  /** the day they were added: someone new gets their own time to read the policy */
  joinedOn: string;
}

/**
 * Who a version applies to in one school: the kinds of people its pack names (everyone who signs
 * in when it has no pack), who belong to the school or hold a role in it. Pupils and parents,
 * who never sign in, acknowledge on paper and are not counted here.
 */
export async function audienceOf(tx: Tx, schoolId: string, version: VersionRow): Promise<AudienceMember[]> {
  const parsed = version.packYaml ? parsePack(version.packYaml) : null;
  const kinds = (parsed?.ok ? parsed.pack.appliesTo : (['employee', 'governor', 'volunteer', 'contractor', 'placement_student', 'agency_staff'] as PersonKind[])).filter(kindCanSignIn);
  if (kinds.length === 0) return [];
  const rows = await tx
    .select({ id: people.id, given: people.givenName, family: people.familyName, kind: people.kind, email: people.email, schoolId: people.schoolId, createdAt: people.createdAt })
    .from(people)
    .where(
      and(
        inArray(people.kind, kinds),
        isNull(people.leftOn),
        or(
          eq(people.schoolId, schoolId),
          and(isNull(people.schoolId), sql`EXISTS (SELECT 1 FROM role_assignments r WHERE r.person_id = ${people.id} AND r.school_id = ${schoolId})`),
        ),
      ),
    );
  const roles = rows.length
    ? await tx
        .select({ personId: roleAssignments.personId, role: roleAssignments.role })
        .from(roleAssignments)
        .where(and(inArray(roleAssignments.personId, rows.map((r) => r.id)), or(eq(roleAssignments.schoolId, schoolId), isNull(roleAssignments.schoolId))))
    : [];
  return rows
    .map((r) => ({ id: r.id, name: `${r.given} ${r.family}`, kind: r.kind as PersonKind, email: r.email, schoolId: r.schoolId, roles: roles.filter((x) => x.personId === r.id).map((x) => x.role), joinedOn: r.createdAt.toISOString().slice(0, 10) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
