import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_WITHIN_MS = 90_000;

export interface RunningServer {
  /** where the browser goes; the same address the server writes into emailed links */
  url: string;
  database: 'pglite' | 'postgres';
  stop(): Promise<void>;
}

/**
 * Starts Lanyard as a real process on a free port with a database of its own: an embedded one
 * in a fresh folder, or, when DATABASE_URL is set, a fresh database on that PostgreSQL server,
 * dropped again by stop(). The demo trust loads on first start, as it does for a new school.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lanyard-e2e-'));
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'LANYARD_SECRET_KEY', 'SMTP_URL', 'PUBLIC_URL', 'HOST', 'LANYARD_DEMO', 'TRUST_PROXY']) delete env[name];
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', LANYARD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  if (database) {
    env.DATABASE_URL = database.url;
    env.LANYARD_SECRET_KEY = process.env.LANYARD_SECRET_KEY || randomBytes(32).toString('hex');
  }

  // its own process group, so stop() ends npx and the node process under it together
  const child = spawn('npx', ['tsx', 'server/src/main.ts'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  // if the test run is cut short, the server must not outlive it
  const killOnExit = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);

  const cleanUp = async () => {
    process.off('exit', killOnExit);
    await endProcessGroup(child);
    reportServerErrors(output);
    rmSync(dataDir, { recursive: true, force: true });
    if (database) await database.drop();
  };
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`, child, () => output);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { url: `http://localhost:${port}`, database: database ? 'postgres' : 'pglite', stop: cleanUp };
}

/** A test that fails on a 500 is easier to fix with the server's own account of it beside it. */
function reportServerErrors(output: string): void {
  const errors = output.split('\n').filter((line) => /"level":(50|60)\b/.test(line));
  if (errors.length > 0) process.stderr.write(`\nThe Lanyard server logged ${errors.length} error(s):\n${errors.join('\n')}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(readyUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Lanyard server exited (code ${child.exitCode}) before it was ready:\n${output()}`);
    try {
      const res = await fetch(readyUrl);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The Lanyard server was not ready at ${readyUrl} within ${READY_WITHIN_MS / 1000}s:\n${output()}`);
}

async function endProcessGroup(child: ChildProcess): Promise<void> {
  const group = child.pid;
  if (group === undefined) return;
  const signal = (name: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-group, name);
      return true;
    } catch {
      return false; // nobody left in the group
    }
  };
  // npx can exit before the server under it has closed its database, so wait for the group
  signal('SIGTERM');
  const deadline = Date.now() + 10_000;
  while (signal(0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  signal('SIGKILL');
}

async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lanyard_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
