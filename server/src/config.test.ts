import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-config-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('configuration', () => {
  it('works on a laptop with nothing set: port 3000, ./data, a generated key kept in the data folder', () => {
    const dir = tmp();
    const c = loadConfig({ LANYARD_DATA_DIR: dir });
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(readFileSync(path.join(dir, 'secret.key'), 'utf8').trim()).toBe(c.secretKey.toString('hex'));
    expect(loadConfig({ LANYARD_DATA_DIR: dir }).secretKey.equals(c.secretKey)).toBe(true);
  });

  it('names every variable that is wrong', () => {
    const run = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', LANYARD_DATA_DIR: tmp() });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/PORT/);
    expect(run).toThrow(/DATABASE_URL: must be a postgres/);
    expect(run).toThrow(/SMTP_URL/);
  });

  it('requires LANYARD_SECRET_KEY with a real database server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/lanyard', LANYARD_DATA_DIR: tmp() })).toThrow(/LANYARD_SECRET_KEY: required when DATABASE_URL is set/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/lanyard', LANYARD_SECRET_KEY: 'abc' })).toThrow(/64 hexadecimal/);
    const key = 'ab'.repeat(32);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/lanyard', LANYARD_SECRET_KEY: key }).secretKey.toString('hex')).toBe(key);
  });
});
