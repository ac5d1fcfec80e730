import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let head: Client;
let teacher: Client;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  head = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] })).client;
  teacher = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['staff'] })).client;
  await head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: 'May', familyName: 'Chen', dateOfBirth: '2018-03-14', yearGroup: 'Year 3', photoConsent: true });
  await head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: 'Oliver', familyName: 'Hart', dateOfBirth: '2017-01-02', yearGroup: 'Year 4' });
});
afterAll(() => t.close());

describe('the roster', () => {
  it('exports the school\u2019s pupils with year and photo consent, in the checker\u2019s shape', async () => {
    const roster = (await head.get(`/api/schools/${w.school}/roster`)).body;
    expect(roster.pupils).toEqual(
      expect.arrayContaining([
        { given: 'May', family: 'Chen', dob: '2018-03-14', year: 'Year 3', photoConsent: true },
        { given: 'Oliver', family: 'Hart', dob: '2017-01-02', year: 'Year 4', photoConsent: false },
      ]),
    );
    expect(roster.staff.length).toBe(2);
  });

  it('is not for a teacher, who may not see pupils\u2019 dates of birth', async () => {
    expect((await teacher.get(`/api/schools/${w.school}/roster`)).status).toBe(403);
  });
});

describe('checking a text', () => {
  it('lets any member of staff check a post and answers with a list of findings', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/check`, { text: 'Well done to Year 6 on a brilliant sports day!', kind: 'official_post' });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.findings)).toBe(true);
  });

  it('finds a pupil named in an official post, pointing at the name, with a rewrite', async () => {
    const text = '🎉 Well done May Chen for her brilliant poem!';
    const res = await teacher.post(`/api/schools/${w.school}/check`, { text, kind: 'official_post' });
    const finding = res.body.findings.find((f: { category: string }) => f.category === 'pupil_name');
    expect(finding).toMatchObject({ severity: 'block' });
    expect(text.slice(finding.start, finding.end)).toBe('May Chen');
    expect(finding.suggestion).toMatch(/Year 3 pupil/);
  });

  it('blocks photos tagging a pupil without consent, and not one with it', async () => {
    const check = (tagged: string[]) => teacher.post(`/api/schools/${w.school}/check`, { text: 'Sports day photos!', kind: 'official_post', images: [{ tagged }] });
    expect((await check(['May Chen'])).body.findings.filter((f: { category: string }) => f.category === 'photo_consent')).toEqual([]);
    expect((await check(['Oliver Hart'])).body.findings.some((f: { category: string }) => f.category === 'photo_consent')).toBe(true);
  });

  it('sees a newly added pupil at once: the checker is rebuilt when the roster changes', async () => {
    await head.post(`/api/schools/${w.school}/people`, { kind: 'pupil', givenName: 'Zainab', familyName: 'Qureshi', dateOfBirth: '2016-05-05', yearGroup: 'Year 5' });
    const res = await teacher.post(`/api/schools/${w.school}/check`, { text: 'Congratulations Zainab Qureshi!', kind: 'comment' });
    expect(res.body.findings.some((f: { category: string }) => f.category === 'pupil_name')).toBe(true);
  });

  it('refuses a text over 50,000 characters, naming the field', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/check`, { text: 'a'.repeat(50_001), kind: 'comment' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('text');
  });

  it('refuses a kind it does not know', async () => {
    const res = await teacher.post(`/api/schools/${w.school}/check`, { text: 'Hello', kind: 'tweet' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('kind');
  });
});
