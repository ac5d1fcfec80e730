import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, aSchool, aTrust, Client, PASSWORD, signedIn, testApp, type TestApp } from '../../test/helper.js';
import { delayFor, DEFAULT_THROTTLE } from './throttle.js';

let t: TestApp;
let trust: string;
let school: string;
beforeAll(async () => {
  t = await testApp();
  trust = await aTrust(t.db);
  school = await aSchool(t.db, trust);
});
afterAll(() => t.close());

const teacher = () => aPerson(t.db, { trustId: trust, schoolId: school, roles: ['staff'] });

describe('signing in', () => {
  it('signs in with email and password and sets a session cookie that scripts cannot read', async () => {
    const p = await teacher();
    const c = new Client(t.app);
    const res = await c.post('/api/session', { email: p.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.person.id).toBe(p.id);
    expect(res.body.schools).toEqual([expect.objectContaining({ id: school, roles: ['staff'] })]);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/lanyard_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/session')).status).toBe(200);
  });

  it('gives the same answer for a wrong password and for an email with no account', async () => {
    const p = await teacher();
    const wrong = await new Client(t.app, '10.0.0.1').post('/api/session', { email: p.email, password: 'not the password' });
    const unknown = await new Client(t.app, '10.0.0.2').post('/api/session', { email: 'nobody@nowhere.test', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('names the field when the email is not an email', async () => {
    const res = await new Client(t.app).post('/api/session', { email: 'not-an-email', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].field).toBe('email');
  });

  it('refuses a change without the CSRF token', async () => {
    const p = await teacher();
    const res = await new Client(t.app).request('POST', '/api/session', { email: p.email, password: PASSWORD }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf');
  });

  it('signs out and the session stops working', async () => {
    const { client } = await signedIn(t, { trustId: trust, schoolId: school, roles: ['staff'] });
    expect((await client.delete('/api/session')).status).toBe(204);
    expect((await client.get('/api/session')).status).toBe(401);
  });
});

describe('failed sign-ins', () => {
  it('slows answers after a few failures, more with each one', () => {
    expect(delayFor(DEFAULT_THROTTLE.slowAfter, DEFAULT_THROTTLE)).toBe(0);
    expect(delayFor(DEFAULT_THROTTLE.slowAfter + 1, DEFAULT_THROTTLE)).toBeGreaterThan(0);
    expect(delayFor(DEFAULT_THROTTLE.slowAfter + 2, DEFAULT_THROTTLE)).toBeGreaterThan(delayFor(DEFAULT_THROTTLE.slowAfter + 1, DEFAULT_THROTTLE));
    expect(delayFor(100, DEFAULT_THROTTLE)).toBe(DEFAULT_THROTTLE.maxDelayMs);
  });

  it('locks an account after repeated failures, even with the right password, from any address', async () => {
    const p = await teacher();
    for (let i = 0; i < DEFAULT_THROTTLE.lockAccountAfter; i++) {
      await new Client(t.app, `10.1.0.${i}`).post('/api/session', { email: p.email, password: 'guess ' + i });
    }
    const res = await new Client(t.app, '10.1.1.1').post('/api/session', { email: p.email, password: PASSWORD });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('locks an email with no account the same way, so locking does not reveal which emails exist', async () => {
    for (let i = 0; i < DEFAULT_THROTTLE.lockAccountAfter; i++) {
      await new Client(t.app, `10.2.0.${i}`).post('/api/session', { email: 'ghost@nowhere.test', password: 'guess' });
    }
    expect((await new Client(t.app, '10.2.1.1').post('/api/session', { email: 'ghost@nowhere.test', password: 'guess' })).status).toBe(429);
  });

  it('locks an address that tries many accounts', async () => {
    const ip = '10.3.0.1';
    for (let i = 0; i < DEFAULT_THROTTLE.lockAddressAfter; i++) {
      await new Client(t.app, ip).post('/api/session', { email: `spray${i}@nowhere.test`, password: 'guess' });
    }
    const p = await teacher();
    expect((await new Client(t.app, ip).post('/api/session', { email: p.email, password: PASSWORD })).status).toBe(429);
    expect((await new Client(t.app, '10.3.0.2').post('/api/session', { email: p.email, password: PASSWORD })).status).toBe(200);
  });
});

async function linkFromOutbox(to: string, path: string): Promise<string> {
  const admin = await signedIn(t, { trustId: trust, schoolId: null, roles: ['trust_admin'] });
  const res = await admin.client.get('/api/outbox');
  const mail = res.body.messages.find((m: { to: string }) => m.to === to);
  expect(mail, `a mail to ${to}`).toBeDefined();
  const m = new RegExp(`${path}#token=([A-Za-z0-9_-]+)`).exec(mail.body as string);
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('password reset', () => {
  it('answers the same whether or not the email has an account', async () => {
    const p = await teacher();
    const known = await new Client(t.app).post('/api/password-reset', { email: p.email });
    const unknown = await new Client(t.app).post('/api/password-reset', { email: 'nobody@nowhere.test' });
    expect(known.status).toBe(202);
    expect(unknown).toMatchObject({ status: 202, body: known.body });
  });

  it('resets a forgotten password with the emailed link, once, and ends old sessions', async () => {
    const { client: oldSession, email } = await signedIn(t, { trustId: trust, schoolId: school, roles: ['staff'] });
    await new Client(t.app).post('/api/password-reset', { email });
    const token = await linkFromOutbox(email, '/reset-password');
    const c = new Client(t.app);
    const done = await c.post('/api/password-reset/complete', { token, password: 'a brand new password' });
    expect(done.status).toBe(200);
    expect((await oldSession.get('/api/session')).status).toBe(401);
    expect((await new Client(t.app).post('/api/session', { email, password: PASSWORD })).status).toBe(401);
    expect((await new Client(t.app).post('/api/session', { email, password: 'a brand new password' })).status).toBe(200);
    const again = await new Client(t.app).post('/api/password-reset/complete', { token, password: 'another new password' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('link_expired');
  });

  it('sends at most three reset links an hour to one person, answering the same every time', async () => {
    const p = await teacher();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await new Client(t.app).post('/api/password-reset', { email: p.email })).status);
    expect(answers).toEqual([202, 202, 202, 202, 202]);
    const sent = await t.db.raw.query('SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1', [p.email]);
    expect(sent[0]!.n).toBe(3);
  });

  it('refuses a short new password and names the field', async () => {
    const p = await teacher();
    await new Client(t.app).post('/api/password-reset', { email: p.email });
    const token = await linkFromOutbox(p.email, '/reset-password');
    const res = await new Client(t.app).post('/api/password-reset/complete', { token, password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('password');
  });
});

describe('invitations', () => {
  it('lets an invited person choose a password and sign in', async () => {
    const head = await signedIn(t, { trustId: trust, schoolId: school, roles: ['headteacher'] });
    const created = await head.client.post(`/api/schools/${school}/people`, { kind: 'volunteer', givenName: 'Vera', familyName: 'Lane', email: 'vera.lane@school.test', roles: ['volunteer'] });
    expect(created.status).toBe(201);
    expect((await head.client.post(`/api/people/${created.body.id}/invitation`)).status).toBe(202);
    const token = await linkFromOutbox('vera.lane@school.test', '/accept-invitation');
    const vera = new Client(t.app);
    const res = await vera.post('/api/invitations/accept', { token, password: 'volunteering is fun' });
    expect(res.status).toBe(200);
    expect(res.body.schools[0]).toMatchObject({ id: school, roles: ['volunteer'] });
    expect((await head.client.get(`/api/people/${created.body.id}`)).body.account).toEqual({ status: 'active' });
  });
});

describe('starting a trust', () => {
  it('creates a trust with its creator as trust administrator, signed in', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/trusts', { trustName: 'Hilltop Primary', givenName: 'Jo', familyName: 'Bloggs', email: 'jo@hilltop.test', password: 'a good long password' });
    expect(res.status).toBe(201);
    expect(res.body.trustRoles).toEqual(['trust_admin']);
    expect(res.body.trustCan).toContain('school.create');
    const added = await c.post('/api/schools', { name: 'Hilltop Primary School' });
    expect(added.status).toBe(201);
  });

  it('refuses an email that already has an account', async () => {
    const p = await teacher();
    const res = await new Client(t.app).post('/api/trusts', { trustName: 'Dup', givenName: 'A', familyName: 'B', email: p.email, password: 'a good long password' });
    expect(res.status).toBe(409);
  });
});
