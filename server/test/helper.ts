// Test support: a fresh database per test file (PGlite in memory, or a new database on the
// PostgreSQL server named by DATABASE_URL), the whole app, an HTTP client that keeps cookies and
// sends the CSRF token like the browser does, and small factories for trusts, schools and people.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PersonKind, Role } from '@lanyard/core';
import { isTrustRole } from '@lanyard/core';
import { openDatabase, type Database, type Tx } from '../src/db/client.js';
import { buildApp, type LanyardApp } from '../src/app.js';
import { accounts, people, roleAssignments, schools, trusts } from '../src/db/schema.js';
import { startAuditChain } from '../src/audit/record.js';
import { hashPassword } from '../src/auth/password.js';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** A database of its own for one test file; dropped when closed. */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({});
  const name = `lanyard_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: target.toString() });
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestApp {
  app: LanyardApp;
  db: Database;
  close(): Promise<void>;
}

export async function testApp(opts: { throttle?: Parameters<typeof buildApp>[0]['throttle']; meaning?: Parameters<typeof buildApp>[0]['meaning'] } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  const app = await buildApp({
    db,
    secretKey: randomBytes(32),
    publicUrl: 'http://lanyard.test',
    webDist: null,
    // slowed answers are tested by size, not by waiting: keep the suite fast
    throttle: { baseDelayMs: 1, maxDelayMs: 5, ...opts.throttle },
    ...(opts.meaning ? { meaning: opts.meaning } : {}),
  });
  await app.ready();
  return { app, db, close: async () => { await app.close(); await db.close(); } };
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read JSON of many shapes
  headers: Record<string, string | string[] | number | undefined>;
}

/** A browser-like client: keeps cookies, fetches and sends the CSRF token on changes. */
export class Client {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  constructor(private readonly app: LanyardApp, readonly ip = '127.0.0.1') {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, opts: { csrf?: boolean } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && opts.csrf !== false) {
      if (!this.csrf) this.csrf = (await this.request('GET', '/api/csrf-token')).body.token as string;
      headers['x-csrf-token'] = this.csrf;
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({ method, url, headers, remoteAddress: this.ip, ...(body === undefined ? {} : { payload: body as object }) });
    for (const c of res.cookies) {
      if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : null, headers: res.headers };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// ---- factories: straight into the database as the owner, so tests start from a known state ----

export async function aTrust(db: Database, name = `Trust ${randomUUID().slice(0, 8)}`): Promise<string> {
  return db.system.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [row] = await tx.insert(trusts).values({ name }).returning({ id: trusts.id });
    await startAuditChain(tx, row!.id);
    return row!.id;
  });
}

export async function aSchool(db: Database, trustId: string, name = `School ${randomUUID().slice(0, 8)}`): Promise<string> {
  const [row] = await db.system.insert(schools).values({ trustId, name }).returning({ id: schools.id });
  return row!.id;
}

export interface PersonSpec {
  trustId: string;
  schoolId: string | null;
  kind?: PersonKind;
  roles?: Role[];
  /** extra school roles elsewhere: schoolId -> roles */
  alsoIn?: Record<string, Role[]>;
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  yearGroup?: string;
  /** give them an active sign-in with PASSWORD */
  account?: boolean;
}

export async function aPerson(db: Database, spec: PersonSpec): Promise<{ id: string; email: string }> {
  const email = `p-${randomUUID().slice(0, 12)}@school.test`;
  const kind = spec.kind ?? 'employee';
  const [row] = await db.system
    .insert(people)
    .values({
      trustId: spec.trustId,
      schoolId: spec.schoolId,
      kind,
      givenName: spec.givenName ?? 'Pat',
      familyName: spec.familyName ?? `Tester${randomUUID().slice(0, 4)}`,
      email: kind === 'pupil' ? null : email,
      dateOfBirth: spec.dateOfBirth ?? (kind === 'pupil' ? '2015-01-01' : null),
      yearGroup: spec.yearGroup ?? (kind === 'pupil' ? 'Year 6' : null),
    })
    .returning({ id: people.id });
  const id = row!.id;
  const grants: { schoolId: string | null; role: Role }[] = (spec.roles ?? []).map((role) => ({ schoolId: isTrustRole(role) ? null : spec.schoolId, role }));
  for (const [schoolId, roles] of Object.entries(spec.alsoIn ?? {})) for (const role of roles) grants.push({ schoolId, role });
  for (const g of grants) await db.system.insert(roleAssignments).values({ trustId: spec.trustId, personId: id, schoolId: g.schoolId, role: g.role });
  if (spec.account ?? kind !== 'pupil') {
    passwordHash ??= hashPassword(PASSWORD);
    await db.system.insert(accounts).values({ personId: id, trustId: spec.trustId, email, passwordHash: await passwordHash, status: 'active' });
  }
  return { id, email };
}

/** A person with the given role(s), signed in through the API. */
export async function signedIn(t: TestApp, spec: PersonSpec, ip?: string): Promise<{ client: Client; id: string; email: string }> {
  const person = await aPerson(t.db, spec);
  const client = new Client(t.app, ip);
  const res = await client.post('/api/session', { email: person.email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, ...person };
}

/** Two schools in one trust and one school in another: the usual ground for isolation tests. */
export async function twoTrusts(db: Database) {
  const trust = await aTrust(db);
  const school = await aSchool(db, trust);
  const sibling = await aSchool(db, trust);
  const otherTrust = await aTrust(db);
  const foreign = await aSchool(db, otherTrust);
  return { trust, school, sibling, otherTrust, foreign };
}

/** The database's own message for a failed query (Drizzle wraps it as the cause). */
export async function databaseError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected the query to fail, but it succeeded');
}

/** A policy with one version, straight into the database; with the Belsteads pack unless told. */
export async function aPolicy(
  db: Database,
  spec: { trustId: string; schoolId: string | null; status?: 'draft' | 'awaiting_ratification' | 'ratified'; builtin?: string | null },
): Promise<{ policyId: string; versionId: string }> {
  const { builtinPolicy } = await import('../src/policies/builtin.js');
  const { policies, policyVersions } = await import('../src/db/schema.js');
  const { sha256 } = await import('../src/policies/service.js');
  const b = spec.builtin === null ? undefined : builtinPolicy(spec.builtin ?? 'belsteads');
  const text = b?.markdown ?? '# Social Media Policy\n';
  const [p] = await db.system.insert(policies).values({ trustId: spec.trustId, schoolId: spec.schoolId, title: 'Social Media Policy' }).returning({ id: policies.id });
  const status = spec.status ?? 'ratified';
  const [v] = await db.system
    .insert(policyVersions)
    .values({
      trustId: spec.trustId,
      schoolId: spec.schoolId,
      policyId: p!.id,
      versionNo: 1,
      textMd: text,
      textSha256: sha256(text),
      status,
      ratifiedOn: status === 'ratified' ? '2026-09-01' : null,
      reviewMonths: 12,
      packYaml: b?.yaml ?? null,
      packSource: b ? `builtin:${b.id}` : null,
    })
    .returning({ id: policyVersions.id });
  return { policyId: p!.id, versionId: v!.id };
}
