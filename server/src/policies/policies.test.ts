import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPolicy, aSchool, signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';
import { builtinPolicy } from './builtin.js';
import { addMonths } from './service.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let head: Client;
let headName: string;
let chair: Client;
let teacher: Client;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  const h = await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'], givenName: 'Hazel', familyName: 'Head' });
  head = h.client;
  headName = 'Hazel Head';
  chair = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['chair_of_governors'] })).client;
  teacher = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['staff'] })).client;
});
afterAll(() => t.close());

describe('a policy from draft to in force', () => {
  let versionId: string;

  it('starts from a built-in pack as a draft with its text and rules', async () => {
    const res = await head.post(`/api/schools/${w.school}/policies`, { title: 'Social Media Policy', startFrom: 'belsteads', governingCommittee: 'Full Governing Body', reviewMonths: 12 });
    expect(res.status).toBe(201);
    expect(res.body.inForce).toBeNull();
    expect(res.body.versions[0]).toMatchObject({ versionNo: 1, status: 'draft', hasPack: true, packSource: 'builtin:belsteads' });
    versionId = res.body.versions[0].id;
  });

  it('shows the rules beside the clauses they cite, and the clauses no rule covers', async () => {
    const v = (await teacher.get(`/api/policy-versions/${versionId}`)).body;
    const terms = v.clauses.find((c: { anchor: string }) => c.anchor === 'terms-of-use');
    expect(terms.rules).toContain('no-contact-with-former-pupils-under-18');
    expect(v.clauses.find((c: { anchor: string }) => c.anchor === 'purpose').rules).toEqual([]);
  });

  it('cannot answer questions before it is ratified', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/ask`, { topic: 'contact', who: 'former_pupil', age: 17 });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('no_policy_in_force');
  });

  it('is sent for ratification and ratified by the chair, with its next review date', async () => {
    expect((await head.post(`/api/policy-versions/${versionId}/submission`)).body.status).toBe('awaiting_ratification');
    const res = await chair.post(`/api/policy-versions/${versionId}/ratification`, { ratifiedOn: '2026-09-15' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ratified', ratifiedOn: '2026-09-15', nextReviewOn: '2027-09-15' });
  });

  it('answers a teacher\u2019s question with the outcome, the named person to go to and the clause', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/ask`, { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ covered: true, outcome: 'must_report', role: { role: 'headteacher', label: 'Headteacher' } });
    expect(res.body.role.people.map((p: { name: string }) => p.name)).toContain(headName);
    expect(res.body.findings[0].cites[0]).toMatchObject({ heading: 'Guidance/protection for Pupils on using social networking' });
  });

  it('says where the policy is silent and who to ask', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/ask`, { topic: 'personal_use', when: 'break' });
    expect(res.body).toMatchObject({ covered: false, outcome: null, role: { role: 'headteacher' }, canSend: false });
  });

  it('offers to send a request where permission is needed', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/ask`, { topic: 'personal_use', when: 'working_time' });
    expect(res.body).toMatchObject({ outcome: 'needs_permission', canSend: true });
  });

  it('names the field of a situation that is not valid', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/ask`, { topic: 'contact', who: 'stranger' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('who');
  });

  it('supersedes the version in force when a new one is ratified', async () => {
    const policyId = (await head.get(`/api/schools/${w.school}/policies`)).body.find((p: { inForce: unknown }) => p.inForce).id;
    const v2 = await head.post(`/api/policies/${policyId}/versions`, { text: builtinPolicy('belsteads')!.markdown + '\nReviewed.\n' });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ versionNo: 2, status: 'draft', hasPack: true });
    await chair.post(`/api/policy-versions/${v2.body.id}/ratification`, { ratifiedOn: '2026-11-01' });
    const policy = (await head.get(`/api/schools/${w.school}/policies`)).body.find((p: { id: string }) => p.id === policyId);
    expect(policy.inForce.versionNo).toBe(2);
    expect(policy.versions.map((v: { status: string }) => v.status)).toEqual(['ratified', 'superseded']);
  });
});

describe('policy packs', () => {
  it('refuses a pack that does not validate, naming the line', async () => {
    const { versionId } = await aPolicy(t.db, { trustId: w.trust, schoolId: w.school, status: 'draft' });
    const yaml = builtinPolicy('belsteads')!.yaml.replace('outcome: forbidden', 'outcome: frowned_upon');
    const res = await head.post(`/api/policy-versions/${versionId}/pack`, { yaml });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_pack');
    expect(res.body.errors[0].message).toMatch(/^line \d+: /);
  });

  it('refuses a pack that quotes words the text does not have', async () => {
    const { versionId } = await aPolicy(t.db, { trustId: w.trust, schoolId: w.school, status: 'draft' });
    const yaml = builtinPolicy('belsteads')!.yaml.replace('No member of staff should interact with any pupil', 'No member of staff should ever interact with any pupil');
    const res = await head.post(`/api/policy-versions/${versionId}/pack`, { yaml });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/does not contain/);
  });

  it('cannot change the pack of a version in force', async () => {
    const { versionId } = await aPolicy(t.db, { trustId: w.trust, schoolId: w.sibling, status: 'ratified' });
    const admin = await signedIn(t, { trustId: w.trust, schoolId: null, roles: ['trust_admin'] });
    expect((await admin.client.post(`/api/policy-versions/${versionId}/pack`, { yaml: builtinPolicy('belsteads')!.yaml })).status).toBe(409);
  });
});

describe('a trust policy', () => {
  it('applies in a school that has no policy of its own', async () => {
    const trust = w.otherTrust;
    const school = await aSchool(t.db, trust);
    await aPolicy(t.db, { trustId: trust, schoolId: null, status: 'ratified' });
    const member = await signedIn(t, { trustId: trust, schoolId: school, roles: ['volunteer'] });
    const res = await member.client.post(`/api/schools/${school}/ask`, { topic: 'contact', who: 'former_pupil', age: 17 });
    expect(res.body.outcome).toBe('forbidden');
    expect((await member.client.get(`/api/policy-versions/${res.body.policy.versionId}`)).status).toBe(200);
  });
});

describe('review dates', () => {
  it('add months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-09-15', 12)).toBe('2027-09-15');
  });
});

describe('the same question in two schools', () => {
  it('gets each school\u2019s own answer where their policies differ', async () => {
    const trust = w.otherTrust;
    const belsteads = await aSchool(t.db, trust);
    const cambois = await aSchool(t.db, trust);
    await aPolicy(t.db, { trustId: trust, schoolId: belsteads, builtin: 'belsteads' });
    await aPolicy(t.db, { trustId: trust, schoolId: cambois, builtin: 'cambois' });
    const admin = await signedIn(t, { trustId: trust, schoolId: null, roles: ['trust_admin'] });
    const question = { topic: 'contact', who: 'former_pupil', age: 17 };
    const there = await admin.client.post(`/api/schools/${belsteads}/ask`, question);
    const here = await admin.client.post(`/api/schools/${cambois}/ask`, question);
    expect(there.body.outcome).toBe('forbidden');
    expect(here.body.outcome).toBe('allowed_with_care');
  });
});
