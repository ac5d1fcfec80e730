import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type LanyardApp } from '../app.js';
import type { Database } from '../db/client.js';
import { aPerson, aSchool, aTrust, Client, freshDatabase, signedIn, testApp, type TestApp } from '../../test/helper.js';

describe('mail with no mail server', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp(); });
  afterAll(() => t.close());

  it('keeps mail in the outbox, encrypted at rest, readable by administrators in the app', async () => {
    const trust = await aTrust(t.db);
    const school = await aSchool(t.db, trust);
    const p = await aPerson(t.db, { trustId: trust, schoolId: school, roles: ['staff'] });
    await new Client(t.app).post('/api/password-reset', { email: p.email });
    const stored = (await t.db.raw.query('SELECT body_encrypted FROM mail_outbox WHERE to_address = $1', [p.email]))[0]!;
    expect(String(stored.body_encrypted)).not.toContain('reset-password');
    const head = await signedIn(t, { trustId: trust, schoolId: school, roles: ['headteacher'] });
    const outbox = await head.client.get(`/api/outbox?schoolId=${school}`);
    expect(outbox.body.transport).toBe('outbox');
    expect(outbox.body.messages[0]).toMatchObject({ to: p.email, subject: 'Reset your Lanyard password', sentAt: null });
    expect(outbox.body.messages[0].body).toContain('http://lanyard.test/reset-password#token=');
  });
});

describe('mail with SMTP_URL set', () => {
  const received: { to: string; data: string }[] = [];
  let smtp: SMTPServer;
  let db: Database;
  let app: LanyardApp;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    db = await freshDatabase();
    app = await buildApp({ db, secretKey: randomBytes(32), publicUrl: 'http://lanyard.test', webDist: null, smtpUrl: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the mail by SMTP and marks it sent', async () => {
    const trust = await aTrust(db);
    const p = await aPerson(db, { trustId: trust, schoolId: await aSchool(db, trust), roles: ['staff'] });
    await new Client(app).post('/api/password-reset', { email: p.email });
    await app.ctx.mailer.deliver();
    const mail = received.find((m) => m.to === p.email);
    expect(mail?.data).toContain('reset-password#token=');
    const row = (await db.raw.query('SELECT sent_at, transport FROM mail_outbox WHERE to_address = $1', [p.email]))[0]!;
    expect(row.transport).toBe('smtp');
    expect(row.sent_at).not.toBeNull();
  });
});
