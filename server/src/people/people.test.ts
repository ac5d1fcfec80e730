import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let head: Client;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  head = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] })).client;
});
afterAll(() => t.close());

const addPupil = (given: string, dob = '2012-04-01') =>
  head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: given, familyName: 'Pupil', dateOfBirth: dob, yearGroup: 'Year 8' });

describe('pupils', () => {
  it('refuses a pupil without a date of birth, naming the field', async () => {
    const res = await head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: 'No', familyName: 'Birthday', yearGroup: 'Year 3' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('dateOfBirth');
  });

  it('refuses a date that is not a date', async () => {
    const res = await head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: 'Bad', familyName: 'Date', dateOfBirth: '31/02/2015', yearGroup: 'Year 3' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('dateOfBirth');
  });

  it('keeps a former pupil\u2019s date of birth and leaving date, out of the current list', async () => {
    const pupil = (await addPupil('Leaver', '2009-02-03')).body;
    const left = await head.post(`/api/people/${pupil.id}/leaving`, { leftOn: '2025-07-20' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ dateOfBirth: '2009-02-03', leftOn: '2025-07-20' });
    const current = (await head.get(`/api/schools/${w.school}/people?kind=pupil`)).body.map((p: { id: string }) => p.id);
    expect(current).not.toContain(pupil.id);
    const all = (await head.get(`/api/schools/${w.school}/people?kind=pupil&includeLeft=true`)).body.map((p: { id: string }) => p.id);
    expect(all).toContain(pupil.id);
  });

  it('marks only pupils as left', async () => {
    const staff = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    expect((await head.post(`/api/people/${staff.id}/leaving`, { leftOn: '2025-07-20' })).status).toBe(400);
  });
});

describe('parents', () => {
  it('links a parent to their children, visible from both sides', async () => {
    const a = (await addPupil('Kit')).body;
    const b = (await addPupil('Kat')).body;
    const parent = await head.post(`/api/schools/${w.school}/people`, { kind: 'parent', givenName: 'Pam', familyName: 'Parent', childIds: [a.id, b.id] });
    expect(parent.status).toBe(201);
    expect(parent.body.children.map((c: { name: string }) => c.name).sort()).toEqual(['Kat Pupil', 'Kit Pupil']);
    expect((await head.get(`/api/people/${a.id}`)).body.parents).toEqual([{ id: parent.body.id, name: 'Pam Parent' }]);
  });

  it('refuses to link a parent to a pupil of another school', async () => {
    const elsewhere = await aPerson(t.db, { trustId: w.trust, schoolId: w.sibling, kind: 'pupil' });
    const res = await head.post(`/api/schools/${w.school}/people`, { kind: 'parent', givenName: 'X', familyName: 'Y', childIds: [elsewhere.id] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('childIds');
  });
});

describe('roles', () => {
  it('replaces a person\u2019s roles in a school and records each change', async () => {
    const p = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    const res = await head.put(`/api/people/${p.id}/roles`, { schoolId: w.school, roles: ['dsl', 'slt'] });
    expect(res.status).toBe(200);
    expect(res.body.roles.map((r: { role: string }) => r.role).sort()).toEqual(['dsl', 'slt']);
    const log = (await head.get(`/api/audit?schoolId=${w.school}&limit=5`)).body.events.map((e: { action: string; detail: { role: string } }) => `${e.action}:${e.detail.role}`);
    expect(log).toEqual(expect.arrayContaining(['role.revoked:staff', 'role.granted:dsl', 'role.granted:slt']));
  });

  it('refuses a pupil any role', async () => {
    const pupil = (await addPupil('Roleless')).body;
    expect((await head.put(`/api/people/${pupil.id}/roles`, { schoolId: w.school, roles: ['staff'] })).status).toBe(400);
  });

  it('lets only a trust administrator give trust roles', async () => {
    const p = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    expect((await head.put(`/api/people/${p.id}/roles`, { schoolId: null, roles: ['trust_admin'] })).status).toBe(403);
  });

  it('never leaves a trust without an administrator', async () => {
    const admin = await signedIn(t, { trustId: w.otherTrust, schoolId: null, roles: ['trust_admin'] });
    const res = await admin.client.put(`/api/people/${admin.id}/roles`, { schoolId: null, roles: [] });
    expect(res.status).toBe(409);
  });
});

describe('invitations', () => {
  it('refuses to invite a pupil: pupils never sign in', async () => {
    const pupil = (await addPupil('Nosign')).body;
    expect((await head.post(`/api/people/${pupil.id}/invitation`)).status).toBe(400);
  });

  it('asks for an email before inviting someone who has none', async () => {
    const p = await head.post(`/api/schools/${w.school}/people`, { kind: 'contractor', givenName: 'No', familyName: 'Email' });
    const res = await head.post(`/api/people/${p.body.id}/invitation`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('email');
  });

  it('refuses to invite someone who already signs in', async () => {
    const p = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    expect((await head.post(`/api/people/${p.id}/invitation`)).status).toBe(409);
  });
});

describe('who sees the people list', () => {
  it('refuses a teacher, who has no need to see pupils\u2019 dates of birth', async () => {
    const teacher = await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    expect((await teacher.client.get(`/api/schools/${w.school}/people`)).status).toBe(403);
  });

  it('says not found for a person in another school, rather than confirming they exist', async () => {
    const elsewhere = await aPerson(t.db, { trustId: w.trust, schoolId: w.sibling, roles: ['staff'] });
    expect((await head.get(`/api/people/${elsewhere.id}`)).status).toBe(404);
    expect((await head.patch(`/api/people/${elsewhere.id}`, { givenName: 'Hacked' })).status).toBe(404);
  });
});

describe('people across the trust', () => {
  it('lets a trust administrator add someone with no home school and give them a trust role', async () => {
    const admin = await signedIn(t, { trustId: w.trust, schoolId: null, roles: ['trust_admin'] });
    const res = await admin.client.post('/api/trust/people', { kind: 'employee', givenName: 'Tara', familyName: 'Board', email: 'tara.board@trust.test', roles: ['trust_board'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ schoolId: null, roles: [{ schoolId: null, role: 'trust_board' }] });
    expect((await admin.client.get('/api/trust/people')).body.map((p: { id: string }) => p.id)).toContain(res.body.id);
  });

  it('refuses school roles and pupils at trust level', async () => {
    const admin = await signedIn(t, { trustId: w.trust, schoolId: null, roles: ['trust_admin'] });
    expect((await admin.client.post('/api/trust/people', { kind: 'employee', givenName: 'A', familyName: 'B', roles: ['headteacher'] })).status).toBe(400);
    expect((await admin.client.post('/api/trust/people', { kind: 'pupil', givenName: 'A', familyName: 'B', dateOfBirth: '2015-01-01', yearGroup: 'Year 6' })).status).toBe(400);
  });
});
