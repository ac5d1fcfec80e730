// The policy clause on each finding comes from the pack of the school's policy in force.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, aPolicy, aSchool, aTrust, Client, signedIn, testApp, type TestApp } from '../../test/helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** A school with a teacher signed in and a pupil, May Chen, in Year 3. */
async function aSchoolWithATeacher(trustId: string): Promise<{ school: string; teacher: Client }> {
  const school = await aSchool(t.db, trustId);
  await aPerson(t.db, { trustId, schoolId: school, kind: 'pupil', givenName: 'May', familyName: 'Chen', yearGroup: 'Year 3' });
  const teacher = (await signedIn(t, { trustId, schoolId: school, roles: ['staff'] })).client;
  return { school, teacher };
}

const pupilFinding = async (teacher: Client, school: string, kind = 'official_post') => {
  const res = await teacher.post(`/api/schools/${school}/check`, { text: 'Well done May Chen for her brilliant poem!', kind });
  expect(res.status).toBe(200);
  return res.body.findings.find((f: { category: string }) => f.category === 'pupil_name');
};

describe('policy clauses on the checker\u2019s findings', () => {
  it('gives a finding the clause its school\u2019s pack in force names for it: the anchor and the clause\u2019s words', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: school, builtin: 'st-bartholomews' });
    expect(await pupilFinding(teacher, school)).toMatchObject({ severity: 'block', clause: 'official-school-accounts: speak generally about the achievements of students.' });
  });

  it('names the policy version the clauses are quoted from, so the page can link to them; none without a clause', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: school, builtin: 'st-bartholomews' });
    const withClause = await teacher.post(`/api/schools/${school}/check`, { text: 'Well done May Chen!', kind: 'official_post' });
    const inForce = (await teacher.get(`/api/schools/${school}/policies`)).body;
    expect(withClause.body.policyVersionId).toEqual(expect.any(String));
    expect(JSON.stringify(inForce)).toContain(withClause.body.policyVersionId);
    const clean = await teacher.post(`/api/schools/${school}/check`, { text: 'Lovely sports day!', kind: 'official_post' });
    expect(clean.body).toEqual({ findings: [], policyVersionId: null, meaning: 'off' });
  });

  it('takes the clause for the kind of text: the same name in a staff member\u2019s own post comes under another clause', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: school, builtin: 'st-bartholomews' });
    expect((await pupilFinding(teacher, school, 'personal_post')).clause).toMatch(/^social-media-use-by-staff: Staff are expected not to discuss/);
  });

  it('gives no clause where the pack says nothing of the category', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: school, builtin: 'cambois' });
    const finding = await pupilFinding(teacher, school);
    expect(finding).toBeDefined();
    expect(finding).not.toHaveProperty('clause');
  });

  it('gives no clause while the school\u2019s policy is only a draft', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: school, builtin: 'st-bartholomews', status: 'draft' });
    expect(await pupilFinding(teacher, school)).not.toHaveProperty('clause');
  });

  it('takes the clauses of the trust\u2019s policy when the school has none of its own', async () => {
    const trust = await aTrust(t.db);
    const { school, teacher } = await aSchoolWithATeacher(trust);
    await aPolicy(t.db, { trustId: trust, schoolId: null, builtin: 'all-saints' });
    expect((await pupilFinding(teacher, school)).clause).toMatch(/^8-official-use-of-social-media: Official social media use will be conducted in line with existing policies/);
  });

  it('describes the clause, suggestion, range and advice in the OpenAPI', async () => {
    const spec = (await new Client(t.app).get('/api/openapi.json')).body;
    const items = spec.paths['/api/schools/{schoolId}/check'].post.responses['200'].content['application/json'].schema.properties.findings.items;
    expect(items.$ref).toBe('#/components/schemas/CheckFinding');
    const finding = spec.components.schemas.CheckFinding;
    expect(Object.keys(finding.properties)).toEqual(expect.arrayContaining(['clause', 'suggestion', 'replaces', 'advice']));
  });
});
