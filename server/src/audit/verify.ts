import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents, auditHeads } from '../db/schema.js';
import { eventHash, GENESIS_HASH } from './chain.js';

export interface BrokenEntry {
  trustId: string;
  seq: number;
  id: string | null;
  reason: string;
}

export interface VerifyReport {
  trusts: number;
  events: number;
  broken: BrokenEntry | null;
}

/**
 * Walks every trust's chain from the start: each event's hash must match its content, each must
 * point at the one before, sequence numbers must have no gaps, and the chain must end where the
 * head says (so deleting the newest events is caught too). Stops at the first break.
 */
export async function verifyAuditLog(db: Db, only: { trustId?: string } = {}): Promise<VerifyReport> {
  const heads = await db
    .select()
    .from(auditHeads)
    .where(only.trustId ? eq(auditHeads.trustId, only.trustId) : undefined)
    .orderBy(asc(auditHeads.trustId));
  let events = 0;
  for (const head of heads) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(eqTrust(head.trustId))
      .orderBy(asc(auditEvents.seq));
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    for (const row of rows) {
      events++;
      const at = { trustId: row.trustId, seq: row.seq, id: row.id };
      if (row.seq !== expectedSeq) return { trusts: heads.length, events, broken: { ...at, seq: expectedSeq, reason: `entry ${expectedSeq} is missing (found ${row.seq} next)` } };
      if (row.prevHash !== prev) return { trusts: heads.length, events, broken: { ...at, reason: 'does not follow the entry before it' } };
      const { hash, ...fields } = row;
      if (eventHash(fields) !== hash) return { trusts: heads.length, events, broken: { ...at, reason: 'its content does not match its hash (it was altered)' } };
      prev = hash;
      expectedSeq++;
    }
    if (head.seq !== expectedSeq - 1 || head.hash !== prev) {
      return {
        trusts: heads.length,
        events,
        broken: { trustId: head.trustId, seq: expectedSeq, id: null, reason: `the chain ends at entry ${expectedSeq - 1} but should end at ${head.seq} (entries were removed)` },
      };
    }
  }
  return { trusts: heads.length, events, broken: null };
}

function eqTrust(trustId: string) {
  return eq(auditEvents.trustId, trustId);
}
