import { clauseTable, parsePack, type ClauseTable } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { versionInForce } from '../policies/service.js';

const NONE: ClauseTable = clauseTable({});

// A version's pack never changes once ratified: its clause table is worked out once.
const tables = new Map<string, ClauseTable>();

/**
 * The clauses the school's checker findings come under, from the `checker` section of the pack of
 * its policy in force (its own, else its trust's), and that version, for linking to the clause;
 * none while it has no ratified policy with a pack.
 */
export async function checkerClausesFor(tx: Tx, schoolId: string): Promise<{ table: ClauseTable; versionId: string | null }> {
  const version = await versionInForce(tx, schoolId);
  if (!version?.packYaml) return { table: NONE, versionId: null };
  const key = `${version.id}:${version.packYaml.length}`;
  let table = tables.get(key);
  if (!table) {
    const parsed = parsePack(version.packYaml);
    if (!parsed.ok) throw new Error(`stored pack of version ${version.id} does not validate`);
    table = clauseTable(parsed.pack.checker);
    if (tables.size > 500) tables.clear();
    tables.set(key, table);
  }
  return { table, versionId: version.id };
}
