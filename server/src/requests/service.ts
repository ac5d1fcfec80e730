import { desc, eq } from 'drizzle-orm';
import type { Actor, Situation } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { policyRequests } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { Conflict } from '../http/errors.js';
import type { Sealer } from '../security/encryption.js';
import { askPolicy } from '../policies/ask.js';

export interface SentRequest {
  id: string;
  schoolId: string;
  kind: 'permission' | 'declaration';
  situation: Record<string, unknown>;
  deciderRole: string | null;
  note: string | null;
  status: string;
  createdAt: string;
}

/**
 * Sends a request for permission or a declaration from an answer of "ask the policy". The policy
 * is asked again here, so what is recorded is what the school's policy says now, not what a page
 * claimed; deciding it is the next capability's work.
 */
export async function sendRequest(tx: Tx, actor: Actor, sealer: Sealer, schoolId: string, situation: Situation, note: string | null): Promise<SentRequest> {
  const answer = await askPolicy(tx, schoolId, situation);
  if (!answer.canSend || !answer.outcome) throw Conflict('Your policy does not ask for permission or a declaration here, so there is nothing to send.');
  const kind = answer.outcome === 'must_declare' ? 'declaration' : 'permission';
  const [row] = await tx
    .insert(policyRequests)
    .values({
      trustId: actor.trustId,
      schoolId,
      personId: actor.personId,
      kind,
      situation: situation as unknown as Record<string, unknown>,
      policyVersionId: answer.policy.versionId,
      ruleIds: answer.findings.map((f) => f.ruleId),
      deciderRole: answer.role?.role ?? null,
      noteEncrypted: note ? sealer.seal(note) : null,
    })
    .returning();
  await recordAudit(tx, { trustId: actor.trustId, schoolId, actorPersonId: actor.personId, action: `request.${kind}_sent`, resourceType: 'request', resourceId: row!.id, detail: { deciderRole: row!.deciderRole, rules: row!.ruleIds } });
  return present(row!, sealer);
}

export async function myRequests(tx: Tx, actor: Actor, sealer: Sealer): Promise<SentRequest[]> {
  const rows = await tx.select().from(policyRequests).where(eq(policyRequests.personId, actor.personId)).orderBy(desc(policyRequests.createdAt));
  return rows.map((r) => present(r, sealer));
}

function present(r: typeof policyRequests.$inferSelect, sealer: Sealer): SentRequest {
  return {
    id: r.id,
    schoolId: r.schoolId,
    kind: r.kind,
    situation: r.situation,
    deciderRole: r.deciderRole,
    note: r.noteEncrypted ? sealer.open(r.noteEncrypted) : null,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  };
}
