// For every route, every role, in the person's own school, a sibling school of the same trust and a
// school of another trust: allowed or refused exactly as the rules table (core) says. A route added
// without a row here fails the first test, so none escapes the matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, decide, isTrustRole, ROLES, type Action, type Actor, type Role } from '@lanyard/core';
import { declaredRoutes } from '../src/http/route-access.js';
import { checkerWords } from '../src/db/schema.js';
import { aPerson, aPolicy, Client, signedIn, testApp, twoTrusts, type TestApp } from './helper.js';

type Target = { trustId: string; schoolId: string };
type Built = { url: string; body?: unknown };
type Case = {
  /** the resource the action is checked against: the target school, or the trust itself */
  level: 'school' | 'trust';
  action?: Action;
  build: (target: Target) => Promise<Built>;
};

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;

const person = (target: Target, extra: Parameters<typeof aPerson>[1] extends infer S ? Partial<S> : never = {}) =>
  aPerson(t.db, { trustId: target.trustId, schoolId: target.schoolId, roles: ['staff'], ...extra });

const CASES: Record<string, Case> = {
  'GET /api/schools/:schoolId': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}` }) },
  'PATCH /api/schools/:schoolId': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}`, body: { town: 'Elsewhere' } }) },
  'POST /api/schools': { level: 'trust', build: async () => ({ url: '/api/schools', body: { name: `New school ${Math.random()}` } }) },
  'GET /api/schools/:schoolId/people': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/people` }) },
  'POST /api/schools/:schoolId/people': {
    level: 'school',
    build: async (x) => ({ url: `/api/schools/${x.schoolId}/people`, body: { kind: 'pupil', givenName: 'Matrix', familyName: 'Pupil', dateOfBirth: '2014-01-01', yearGroup: 'Year 7' } }),
  },
  'POST /api/trust/people': { level: 'trust', build: async () => ({ url: '/api/trust/people', body: { kind: 'employee', givenName: 'Trust', familyName: 'Officer' } }) },
  'GET /api/trust/people': { level: 'trust', build: async () => ({ url: '/api/trust/people' }) },
  'GET /api/people/:personId': { level: 'school', build: async (x) => ({ url: `/api/people/${(await person(x)).id}` }) },
  'PATCH /api/people/:personId': { level: 'school', build: async (x) => ({ url: `/api/people/${(await person(x)).id}`, body: { givenName: 'Renamed' } }) },
  'PUT /api/people/:personId/roles': {
    level: 'school',
    build: async (x) => ({ url: `/api/people/${(await person(x)).id}/roles`, body: { schoolId: x.schoolId, roles: ['staff', 'social_team'] } }),
  },
  'PUT /api/people/:personId/roles (trust roles)': {
    level: 'trust',
    action: 'trust_roles.manage',
    build: async (x) => ({ url: `/api/people/${(await person(x)).id}/roles`, body: { schoolId: null, roles: ['trust_board'] } }),
  },
  'POST /api/people/:personId/invitation': { level: 'school', build: async (x) => ({ url: `/api/people/${(await person(x, { account: false })).id}/invitation` }) },
  'POST /api/people/:personId/leaving': {
    level: 'school',
    build: async (x) => ({ url: `/api/people/${(await person(x, { kind: 'pupil', roles: [] })).id}/leaving`, body: { leftOn: '2025-07-01' } }),
  },
  'GET /api/outbox': { level: 'school', build: async (x) => ({ url: `/api/outbox?schoolId=${x.schoolId}` }) },
  'GET /api/outbox (whole trust)': { level: 'trust', action: 'outbox.read', build: async () => ({ url: '/api/outbox' }) },
  'GET /api/audit': { level: 'school', build: async (x) => ({ url: `/api/audit?schoolId=${x.schoolId}` }) },
  'GET /api/schools/:schoolId/policies': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/policies` }) },
  'GET /api/trust/policies': { level: 'trust', build: async () => ({ url: '/api/trust/policies' }) },
  'POST /api/schools/:schoolId/policies': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/policies`, body: { title: 'Social Media Policy', startFrom: 'belsteads' } }) },
  'POST /api/trust/policies': { level: 'trust', build: async () => ({ url: '/api/trust/policies', body: { title: 'Trust Social Media Policy' } }) },
  'POST /api/policies/:policyId/versions': {
    level: 'school',
    build: async (x) => ({ url: `/api/policies/${(await aPolicy(t.db, { ...x, status: 'ratified' })).policyId}/versions`, body: { text: '# Social Media Policy\n\nRevised.\n' } }),
  },
  'GET /api/policy-versions/:versionId': { level: 'school', build: async (x) => ({ url: `/api/policy-versions/${(await aPolicy(t.db, x)).versionId}` }) },
  'POST /api/policy-versions/:versionId/pack': {
    level: 'school',
    build: async (x) => {
      const { builtinPolicy } = await import('../src/policies/builtin.js');
      return { url: `/api/policy-versions/${(await aPolicy(t.db, { ...x, status: 'draft' })).versionId}/pack`, body: { yaml: builtinPolicy('belsteads')!.yaml } };
    },
  },
  'POST /api/policy-versions/:versionId/submission': { level: 'school', build: async (x) => ({ url: `/api/policy-versions/${(await aPolicy(t.db, { ...x, status: 'draft' })).versionId}/submission` }) },
  'POST /api/policy-versions/:versionId/ratification': {
    level: 'school',
    build: async (x) => ({ url: `/api/policy-versions/${(await aPolicy(t.db, { ...x, status: 'awaiting_ratification' })).versionId}/ratification`, body: { ratifiedOn: '2026-11-01' } }),
  },
  'POST /api/policy-versions/:versionId/withdrawal': { level: 'school', build: async (x) => ({ url: `/api/policy-versions/${(await aPolicy(t.db, { ...x, status: 'draft' })).versionId}/withdrawal` }) },
  'POST /api/schools/:schoolId/ask': {
    level: 'school',
    build: async (x) => {
      await ensurePolicy(x);
      return { url: `/api/schools/${x.schoolId}/ask`, body: { topic: 'contact', who: 'former_pupil', age: 17 } };
    },
  },
  'GET /api/schools/:schoolId/acknowledgements': {
    level: 'school',
    build: async (x) => {
      await ensurePolicy(x);
      return { url: `/api/schools/${x.schoolId}/acknowledgements` };
    },
  },
  'GET /api/schools/:schoolId/acknowledgements.csv': {
    level: 'school',
    build: async (x) => {
      await ensurePolicy(x);
      return { url: `/api/schools/${x.schoolId}/acknowledgements.csv` };
    },
  },
  'POST /api/schools/:schoolId/requests': {
    level: 'school',
    build: async (x) => {
      await ensurePolicy(x);
      return { url: `/api/schools/${x.schoolId}/requests`, body: { situation: { topic: 'personal_use', when: 'working_time' } } };
    },
  },
  'GET /api/schools/:schoolId/training': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/training` }) },
  'POST /api/schools/:schoolId/training': {
    level: 'school',
    build: async (x) => ({ url: `/api/schools/${x.schoolId}/training`, body: { personId: (await person(x)).id, course: 'Online safety', completedOn: '2026-09-01', expiresOn: '2027-09-01' } }),
  },
  'POST /api/schools/:schoolId/check': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/check`, body: { text: 'Well done to Year 6 on a brilliant sports day!', kind: 'official_post' } }) },
  'GET /api/schools/:schoolId/roster': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/roster` }) },
  'GET /api/schools/:schoolId/checker-words': { level: 'school', build: async (x) => ({ url: `/api/schools/${x.schoolId}/checker-words` }) },
  'POST /api/schools/:schoolId/checker-words/words': {
    level: 'school',
    build: async (x) => ({ url: `/api/schools/${x.schoolId}/checker-words/words`, body: { term: `matrix word ${unique()}`, category: 'hate' } }),
  },
  'POST /api/schools/:schoolId/checker-words/allowed': {
    level: 'school',
    build: async (x) => ({ url: `/api/schools/${x.schoolId}/checker-words/allowed`, body: { phrase: `matrix phrase ${unique()}` } }),
  },
  'POST /api/schools/:schoolId/checker-words/nicknames': {
    level: 'school',
    build: async (x) => ({ url: `/api/schools/${x.schoolId}/checker-words/nicknames`, body: { nickname: `Matrix ${unique()}`, personId: (await person(x)).id } }),
  },
  'DELETE /api/schools/:schoolId/checker-words/:wordId': {
    level: 'school',
    build: async (x) => {
      const [row] = await t.db.system
        .insert(checkerWords)
        .values({ ...x, kind: 'allowed', text: `matrix removal ${unique()}`, createdBy: (await person(x)).id })
        .returning({ id: checkerWords.id });
      return { url: `/api/schools/${x.schoolId}/checker-words/${row!.id}` };
    },
  },
  'GET /api/audit (whole trust)': { level: 'trust', action: 'audit.read', build: async () => ({ url: '/api/audit' }) },
};

/** letters only, so a term stays one the checker can read */
const unique = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

const withPolicy = new Set<string>();
/** The ask route needs a policy in force in the target school; one is enough. */
async function ensurePolicy(x: Target): Promise<void> {
  if (withPolicy.has(x.schoolId)) return;
  withPolicy.add(x.schoolId);
  await aPolicy(t.db, { ...x, status: 'ratified' });
}

const clients = new Map<Role, Client>();
const actors = new Map<Role, Actor>();
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
  for (const role of ROLES) {
    const trustRole = isTrustRole(role);
    const p = await signedIn(t, { trustId: w.trust, schoolId: trustRole ? null : w.school, roles: [role] });
    clients.set(role, p.client);
    actors.set(role, { personId: p.id, trustId: w.trust, trustRoles: trustRole ? [role] : [], schoolRoles: trustRole ? {} : { [w.school]: [role] } } as Actor);
  }
}, 120_000);
afterAll(() => t.close());

const routeKey = (method: string, url: string) => `${method} ${url}`;
const signedInRoutes = () => declaredRoutes.filter((r) => !r.access.public);

describe('the authorisation matrix', () => {
  it('has a row for every route that needs a sign-in', () => {
    const missing = signedInRoutes()
      .filter((r) => r.access.action !== 'self')
      .map((r) => routeKey(r.method, r.url))
      .filter((k) => !CASES[k]);
    expect(missing).toEqual([]);
  });

  it('names only actions the rules table knows', () => {
    const unknown = signedInRoutes().filter((r) => r.access.action !== 'self' && !(ACTIONS as readonly string[]).includes(r.access.action ?? ''));
    expect(unknown).toEqual([]);
  });

  it('refuses every signed-in route to a person who is not signed in', async () => {
    const anon = new Client(t.app);
    for (const r of signedInRoutes()) {
      const url = r.url.replace(':schoolId', w.school).replace(':personId', '00000000-0000-4000-8000-000000000000');
      const res = await anon.request(r.method as 'GET', url, r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  const declared = (key: string) => {
    const [method, url] = key.replace(/ \(.*\)$/, '').split(' ');
    return declaredRoutes.find((r) => r.method === method && r.url === url);
  };

  for (const [key, c] of Object.entries(CASES)) {
    describe(key, () => {
      for (const role of ROLES) {
        it(`as ${role}: allowed or refused as the rules say, in their school, a sibling school and another trust`, async () => {
          const action = (c.action ?? declared(key)?.access.action) as Action;
          expect(action, `${key} declares an action`).toBeDefined();
          const actor = actors.get(role)!;
          const client = clients.get(role)!;
          const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
          const targets: [string, Target, boolean][] =
            c.level === 'trust'
              ? [['own trust', { trustId: w.trust, schoolId: w.school }, decide(actor, action, { trustId: w.trust, schoolId: null }).allowed]]
              : [
                  ['own school', { trustId: w.trust, schoolId: w.school }, decide(actor, action, { trustId: w.trust, schoolId: w.school }).allowed],
                  ['sibling school', { trustId: w.trust, schoolId: w.sibling }, decide(actor, action, { trustId: w.trust, schoolId: w.sibling }).allowed],
                  ['another trust', { trustId: w.otherTrust, schoolId: w.foreign }, false],
                ];
          for (const [where, target, allowed] of targets) {
            const req = await c.build(target);
            const res = await client.request(method, req.url, req.body ?? (method === 'GET' ? undefined : {}));
            if (allowed) expect(res.status, `${where}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
            else expect([403, 404], `${where}: got ${res.status}`).toContain(res.status);
          }
        });
      }
    });
  }
});
