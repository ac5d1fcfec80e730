import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { auditEvents, auditHeads } from '../db/schema.js';
import { eventHash, type ChainedFields } from './chain.js';

export interface AuditEntry {
  trustId: string;
  schoolId: string | null;
  actorPersonId: string | null;
  /** dotted verb: 'person.created', 'role.granted', 'auth.signed_in' ... */
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** what changed; never a password, token or secret */
  detail?: Record<string, unknown>;
}

/**
 * Appends one event to its trust's chain inside the caller's transaction, so the event and the
 * change it records commit together or not at all. The head row is locked for the append, so
 * concurrent appends in one trust queue rather than fork the chain.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const [head] = await tx
    .select({ seq: auditHeads.seq, hash: auditHeads.hash })
    .from(auditHeads)
    .where(eq(auditHeads.trustId, entry.trustId))
    .for('update');
  if (!head) throw new Error(`No audit chain for trust ${entry.trustId}`);
  const fields: ChainedFields = {
    id: randomUUID(),
    trustId: entry.trustId,
    seq: head.seq + 1,
    schoolId: entry.schoolId,
    actorPersonId: entry.actorPersonId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    detail: entry.detail ?? {},
    // whole milliseconds, so the time reads back from the database exactly as it was hashed
    occurredAt: new Date(Date.now()),
    prevHash: head.hash,
  };
  const hash = eventHash(fields);
  await tx.insert(auditEvents).values({ ...fields, hash });
  await tx.update(auditHeads).set({ seq: fields.seq, hash, }).where(eq(auditHeads.trustId, entry.trustId));
}

/** Starts a trust's chain; called once, when the trust is created. */
export async function startAuditChain(tx: Tx, trustId: string): Promise<void> {
  await tx.execute(sql`INSERT INTO audit_heads (trust_id, seq, hash) VALUES (${trustId}, 0, ${'0'.repeat(64)})`);
}
