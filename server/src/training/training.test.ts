import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let office: Client;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  office = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['hr'] })).client;
});
afterAll(() => t.close());

describe('training records', () => {
  it('shows per course who is current, whose training has expired and who has none', async () => {
    const a = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    const b = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    expect((await office.post(`/api/schools/${w.school}/training`, { personId: a.id, course: 'Online safety', completedOn: '2026-09-01', expiresOn: '2099-09-01', evidence: 'Certificate on file' })).status).toBe(201);
    await office.post(`/api/schools/${w.school}/training`, { personId: b.id, course: 'Online safety', completedOn: '2020-09-01', expiresOn: '2021-09-01' });
    const cov = (await office.get(`/api/schools/${w.school}/training`)).body;
    const row = cov.byCourse.find((c: { course: string }) => c.course === 'Online safety');
    expect(row).toMatchObject({ current: 1, expired: 1 });
    expect(row.missing).toBe(cov.people.length - 2);
    expect(cov.people.find((p: { id: string }) => p.id === a.id).records[0]).toMatchObject({ current: true, evidence: 'Certificate on file' });
  });

  it('refuses an expiry before completion, naming the field', async () => {
    const a = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
    const res = await office.post(`/api/schools/${w.school}/training`, { personId: a.id, course: 'Online safety', completedOn: '2026-09-01', expiresOn: '2026-08-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('expiresOn');
  });

  it('refuses training for a pupil', async () => {
    const p = await aPerson(t.db, { trustId: w.trust, schoolId: w.school, kind: 'pupil' });
    expect((await office.post(`/api/schools/${w.school}/training`, { personId: p.id, course: 'Online safety', completedOn: '2026-09-01' })).status).toBe(400);
  });
});
