import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, databaseError, signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';
import { runReminders } from '../reminders/service.js';
import { addDays, today } from './service.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let head: Client;
let teacher: { client: Client; id: string; email: string };
let versionId: string;
let sha: string;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  head = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] })).client;
  teacher = await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['staff'] });
  await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['governor'], kind: 'governor' });
  const created = await head.post(`/api/schools/${w.school}/policies`, { title: 'Social Media Policy', startFrom: 'belsteads', reviewMonths: 12 });
  versionId = created.body.versions[0].id;
  await head.post(`/api/policy-versions/${versionId}/submission`);
  await head.post(`/api/policy-versions/${versionId}/ratification`, { ratifiedOn: today() });
  sha = (await head.get(`/api/policy-versions/${versionId}`)).body.textSha256;
});
afterAll(() => t.close());

describe('acknowledging a ratified policy', () => {
  it('starts a campaign due in four weeks, listing everyone it applies to as not yet acknowledged', async () => {
    const cov = (await head.get(`/api/schools/${w.school}/acknowledgements`)).body;
    expect(cov).toMatchObject({ versionId, dueOn: addDays(today(), 28), acknowledged: 0 });
    expect(cov.total).toBe(3);
    expect(cov.byRole.find((r: { role: string }) => r.role === 'governor')).toEqual({ role: 'governor', total: 1, acknowledged: 0 });
  });

  it('shows the teacher the policy waiting for them', async () => {
    const mine = (await teacher.client.get('/api/me/acknowledgements')).body;
    expect(mine).toEqual([expect.objectContaining({ versionId, acknowledgedAt: null })]);
  });

  it('refuses an acknowledgement of text the teacher was not shown', async () => {
    const res = await teacher.client.post(`/api/policy-versions/${versionId}/acknowledgement`, { textSha256: 'a'.repeat(64) });
    expect(res.status).toBe(409);
  });

  it('records who acknowledged which text when, once, and the coverage moves', async () => {
    const res = await teacher.client.post(`/api/policy-versions/${versionId}/acknowledgement`, { textSha256: sha });
    expect(res.status).toBe(201);
    expect((await teacher.client.post(`/api/policy-versions/${versionId}/acknowledgement`, { textSha256: sha })).status).toBe(409);
    const cov = (await head.get(`/api/schools/${w.school}/acknowledgements`)).body;
    expect(cov.acknowledged).toBe(1);
    expect(cov.people.find((p: { id: string }) => p.id === teacher.id).acknowledgedAt).not.toBeNull();
    const rows = await t.db.raw.query('SELECT text_sha256, method FROM acknowledgements WHERE person_id = $1', [teacher.id]);
    expect(rows).toEqual([{ text_sha256: sha, method: 'web' }]);
  });

  it('cannot be edited or deleted, even by the owner', async () => {
    expect(await databaseError(t.db.raw.query("UPDATE acknowledgements SET method = 'paper'"))).toMatch(/append-only/);
    expect(await databaseError(t.db.raw.query('DELETE FROM acknowledgements'))).toMatch(/append-only/);
  });

  it('exports the coverage as CSV', async () => {
    const res = await head.get(`/api/schools/${w.school}/acknowledgements.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = String(res.body).trim().split('\r\n');
    expect(lines[0]).toBe('Name,Kind,Roles,Acknowledged,Acknowledged at');
    expect(lines).toHaveLength(4);
  });

  it('cannot be made by someone the policy does not apply to, nor seen from another school', async () => {
    const elsewhere = await signedIn(t, { trustId: w.trust, schoolId: w.sibling, roles: ['staff'] });
    expect((await elsewhere.client.post(`/api/policy-versions/${versionId}/acknowledgement`, { textSha256: sha })).status).toBe(404);
  });

  it('keeps the coverage from a teacher', async () => {
    expect((await teacher.client.get(`/api/schools/${w.school}/acknowledgements`)).status).toBe(403);
  });
});

describe('induction', () => {
  it('gives someone who joins after the campaign two weeks of their own, and does not chase them meanwhile', async () => {
    const local = await testApp();
    try {
      const ww = await twoTrusts(local.db);
      const h = (await signedIn(local, { trustId: ww.trust, schoolId: ww.school, roles: ['headteacher'] })).client;
      const v = (await h.post(`/api/schools/${ww.school}/policies`, { title: 'Social Media Policy', startFrom: 'belsteads' })).body.versions[0].id;
      await h.post(`/api/policy-versions/${v}/submission`);
      await h.post(`/api/policy-versions/${v}/ratification`, { ratifiedOn: today() });
      // the campaign ended last month; a new teacher starts today
      await local.db.raw.query('UPDATE ack_campaigns SET due_on = $1 WHERE policy_version_id = $2', [addDays(today(), -30), v]);
      const newcomer = await signedIn(local, { trustId: ww.trust, schoolId: ww.school, roles: ['staff'] });
      const mine = (await newcomer.client.get('/api/me/acknowledgements')).body;
      expect(mine[0].dueOn).toBe(addDays(today(), 14));
      await runReminders(local.app.ctx, today());
      const chased = await local.db.raw.query('SELECT to_address FROM mail_outbox WHERE to_address = $1', [newcomer.email]);
      expect(chased).toEqual([]);
      await runReminders(local.app.ctx, addDays(today(), 10));
      expect(await local.db.raw.query('SELECT subject FROM mail_outbox WHERE to_address = $1', [newcomer.email])).toEqual([{ subject: 'Please read and acknowledge: Social Media Policy' }]);
    } finally {
      await local.close();
    }
  });
});

describe('reminders', () => {
  it('remind those who have not acknowledged a week before the due date, once, and again each week overdue', async () => {
    const due = addDays(today(), 28);
    expect(await runReminders(t.app.ctx, addDays(due, -10))).toBe(0);
    const before = await runReminders(t.app.ctx, addDays(due, -3));
    expect(before).toBe(2); // the head and the governor; the teacher has acknowledged
    expect(await runReminders(t.app.ctx, addDays(due, -2))).toBe(0);
    expect(await runReminders(t.app.ctx, addDays(due, 1))).toBe(2);
    const mail = await t.db.raw.query("SELECT subject FROM mail_outbox WHERE subject LIKE 'Overdue%'");
    expect(mail).toHaveLength(2);
  });

  it('remind the head when the policy\u2019s review falls due', async () => {
    const v = (await head.get(`/api/policy-versions/${versionId}`)).body;
    await runReminders(t.app.ctx, addDays(v.nextReviewOn, -20));
    const mail = await t.db.raw.query("SELECT to_address FROM mail_outbox WHERE subject LIKE 'Review due%'");
    expect(mail.length).toBe(1);
  });
});

describe('requests from an answer', () => {
  it('records a request for permission with the rule it comes from and who decides', async () => {
    const res = await teacher.client.post(`/api/schools/${w.school}/requests`, { situation: { topic: 'personal_use', when: 'working_time' }, note: 'To post the PTA quiz results' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'permission', deciderRole: 'headteacher', status: 'submitted', note: 'To post the PTA quiz results' });
    expect((await teacher.client.get('/api/me/requests')).body[0].id).toBe(res.body.id);
    const stored = await t.db.raw.query('SELECT note_encrypted, rule_ids FROM policy_requests WHERE id = $1', [res.body.id]);
    expect(String(stored[0]!.note_encrypted)).not.toContain('PTA');
  });

  it('records a declaration of a family link', async () => {
    const res = await teacher.client.post(`/api/schools/${w.school}/requests`, { situation: { topic: 'contact', who: 'current_pupil', family: true } });
    expect(res.body).toMatchObject({ kind: 'declaration', deciderRole: 'headteacher' });
  });

  it('refuses to send a request where the policy asks for none', async () => {
    const res = await teacher.client.post(`/api/schools/${w.school}/requests`, { situation: { topic: 'contact', who: 'former_pupil', age: 17 } });
    expect(res.status).toBe(409);
  });
});

