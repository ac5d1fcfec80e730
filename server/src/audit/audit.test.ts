import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { signedIn, testApp, twoTrusts, usingPostgres, type TestApp } from '../../test/helper.js';
import { openDatabase } from '../db/client.js';
import { loadDemoIfEmpty } from '../demo/seed.js';
import { verifyAuditLog } from './verify.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof twoTrusts>>;
beforeAll(async () => {
  t = await testApp();
  w = await twoTrusts(t.db);
});
afterAll(() => t.close());

/** Alters a stored row the way an attacker with database access would: around the trigger. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await t.db.system.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
  });
}

describe('the audit log', () => {
  it('records who did what to which record, readable by the head of that school', async () => {
    const head = await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] });
    const added = await head.client.post(`/api/schools/${w.school}/people`, { kind: 'employee', givenName: 'Nora', familyName: 'Quill' });
    const log = await head.client.get(`/api/audit?schoolId=${w.school}`);
    expect(log.status).toBe(200);
    expect(log.body.events[0]).toMatchObject({ action: 'person.created', resourceType: 'person', resourceId: added.body.id, resourceName: 'Nora Quill', actor: { id: head.id } });
  });

  it('keeps one school\u2019s events from the head of another', async () => {
    const head = await signedIn(t, { trustId: w.trust, schoolId: w.sibling, roles: ['headteacher'] });
    expect((await head.client.get(`/api/audit?schoolId=${w.school}`)).status).toBe(403);
    const own = await head.client.get(`/api/audit?schoolId=${w.sibling}`);
    expect(own.body.events.every((e: { schoolId: string }) => e.schoolId === w.sibling)).toBe(true);
  });

  it('verifies as intact after ordinary use', async () => {
    const report = await verifyAuditLog(t.db.system);
    expect(report.broken).toBeNull();
    expect(report.events).toBeGreaterThan(0);
  });

  it('detects an entry whose content was altered, naming it', async () => {
    const head = await signedIn(t, { trustId: w.otherTrust, schoolId: w.foreign, roles: ['headteacher'] });
    await head.client.post(`/api/schools/${w.foreign}/people`, { kind: 'employee', givenName: 'Ivy', familyName: 'Marsh' });
    const [victim] = (await t.db.raw.query(`SELECT id, seq FROM audit_events WHERE trust_id = $1 AND action = 'person.created'`, [w.otherTrust])) as { id: string; seq: number }[];
    await tamper(sql`UPDATE audit_events SET detail = '{"name": "Someone Else"}' WHERE id = ${victim!.id}`);
    const report = await verifyAuditLog(t.db.system);
    expect(report.broken).toMatchObject({ trustId: w.otherTrust, id: victim!.id, seq: Number(victim!.seq) });
    expect(report.broken?.reason).toMatch(/altered/);
  });
});

describe('concurrent changes', () => {
  it('append to one unbroken chain, each entry once, in sequence', async () => {
    const head = await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => head.client.post(`/api/schools/${w.school}/people`, { kind: 'employee', givenName: `Busy${i}`, familyName: 'Day' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const seqs = (await t.db.raw.query('SELECT seq FROM audit_events WHERE trust_id = $1 ORDER BY seq', [w.trust])).map((r) => Number(r.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await verifyAuditLog(t.db.system, { trustId: w.trust })).broken).toBeNull();
  });
});

describe('a removed entry', () => {
  it('is detected when the newest entry is deleted', async () => {
    const local = await testApp();
    try {
      const ww = await twoTrusts(local.db);
      const head = await signedIn(local, { trustId: ww.trust, schoolId: ww.school, roles: ['headteacher'] });
      for (const name of ['A', 'B', 'C']) await head.client.post(`/api/schools/${ww.school}/people`, { kind: 'employee', givenName: name, familyName: 'Test' });
      expect((await verifyAuditLog(local.db.system)).broken).toBeNull();
      await local.db.system.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
        await tx.execute(sql`DELETE FROM audit_events WHERE trust_id = ${ww.trust} AND seq = (SELECT max(seq) FROM audit_events WHERE trust_id = ${ww.trust})`);
        await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
      });
      expect((await verifyAuditLog(local.db.system)).broken?.reason).toMatch(/removed/);
    } finally {
      await local.close();
    }
  });
});

// The command itself, as an operator runs it, on the embedded database.
describe.skipIf(usingPostgres)('npm run audit:verify', () => {
  const run = promisify(execFile);
  const serverDir = path.resolve(import.meta.dirname, '../..');
  const tsx = path.resolve(serverDir, '../node_modules/.bin/tsx');

  it('exits 0 on an intact log and 1 naming the first broken entry after tampering', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-verify-'));
    try {
      const db = await openDatabase({ dataDir: dir });
      await loadDemoIfEmpty(db);
      await db.close();
      const env = { ...process.env, LANYARD_DATA_DIR: dir, DATABASE_URL: '' };
      const ok = await run(tsx, ['src/audit/verify-cli.ts'], { cwd: serverDir, env });
      expect(ok.stdout).toMatch(/intact/);

      const db2 = await openDatabase({ dataDir: dir });
      const [row] = (await db2.raw.query('SELECT id, seq FROM audit_events ORDER BY seq LIMIT 1 OFFSET 4')) as { id: string; seq: number }[];
      await db2.system.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
        await tx.execute(sql`UPDATE audit_events SET occurred_at = occurred_at - interval '1 day' WHERE id = ${row!.id}`);
        await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
      });
      await db2.close();
      const failed = await run(tsx, ['src/audit/verify-cli.ts'], { cwd: serverDir, env }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(`entry ${row!.seq}`);
      expect(failed?.stderr).toContain(row!.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
