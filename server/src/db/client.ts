import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import * as schema from './schema.js';
import { applyMigrations, type RawExecutor } from './migrate.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The scope a person's queries run in; mirrored into row-level security settings. */
export interface TenantScope {
  trustId: string;
  /** schools the person has any role in */
  schoolIds: readonly string[];
  /** trust-wide roles reach every school of the trust */
  trustWide: boolean;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  /**
   * The owner connection: bypasses row-level security. Only for what happens before anyone is
   * known (sign-in, sessions, tokens), migrations, the demo loader and audit verification.
   */
  system: Db;
  /** Runs fn in one transaction as lanyard_app, confined to the scope by row-level security. */
  withTenant<T>(scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs raw SQL as the owner (tests and tools). */
  raw: RawExecutor;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** folder for PGlite; omitted means in memory (tests) */
  dataDir?: string | undefined;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  await applyMigrations(db.raw);
  return db;
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let client: PGlite;
  let release = () => {};
  if (dataDir) {
    const dir = path.join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    release = lockDataDir(dataDir);
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create();
  }
  const system = drizzlePglite({ client, schema }) as unknown as Db;
  return build('pglite', system, {
    exec: async (text) => {
      await client.exec(text);
    },
    query: async (text, params) => (await client.query<Record<string, unknown>>(text, params ? [...params] : [])).rows,
    transaction: (fn) => client.transaction((tx) => fn({
      exec: async (text) => { await tx.exec(text); },
      query: async (text, params) => (await tx.query<Record<string, unknown>>(text, params ? [...params] : [])).rows,
    })),
  }, async () => {
    await client.close();
    release();
  });
}

/**
 * The embedded database is one process's alone: a second process writing the same folder would
 * corrupt it. A lock file holding the owner's pid says who has it; a stale one (its process gone)
 * is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'lanyard.lock');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(`Another Lanyard process (pid ${pid}) is using ${dataDir}. Stop it first, or set LANYARD_DATA_DIR to another folder.`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server emits 'error'; without a listener that kills the process.
  pool.on('error', () => undefined);
  const system = drizzlePg({ client: pool, schema }) as unknown as Db;
  return build('postgres', system, {
    exec: async (text) => {
      await pool.query(text);
    },
    query: async (text, params) => (await pool.query(text, params ? [...params] : [])).rows as Record<string, unknown>[],
    transaction: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn({
          exec: async (text) => { await c.query(text); },
          query: async (text, params) => (await c.query(text, params ? [...params] : [])).rows as Record<string, unknown>[],
        });
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      } finally {
        c.release();
      }
    },
  }, () => pool.end());
}

function build(kind: Database['kind'], system: Db, raw: RawExecutor, close: () => Promise<void>): Database {
  return {
    kind,
    system,
    raw,
    close,
    withTenant: (scope, fn) =>
      system.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL ROLE lanyard_app`);
        await tx.execute(sql`SELECT set_config('lanyard.trust_id', ${scope.trustId}, true),
          set_config('lanyard.school_ids', ${'{' + scope.schoolIds.join(',') + '}'}, true),
          set_config('lanyard.trust_wide', ${scope.trustWide ? 'on' : 'off'}, true)`);
        return fn(tx as unknown as Tx);
      }),
  };
}
