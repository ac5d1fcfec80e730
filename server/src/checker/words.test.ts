import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, databaseError, signedIn, testApp, twoTrusts, type Client, type TestApp } from '../../test/helper.js';
import { checkerWords } from '../db/schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
let head: Client;
let dsl: Client;
let teacher: Client;
let otherHead: Client;
let otherAdmin: Client;
let tom: string;
let oliver: string;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  head = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] })).client;
  dsl = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['dsl'] })).client;
  teacher = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['staff'] })).client;
  otherHead = (await signedIn(t, { trustId: w.otherTrust, schoolId: w.foreign, roles: ['headteacher'] })).client;
  otherAdmin = (await signedIn(t, { trustId: w.otherTrust, schoolId: null, roles: ['trust_admin'] })).client;
  tom = (await aPerson(t.db, { trustId: w.trust, schoolId: w.school, roles: ['staff'], givenName: 'Tom', familyName: 'Tennant' })).id;
  oliver = (await aPerson(t.db, { trustId: w.trust, schoolId: w.school, kind: 'pupil', givenName: 'Oliver', familyName: 'Bamford', yearGroup: 'Year 5' })).id;
});
afterAll(() => t.close());

const url = (school = w.school) => `/api/schools/${school}/checker-words`;
type Finding = { category: string; start: number; end: number; severity: string; reason: string };
async function findings(text: string, kind = 'comment'): Promise<(Finding & { said: string })[]> {
  const res = await teacher.post(`/api/schools/${w.school}/check`, { text, kind });
  expect(res.status).toBe(200);
  return res.body.findings.map((f: Finding) => ({ ...f, said: text.slice(f.start, f.end) }));
}

describe('a school\u2019s own words for the checker', () => {
  it('lets a headteacher add a local word, which the checker then finds at once, however it is spelt', async () => {
    expect(await findings('go home grockle')).toEqual([]);
    const res = await head.post(`${url()}/words`, { term: ' Grockle ', category: 'hate' });
    expect(res.status).toBe(201);
    expect((await findings('go home gr0ckle')).map((f) => [f.category, f.said])).toEqual([['hate', 'gr0ckle']]);
  });

  it('lists the words for anyone who may check a post, with category, severity and who added them', async () => {
    const list = await teacher.get(url());
    expect(list.status).toBe(200);
    expect(list.body.words).toEqual([expect.objectContaining({ term: 'Grockle', category: 'hate', severity: 'block', addedBy: expect.any(String) })]);
  });

  it('stops finding a word once it is removed, and says so in the audit log', async () => {
    await head.post(`${url()}/words`, { term: 'blimmin', category: 'profanity', severity: 'warning' });
    expect((await findings('blimmin heck')).map((f) => f.severity)).toEqual(['warning']);
    const id = (await head.get(url())).body.words.find((x: { term: string }) => x.term === 'blimmin').id;
    expect((await dsl.delete(`${url()}/${id}`)).status).toBe(204);
    expect(await findings('blimmin heck')).toEqual([]);
    expect((await dsl.delete(`${url()}/${id}`)).status).toBe(404);
    const log = (await head.get(`/api/audit?schoolId=${w.school}`)).body.events.map((e: { action: string; detail: Record<string, unknown> }) => [e.action, e.detail.word]);
    expect(log).toEqual(expect.arrayContaining([['checker.word_added', 'blimmin'], ['checker.word_removed', 'blimmin']]));
  });

  it('lets the school allow a phrase, so it no longer stops a post', async () => {
    const text = 'Quiz night at the Cock Inn on Friday';
    expect((await findings(text)).map((f) => f.category)).toEqual(['sexual']);
    expect((await head.post(`${url()}/allowed`, { phrase: 'Cock Inn' })).status).toBe(201);
    expect(await findings(text)).toEqual([]);
    expect((await head.get(url())).body.allowed).toEqual([expect.objectContaining({ phrase: 'Cock Inn' })]);
  });

  it('finds a member of staff by a nickname the school added, as that member of staff', async () => {
    expect((await head.post(`${url()}/nicknames`, { nickname: 'Mr T', personId: tom })).status).toBe(201);
    const [f] = await findings('Mr T was so unfair today', 'personal_post');
    expect(f).toMatchObject({ category: 'staff_name', said: 'Mr T' });
    expect(f!.reason).toContain('Tom Tennant');
  });

  it('finds the school by a nickname in a personal post', async () => {
    expect((await head.post(`${url()}/nicknames`, { nickname: 'the Oaks', personId: null })).status).toBe(201);
    expect((await findings('Another long week at The Oaks', 'personal_post')).map((f) => [f.category, f.said])).toEqual([['school_identification', 'The Oaks']]);
  });

  it('exports the nicknames in the roster, for the command line', async () => {
    await head.post(`${url()}/nicknames`, { nickname: 'Ollie B', personId: oliver });
    const roster = (await head.get(`/api/schools/${w.school}/roster`)).body;
    expect(roster.school.nicknames).toEqual(['the Oaks']);
    expect(roster.staff.find((s: { given: string }) => s.given === 'Tom').aka).toEqual(['Mr T']);
    expect(roster.pupils.find((p: { given: string }) => p.given === 'Oliver').aka).toEqual(['Ollie B']);
  });

  it('shows pupils\u2019 nicknames only to those who may see the school\u2019s people', async () => {
    const forHead = (await head.get(url())).body;
    expect(forHead.pupilNicknamesShown).toBe(true);
    expect(forHead.nicknames.map((n: { nickname: string; person: { name: string } | null }) => [n.nickname, n.person?.name ?? null])).toEqual(
      expect.arrayContaining([['Mr T', 'Tom Tennant'], ['Ollie B', 'Oliver Bamford'], ['the Oaks', null]]),
    );
    const forTeacher = (await teacher.get(url())).body;
    expect(forTeacher.pupilNicknamesShown).toBe(false);
    expect(forTeacher.nicknames.map((n: { nickname: string }) => n.nickname).sort()).toEqual(['Mr T', 'the Oaks']);
  });
});

describe('adding a word: what is refused', () => {
  it('refuses a word already on the list, whatever its case, with 409', async () => {
    const res = await head.post(`${url()}/words`, { term: 'GROCKLE', category: 'bullying' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'conflict', detail: '\u201cGROCKLE\u201d is already on the list as a word.', errors: [{ field: 'term' }] });
  });

  it('lets the same nickname name two different people, but not one person twice', async () => {
    expect((await head.post(`${url()}/nicknames`, { nickname: 'mr t', personId: tom })).status).toBe(409);
    expect((await head.post(`${url()}/nicknames`, { nickname: 'Mr T', personId: null })).status).toBe(201);
  });

  it('names the field that is wrong', async () => {
    const cases: [string, object, string][] = [
      ['words', { term: 'g'.repeat(101), category: 'hate' }, 'term'],
      ['words', { term: 'x', category: 'hate' }, 'term'],
      ['words', { term: '!!', category: 'hate' }, 'term'],
      ['words', { term: 'grockles', category: 'pupil_name' }, 'category'],
      ['words', { term: 'grockles', category: 'hate', severity: 'fatal' }, 'severity'],
      ['allowed', {}, 'phrase'],
      ['nicknames', { nickname: 'Big Tom' }, 'personId'],
      ['nicknames', { nickname: 'Big Tom', personId: 'tom' }, 'personId'],
    ];
    for (const [list, body, field] of cases) {
      const res = await head.post(`${url()}/${list}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[0].field, JSON.stringify(body)).toBe(field);
    }
  });

  it('refuses a nickname for someone who is not at the school', async () => {
    const elsewhere = (await aPerson(t.db, { trustId: w.trust, schoolId: w.sibling, roles: ['staff'] })).id;
    const res = await head.post(`${url()}/nicknames`, { nickname: 'Mrs X', personId: elsewhere });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'personId', message: 'Choose a pupil or a member of staff of this school.' });
  });

  it('refuses a teacher, who may check posts but not change the checker\u2019s words', async () => {
    expect((await teacher.post(`${url()}/words`, { term: 'teacherword', category: 'profanity' })).status).toBe(403);
    const id = (await head.get(url())).body.words[0].id;
    expect((await teacher.delete(`${url()}/${id}`)).status).toBe(403);
  });

  it('refuses anyone not signed in', async () => {
    const { Client } = await import('../../test/helper.js');
    const anon = new Client(t.app);
    expect((await anon.get(url())).status).toBe(401);
    expect((await anon.post(`${url()}/words`, { term: 'grockle', category: 'hate' })).status).toBe(401);
  });
});

describe('another trust', () => {
  it('cannot read a school\u2019s words', async () => {
    expect([403, 404]).toContain((await otherHead.get(url())).status);
    expect([403, 404]).toContain((await otherAdmin.get(url())).status);
  });

  it('cannot add to or remove from them, even through its own school\u2019s address', async () => {
    const id = (await head.get(url())).body.words[0].id;
    expect([403, 404]).toContain((await otherAdmin.post(`${url()}/words`, { term: 'intruder', category: 'hate' })).status);
    expect([403, 404]).toContain((await otherAdmin.delete(`${url()}/${id}`)).status);
    expect((await otherAdmin.delete(`${url(w.foreign)}/${id}`)).status).toBe(404);
    expect((await otherHead.delete(`${url(w.foreign)}/${id}`)).status).toBe(404);
    expect((await head.get(url())).body.words.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('keeps its own words to itself: a word added there is not found here', async () => {
    expect((await otherHead.post(`${url(w.foreign)}/words`, { term: 'foreignword', category: 'profanity' })).status).toBe(201);
    expect((await otherHead.get(url(w.foreign))).body.words.map((x: { term: string }) => x.term)).toEqual(['foreignword']);
    expect(await findings('what a foreignword')).toEqual([]);
    expect((await head.get(url())).body.words.map((x: { term: string }) => x.term)).not.toContain('foreignword');
  });

  it('is kept out by row-level security too, with no filter in the query', async () => {
    const visible = await t.db.withTenant({ trustId: w.otherTrust, schoolIds: [w.foreign], trustWide: true }, (tx) => tx.select({ schoolId: checkerWords.schoolId }).from(checkerWords));
    expect(new Set(visible.map((r) => r.schoolId))).toEqual(new Set([w.foreign]));
    const intruder = (await aPerson(t.db, { trustId: w.otherTrust, schoolId: w.foreign, roles: ['staff'] })).id;
    const write = t.db.withTenant({ trustId: w.otherTrust, schoolIds: [w.foreign], trustWide: true }, (tx) =>
      tx.insert(checkerWords).values({ trustId: w.trust, schoolId: w.school, kind: 'allowed', text: 'slipped in', createdBy: intruder }),
    );
    expect(await databaseError(write)).toMatch(/row-level security/);
  });
});
