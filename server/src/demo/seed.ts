import { eq, sql } from 'drizzle-orm';
import { ROLE_LABELS } from '@lanyard/core';
import type { PersonKind, SchoolRole } from '@lanyard/core';
import type { Database } from '../db/client.js';
import { accounts, trusts } from '../db/schema.js';
import { hashPassword } from '../auth/password.js';
import { createSchool } from '../schools/service.js';
import { createPerson, createTrustPerson, markLeft, setRoles } from '../people/service.js';
import { ALL_SAINTS, loadSeedSchools, SEED_SCHOOLS } from './seed-schools.js';
import { startDemoTrust } from './trust.js';

export const DEMO_PASSWORD = 'lanyard-demo-2026';
const DEMO_ADMIN = 'admin@northfield.example.org';

interface DemoPerson {
  school: 'oak' | 'river' | null;
  kind: PersonKind;
  given: string;
  family: string;
  email?: string;
  roles?: SchoolRole[];
  /** for people who work in both schools */
  alsoIn?: { school: 'oak' | 'river'; roles: SchoolRole[] };
  dob?: string;
  year?: string;
  childOf?: string[];
  leftOn?: string;
}

// Invented people. Pupils' birth dates put them in the year groups shown as of the 2026/27 year;
// one former pupil is 17, the age at which several seed policies still forbid friendship.
const PEOPLE: DemoPerson[] = [
  { school: 'oak', kind: 'employee', given: 'Helen', family: 'Carter', email: 'head@oakfield.example.org', roles: ['headteacher'] },
  { school: 'oak', kind: 'employee', given: 'Priya', family: 'Shah', email: 'dsl@oakfield.example.org', roles: ['dsl', 'slt'] },
  { school: 'oak', kind: 'employee', given: 'Tom', family: 'Evans', email: 'teacher@oakfield.example.org', roles: ['staff'] },
  { school: 'oak', kind: 'employee', given: 'Grace', family: 'Okafor', email: 'g.okafor@oakfield.example.org', roles: ['staff', 'social_team'] },
  { school: 'oak', kind: 'employee', given: 'Linda', family: 'Hughes', email: 'office@oakfield.example.org', roles: ['hr'] },
  { school: 'oak', kind: 'governor', given: 'Robert', family: 'Ames', email: 'chair@oakfield.example.org', roles: ['chair_of_governors'] },
  { school: 'oak', kind: 'governor', given: 'Nadia', family: 'Begum', email: 'governor@oakfield.example.org', roles: ['governor'] },
  { school: 'oak', kind: 'volunteer', given: 'Martin', family: 'Doyle', email: 'volunteer@oakfield.example.org', roles: ['volunteer'] },
  { school: 'river', kind: 'employee', given: 'Daniel', family: 'Osei', email: 'head@riverside.example.org', roles: ['headteacher'] },
  { school: 'river', kind: 'employee', given: 'Claire', family: 'Watson', email: 'dsl@riverside.example.org', roles: ['dsl'] },
  { school: 'river', kind: 'employee', given: 'Will', family: 'Turner', email: 'teacher@riverside.example.org', roles: ['staff', 'head_of_department'] },
  { school: null, kind: 'employee', given: 'Sam', family: 'Patel', email: 'it@northfield.example.org', roles: [], alsoIn: { school: 'oak', roles: ['tech_support'] } },
  { school: 'oak', kind: 'pupil', given: 'May', family: 'Chen', dob: '2018-03-14', year: 'Year 3' },
  { school: 'oak', kind: 'pupil', given: 'Oliver', family: 'Chen', dob: '2020-11-02', year: 'Year 1' },
  { school: 'oak', kind: 'pupil', given: 'Amira', family: 'Hassan', dob: '2016-07-21', year: 'Year 5' },
  { school: 'oak', kind: 'pupil', given: 'Jack', family: 'Wilson', dob: '2015-12-30', year: 'Year 6' },
  { school: 'oak', kind: 'pupil', given: 'Ellie', family: 'Brown', dob: '2009-05-09', year: 'Year 6', leftOn: '2020-07-22' },
  { school: 'river', kind: 'pupil', given: 'Noah', family: 'Taylor', dob: '2012-01-17', year: 'Year 9' },
  { school: 'river', kind: 'pupil', given: 'Sophie', family: 'Green', dob: '2010-09-30', year: 'Year 11' },
  { school: 'oak', kind: 'parent', given: 'Li', family: 'Chen', email: 'li.chen@example.com', childOf: ['May Chen', 'Oliver Chen'] },
  { school: 'oak', kind: 'parent', given: 'Yusuf', family: 'Hassan', childOf: ['Amira Hassan'] },
  { school: 'river', kind: 'parent', given: 'Emma', family: 'Taylor', email: 'emma.taylor@example.com', childOf: ['Noah Taylor'] },
];

export interface DemoSummary {
  password: string;
  people: { role: string; email: string }[];
}

/**
 * Loads the demo trust on a database that has no trust yet. Goes through the same services as
 * the app, as the demo trust administrator, so the demo's audit log reads like real use.
 */
export async function loadDemoIfEmpty(db: Database): Promise<DemoSummary | null> {
  const [{ n } = { n: 0 }] = await db.system.select({ n: sql<number>`count(*)::int` }).from(trusts);
  if (n > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const admin = await startDemoTrust(db, { name: 'Northfield Learning Trust', admin: ['Alex', 'Morgan', DEMO_ADMIN], passwordHash });
  const { trustId } = admin;
  await db.withTenant({ trustId, schoolIds: [], trustWide: true }, async (tx) => {
    const schools = {
      oak: (await createSchool(tx, admin, { name: 'Oakfield Primary School', shortName: 'Oakfield', town: 'Northfield', postcode: 'NF1 2AB' })).id,
      river: (await createSchool(tx, admin, { name: 'Riverside Academy', shortName: 'Riverside', town: 'Northfield', postcode: 'NF4 7CD' })).id,
    };
    const ids = new Map<string, string>();
    for (const p of PEOPLE) {
      const schoolId = p.school ? schools[p.school] : null;
      let id: string;
      if (schoolId) {
        const row = await createPerson(tx, admin, schoolId, {
          kind: p.kind,
          givenName: p.given,
          familyName: p.family,
          email: p.email ?? null,
          dateOfBirth: p.dob ?? null,
          yearGroup: p.year ?? null,
          childIds: p.childOf?.map((name) => ids.get(name)!),
          roles: p.roles,
        });
        id = row.id;
      } else {
        id = (await createTrustPerson(tx, admin, { kind: p.kind, givenName: p.given, familyName: p.family, email: p.email ?? null })).id;
      }
      ids.set(`${p.given} ${p.family}`, id);
      if (p.alsoIn) await setRoles(tx, admin, id, schools[p.alsoIn.school], p.alsoIn.roles);
      if (p.leftOn) await markLeft(tx, admin, id, p.leftOn);
      if (p.email && p.kind !== 'parent') {
        await tx.insert(accounts).values({ personId: id, trustId, email: p.email, passwordHash, status: 'active', activatedAt: new Date() });
      }
    }
  });
  await loadSeedSchools(db, admin, passwordHash);
  return demoSummary();
}

/** The demo sign-ins, when the demo trust is in this database (loaded now or on an earlier start). */
export async function demoSignIns(db: Database): Promise<DemoSummary | null> {
  const [admin] = await db.system.select({ id: accounts.personId }).from(accounts).where(eq(accounts.email, DEMO_ADMIN));
  return admin ? demoSummary() : null;
}

function demoSummary(): DemoSummary {
  const where = (s: DemoPerson['school']) => (s === 'oak' ? 'Oakfield' : s === 'river' ? 'Riverside' : 'trust');
  return {
    password: DEMO_PASSWORD,
    people: [
      { role: 'Trust administrator', email: DEMO_ADMIN },
      ...PEOPLE.filter((p) => p.email && p.kind !== 'parent').map((p) => ({
        role: `${[...(p.roles ?? []), ...(p.alsoIn?.roles ?? [])].map((r) => ROLE_LABELS[r]).join(', ')} (${where(p.alsoIn?.school ?? p.school)})`,
        email: p.email!,
      })),
      ...SEED_SCHOOLS.flatMap((s) => [
        { role: `Headteacher (${s.name})`, email: `head@${s.domain}.example.org` },
        { role: `Staff (${s.name})`, email: `teacher@${s.domain}.example.org` },
      ]),
      { role: `Trust administrator (${ALL_SAINTS.trust})`, email: 'admin@allsaints.example.org' },
      { role: `Headteacher (${ALL_SAINTS.school})`, email: 'head@allsaints.example.org' },
      { role: `Staff (${ALL_SAINTS.school})`, email: 'teacher@allsaints.example.org' },
    ],
  };
}
