// The second fence: row-level security confines a person's queries to their trust and schools
// even when the application forgets to filter. These tests go around the application on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { aPerson, databaseError, testApp, twoTrusts, type TestApp } from '../../test/helper.js';
import { auditEvents, people, schools, sessions } from './schema.js';
import { peopleInSchool } from '../people/queries.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let inSchool: string, inSibling: string, inForeign: string, trustLevel: string;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  inSchool = (await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] })).id;
  inSibling = (await aPerson(t.db, { trustId: w.trust, schoolId: w.sibling, roles: ['staff'] })).id;
  inForeign = (await aPerson(t.db, { trustId: w.otherTrust, schoolId: w.foreign, roles: ['staff'] })).id;
  trustLevel = (await aPerson(t.db, { trustId: w.trust, schoolId: null, roles: ['trust_admin'] })).id;
});
afterAll(() => t.close());

const oneSchool = () => ({ trustId: w.trust, schoolIds: [w.school], trustWide: false });

describe('row-level security', () => {
  it('shows a school-scoped person only their school\u2019s people and trust-level people, with no filter in the query', async () => {
    const ids = await t.db.withTenant(oneSchool(), async (tx) => (await tx.select({ id: people.id }).from(people)).map((r) => r.id));
    expect(ids).toContain(inSchool);
    expect(ids).toContain(trustLevel);
    expect(ids).not.toContain(inSibling);
    expect(ids).not.toContain(inForeign);
  });

  it('returns nothing when a query asks for another school by id', async () => {
    const rows = await t.db.withTenant(oneSchool(), (tx) => peopleInSchool(tx, { schoolId: w.sibling, includeLeft: true }));
    expect(rows).toEqual([]);
  });

  it('shows a trust-wide person every school of their trust and none of another trust', async () => {
    const ids = await t.db.withTenant({ trustId: w.trust, schoolIds: [], trustWide: true }, async (tx) => (await tx.select({ id: schools.id }).from(schools)).map((r) => r.id));
    expect(ids.sort()).toEqual([w.school, w.sibling].sort());
  });

  it('refuses to write a row into another trust', async () => {
    expect(await databaseError(t.db.withTenant(oneSchool(), (tx) => tx.insert(people).values({ trustId: w.otherTrust, schoolId: w.foreign, kind: 'employee', givenName: 'Evil', familyName: 'Twin' })))).toMatch(/row-level security/);
  });

  it('refuses to move a person into a school outside the scope', async () => {
    expect(await databaseError(t.db.withTenant(oneSchool(), (tx) => tx.update(people).set({ schoolId: w.sibling }).where(sql`${people.id} = ${inSchool}`)))).toMatch(/row-level security/);
  });

  it('sees nothing at all with no trust in scope', async () => {
    const rows = await t.db.withTenant({ trustId: '00000000-0000-0000-0000-000000000000', schoolIds: [], trustWide: true }, (tx) => tx.select().from(people));
    expect(rows).toEqual([]);
  });

  it('gives the application role no access to sessions', async () => {
    expect(await databaseError(t.db.withTenant(oneSchool(), (tx) => tx.select().from(sessions)))).toMatch(/permission denied/);
  });
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE and DELETE to the application role', async () => {
    expect(await databaseError(t.db.withTenant(oneSchool(), (tx) => tx.update(auditEvents).set({ action: 'rewritten' })))).toMatch(/permission denied/);
    expect(await databaseError(t.db.withTenant(oneSchool(), (tx) => tx.delete(auditEvents)))).toMatch(/permission denied/);
  });

  it('refuses UPDATE and DELETE even to the owner', async () => {
    await t.db.system.execute(sql`INSERT INTO audit_events (id, trust_id, seq, action, resource_type, occurred_at, prev_hash, hash) VALUES (gen_random_uuid(), ${w.trust}, 999, 'test', 'test', now(), 'x', 'y')`);
    expect(await databaseError(t.db.system.execute(sql`UPDATE audit_events SET action = 'rewritten'`))).toMatch(/append-only/);
    expect(await databaseError(t.db.system.execute(sql`DELETE FROM audit_events`))).toMatch(/append-only/);
  });
});
