import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RawConnection {
  exec(text: string): Promise<void>;
  query(text: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
}
export interface RawExecutor extends RawConnection {
  transaction<T>(fn: (c: RawConnection) => Promise<T>): Promise<T>;
}

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies migrations/*.sql in name order, each once, each in its own transaction.
 * Plain SQL files rather than drizzle-kit's journal because they hold roles, grants,
 * triggers and row-level security policies, which must read the same on PGlite and PostgreSQL.
 * A migration already applied whose text has changed stops the start: history is not rewritten.
 */
export async function applyMigrations(db: RawExecutor): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.transaction(async (c) => {
    // Several servers (or test files) may start at once against one database.
    await c.query('SELECT pg_advisory_xact_lock(7134001)');
    await c.exec(`CREATE TABLE IF NOT EXISTS lanyard_migrations (
      name text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map((await c.query('SELECT name, sha256 FROM lanyard_migrations')).map((r) => [String(r.name), String(r.sha256)]));
    for (const file of files) {
      const text = readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
      const sha = createHash('sha256').update(text).digest('hex');
      const seen = done.get(file);
      if (seen === sha) continue;
      if (seen) throw new Error(`Migration ${file} was changed after it was applied; add a new migration instead.`);
      await c.exec(text);
      await c.query('INSERT INTO lanyard_migrations (name, sha256) VALUES ($1, $2)', [file, sha]);
      applied.push(file);
    }
  });
  return applied;
}
