import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, testApp, type TestApp } from '../../test/helper.js';
import { DEMO_PASSWORD, demoSignIns, loadDemoIfEmpty } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the demo trust', () => {
  it('loads once, on an empty database, with sign-ins that work', async () => {
    expect(await demoSignIns(t.db)).toBeNull();
    const summary = await loadDemoIfEmpty(t.db);
    expect(await demoSignIns(t.db)).toEqual(summary);
    expect(summary?.people.length).toBeGreaterThan(5);
    expect(await loadDemoIfEmpty(t.db)).toBeNull();
    const admin = new Client(t.app);
    const res = await admin.post('/api/session', { email: 'admin@northfield.example.org', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.schools.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Oakfield Primary School', 'Riverside Academy']));
  });

  it('has pupils with birth dates and year groups, a former pupil, and parents linked to children', async () => {
    const head = new Client(t.app);
    const session = (await head.post('/api/session', { email: 'head@oakfield.example.org', password: DEMO_PASSWORD })).body;
    const oak = session.schools[0].id;
    const pupils = (await head.get(`/api/schools/${oak}/people?kind=pupil&includeLeft=true`)).body as { dateOfBirth: string; yearGroup: string; leftOn: string | null; parents: unknown[] }[];
    expect(pupils.every((p) => p.dateOfBirth && p.yearGroup)).toBe(true);
    expect(pupils.filter((p) => p.leftOn)).toHaveLength(1);
    expect(pupils.some((p) => p.parents.length > 0)).toBe(true);
    const staff = (await head.get(`/api/schools/${oak}/people`)).body as { roles: { role: string }[] }[];
    const roles = new Set(staff.flatMap((p) => p.roles.map((r) => r.role)));
    for (const r of ['headteacher', 'dsl', 'staff', 'governor', 'chair_of_governors', 'volunteer']) expect(roles).toContain(r);
  });
});

describe('the seed schools', () => {
  it('each answer with their own policy, and St Bartholomew\u2019s awaits ratification', async () => {
    const question = { topic: 'contact', who: 'former_pupil', age: 17 };
    const answers: Record<string, string | null> = {};
    for (const domain of ['belsteads', 'cambois', 'wigan', 'allsaints']) {
      const c = new Client(t.app);
      const session = (await c.post('/api/session', { email: `teacher@${domain}.example.org`, password: DEMO_PASSWORD })).body;
      answers[domain] = (await c.post(`/api/schools/${session.schools[0].id}/ask`, question)).body.outcome;
    }
    expect(answers.belsteads).toBe('forbidden');
    expect(answers.cambois).toBe('allowed_with_care');
    const c = new Client(t.app);
    const session = (await c.post('/api/session', { email: 'head@stbartholomews.example.org', password: DEMO_PASSWORD })).body;
    const policies = (await c.get(`/api/schools/${session.schools[0].id}/policies`)).body;
    expect(policies[0].versions[0].status).toBe('awaiting_ratification');
  });
});
