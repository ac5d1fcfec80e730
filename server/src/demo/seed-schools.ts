import type { Actor, SchoolRole } from '@lanyard/core';
import type { Database, Tx } from '../db/client.js';
import { accounts } from '../db/schema.js';
import { createSchool } from '../schools/service.js';
import { createPerson } from '../people/service.js';
import { createPolicy, ratify, submitForRatification } from '../policies/service.js';
import { startDemoTrust } from './trust.js';

/**
 * One demo school per built-in pack, named as in its seed, with its policy from that pack, so each
 * seed school's answers can be tried at once. St Bartholomew's policy is a draft awaiting
 * ratification, as its seed says; All Saints' is a trust policy, in a trust of its own.
 */
interface SeedSchool {
  pack: string;
  name: string;
  domain: string;
  policy: { title: string; committee: string; responsible: string; reviewMonths: number; status: 'ratified' | 'awaiting_ratification'; ratifiedOn?: string };
}

export const SEED_SCHOOLS: SeedSchool[] = [
  { pack: 'belsteads', name: 'The Belsteads School', domain: 'belsteads', policy: { title: 'Social Media Policy', committee: 'Full Governing Body', responsible: 'Headteacher', reviewMonths: 24, status: 'ratified', ratifiedOn: '2025-09-10' } },
  { pack: 'wigan', name: 'Wigan Council Model School', domain: 'wigan', policy: { title: 'Social Media Policy for School Employees', committee: 'Full Governing Body', responsible: 'Headteacher', reviewMonths: 24, status: 'ratified', ratifiedOn: '2025-11-20' } },
  { pack: 'cambois', name: 'Cambois Primary School', domain: 'cambois', policy: { title: 'Social Media Policy', committee: 'Governing Body', responsible: 'Headteacher', reviewMonths: 12, status: 'ratified', ratifiedOn: '2026-03-04' } },
  { pack: 'st-bartholomews', name: "Great Harwood St Bartholomew's Parish C of E Aided Primary School", domain: 'stbartholomews', policy: { title: 'Social Media Policy', committee: 'Governors', responsible: 'Social Team', reviewMonths: 12, status: 'awaiting_ratification' } },
];

export const ALL_SAINTS = {
  trust: 'All Saints Multi Academy Trust',
  school: 'All Saints Academy',
  policy: { title: 'Use of Social Media Policy', committee: 'Trust Board', responsible: 'Trust Network Manager', reviewMonths: 12, ratifiedOn: '2022-09-01' },
};

async function headAndTeacher(tx: Tx, admin: Actor, schoolId: string, domain: string, passwordHash: string): Promise<string[]> {
  const made: string[] = [];
  for (const [given, family, local, role] of [
    ['Jordan', 'Reeves', 'head', 'headteacher'],
    ['Sam', 'Okoro', 'teacher', 'staff'],
  ] as [string, string, string, SchoolRole][]) {
    const email = `${local}@${domain}.example.org`;
    const person = await createPerson(tx, admin, schoolId, { kind: 'employee', givenName: given, familyName: family, email, roles: [role] });
    await tx.insert(accounts).values({ personId: person.id, trustId: admin.trustId, email, passwordHash, status: 'active', activatedAt: new Date() });
    made.push(email);
  }
  return made;
}

export async function loadSeedSchools(db: Database, admin: Actor, passwordHash: string): Promise<void> {
  await db.withTenant({ trustId: admin.trustId, schoolIds: [], trustWide: true }, async (tx) => {
    for (const s of SEED_SCHOOLS) {
      const school = await createSchool(tx, admin, { name: s.name });
      await headAndTeacher(tx, admin, school.id, s.domain, passwordHash);
      const { version } = await createPolicy(tx, admin, { schoolId: school.id, title: s.policy.title, startFrom: s.pack, governingCommittee: s.policy.committee, responsibleTitle: s.policy.responsible, reviewMonths: s.policy.reviewMonths });
      await submitForRatification(tx, admin, version.id);
      if (s.policy.status === 'ratified') await ratify(tx, admin, version.id, s.policy.ratifiedOn!);
    }
  });

  const allSaintsAdmin = await startDemoTrust(db, { name: ALL_SAINTS.trust, admin: ['Morgan', 'Hale', 'admin@allsaints.example.org'], passwordHash });
  await db.withTenant({ trustId: allSaintsAdmin.trustId, schoolIds: [], trustWide: true }, async (tx) => {
    const school = await createSchool(tx, allSaintsAdmin, { name: ALL_SAINTS.school });
    await headAndTeacher(tx, allSaintsAdmin, school.id, 'allsaints', passwordHash);
    const p = ALL_SAINTS.policy;
    const { version } = await createPolicy(tx, allSaintsAdmin, { schoolId: null, title: p.title, startFrom: 'all-saints', governingCommittee: p.committee, responsibleTitle: p.responsible, reviewMonths: p.reviewMonths });
    await submitForRatification(tx, allSaintsAdmin, version.id);
    await ratify(tx, allSaintsAdmin, version.id, p.ratifiedOn);
  });
}
