import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from './client.js';
import { applyMigrations } from './migrate.js';
import { usingPostgres } from '../../test/helper.js';

describe.skipIf(usingPostgres)('the embedded database', () => {
  it('keeps its data in the folder across restarts and refuses a second process meanwhile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-db-'));
    try {
      const db = await openDatabase({ dataDir: dir });
      await db.system.execute(sql`INSERT INTO trusts (name) VALUES ('Kept Trust')`);
      await db.close();
      const again = await openDatabase({ dataDir: dir });
      expect(await again.raw.query('SELECT name FROM trusts')).toEqual([{ name: 'Kept Trust' }]);
      expect(await applyMigrations(again.raw)).toEqual([]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a data folder that another live process holds, naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-db-'));
    try {
      // the parent process stands in for a running server
      writeFileSync(path.join(dir, 'lanyard.lock'), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`Another Lanyard process (pid ${process.ppid})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
