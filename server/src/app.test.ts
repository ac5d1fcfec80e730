import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loggerOptions } from './http/redact.js';
import { aPerson, aSchool, aTrust, Client, freshDatabase, PASSWORD, testApp, type TestApp } from '../test/helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers /healthz and /readyz with the database reachable', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });
});

describe('security headers', () => {
  it('tell browsers to load only Lanyard\u2019s own scripts and not to frame it elsewhere', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the API description', () => {
  it('serves OpenAPI at /api/openapi.json describing every signed-in route', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/session', '/api/schools/{schoolId}/people', '/api/audit', '/api/outbox']));
    expect(doc.paths['/api/session'].post.requestBody).toBeDefined();
  });

  it('defines every schema a route refers to', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const refs = [...JSON.stringify(doc.paths).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    const missing = [...new Set(refs)].filter((name) => !doc.components?.schemas?.[name]);
    expect(missing).toEqual([]);
  });

  it('is browsable at /api/docs', async () => {
    const res = await t.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
  });
});

describe('errors', () => {
  it('answers an unknown API path with a problem document', async () => {
    const res = await t.app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('says in plain words which field is missing', async () => {
    const res = await new Client(t.app).post('/api/session', { password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'email', message: 'is required' }]);
    expect(res.body.detail).toBe('email: is required');
  });

  it('names the field when a path id is malformed', async () => {
    const trust = await aTrust(t.db);
    const school = await aSchool(t.db, trust);
    const head = await aPerson(t.db, { trustId: trust, schoolId: school, roles: ['headteacher'] });
    const c = new Client(t.app);
    await c.post('/api/session', { email: head.email, password: PASSWORD });
    const res = await c.get('/api/schools/not-an-id/people');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('schoolId');
  });
});

describe('logs', () => {
  it('never write passwords, cookies, CSRF tokens or what was searched for', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const db = await freshDatabase();
    const app = await buildApp({ db, secretKey: randomBytes(32), publicUrl: 'http://x', webDist: null, logger: { ...loggerOptions('trace'), stream } });
    try {
      const trust = await aTrust(db);
      const p = await aPerson(db, { trustId: trust, schoolId: await aSchool(db, trust), roles: ['staff'] });
      const c = new Client(app);
      await c.post('/api/session', { email: p.email, password: PASSWORD });
      await c.get('/api/session');
      await c.get(`/api/schools/${trust}/people?q=Secretname`);
      const log = lines.join('');
      expect(log).not.toContain('Secretname');
      expect(log).toContain('/api/session');
      expect(log).not.toContain(PASSWORD);
      expect(log).not.toContain(c.cookie('lanyard_session')!);
      expect(log).not.toContain(p.email);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('cookies behind a TLS proxy', () => {
  it('marks the session cookie Secure when the request came over HTTPS', async () => {
    const db = await freshDatabase();
    const app = await buildApp({ db, secretKey: randomBytes(32), publicUrl: 'https://x', webDist: null, trustProxy: true });
    try {
      const trust = await aTrust(db);
      const p = await aPerson(db, { trustId: trust, schoolId: await aSchool(db, trust), roles: ['staff'] });
      const csrf = await app.inject({ url: '/api/csrf-token', headers: { 'x-forwarded-proto': 'https' } });
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'x-forwarded-proto': 'https', 'x-csrf-token': csrf.json().token, cookie: csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
        payload: { email: p.email, password: PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'lanyard_session')?.secure).toBe(true);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('the web app', () => {
  it('serves index.html for any page the browser routes, and problems for unknown API paths', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dist = mkdtempSync(path.join(tmpdir(), 'lanyard-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Lanyard</title>');
    const db = await freshDatabase();
    const app = await buildApp({ db, secretKey: randomBytes(32), publicUrl: 'http://x', webDist: dist });
    try {
      const page = await app.inject('/schools/123/people');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Lanyard</title>');
      expect((await app.inject('/api/nothing')).headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await app.close();
      await db.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
