import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { ackCampaigns, acknowledgements } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { Conflict, Forbidden, NotFound } from '../http/errors.js';
import { policyById, versionById, type VersionRow } from '../policies/queries.js';
import { audienceOf, type AudienceMember } from './audience.js';

/** People are given four weeks to read and acknowledge a newly ratified version. */
export const CAMPAIGN_DAYS = 28;
/** Someone who joins after a campaign started gets two weeks from joining: their induction. */
export const INDUCTION_DAYS = 14;

/** A person's own due date: the campaign's, or later for someone who joined after it began. */
export function personalDueOn(campaignDueOn: string | null, joinedOn: string): string | null {
  if (!campaignDueOn) return null;
  const induction = addDays(joinedOn, INDUCTION_DAYS);
  return induction > campaignDueOn ? induction : campaignDueOn;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Starts the campaign for a version just ratified: everyone it applies to, by a due date. */
export async function startCampaign(tx: Tx, actor: Actor, version: VersionRow): Promise<void> {
  const dueOn = addDays(today(), CAMPAIGN_DAYS);
  await tx.insert(ackCampaigns).values({ trustId: version.trustId, schoolId: version.schoolId, policyVersionId: version.id, dueOn }).onConflictDoNothing();
  await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'acknowledgement.campaign_started', resourceType: 'policy_version', resourceId: version.id, detail: { dueOn } });
}

/**
 * Records that the signed-in person read and accepted a version. The hash of the text they were
 * shown must match the version's, so an acknowledgement always names exactly what was read.
 */
export async function acknowledge(tx: Tx, actor: Actor, versionId: string, textSha256: string, method: 'web' | 'api'): Promise<{ acknowledgedAt: Date }> {
  const version = await versionById(tx, versionId);
  if (!version) throw NotFound('That policy version');
  if (version.status !== 'ratified') throw Conflict('Only the version in force is acknowledged.');
  if (textSha256 !== version.textSha256) throw Conflict('The policy text has changed since it was opened. Reload the page and read the current version.');
  const schools = version.schoolId ? [version.schoolId] : Object.keys(actor.schoolRoles);
  let member: AudienceMember | undefined;
  for (const schoolId of schools) {
    member = (await audienceOf(tx, schoolId, version)).find((m) => m.id === actor.personId);
    if (member) break;
  }
  if (!member) throw Forbidden('This policy does not apply to you, so there is nothing to acknowledge.');
  const [done] = await tx.select({ id: acknowledgements.id }).from(acknowledgements).where(and(eq(acknowledgements.policyVersionId, versionId), eq(acknowledgements.personId, actor.personId)));
  if (done) throw Conflict('You have already acknowledged this version.');
  const [row] = await tx
    .insert(acknowledgements)
    .values({ trustId: version.trustId, schoolId: member.schoolId, policyVersionId: versionId, personId: actor.personId, textSha256, method, recordedBy: actor.personId })
    .returning({ acknowledgedAt: acknowledgements.acknowledgedAt });
  await recordAudit(tx, { trustId: version.trustId, schoolId: member.schoolId, actorPersonId: actor.personId, action: 'policy.acknowledged', resourceType: 'policy_version', resourceId: versionId, detail: { textSha256, method } });
  return row!;
}

export interface CoverageRow extends AudienceMember {
  acknowledgedAt: string | null;
  dueOn: string | null;
}

export interface Coverage {
  versionId: string;
  title: string;
  versionNo: number;
  dueOn: string | null;
  total: number;
  acknowledged: number;
  byRole: { role: string; total: number; acknowledged: number }[];
  people: CoverageRow[];
}

/** Who has and has not acknowledged a version in one school, person by person and role by role. */
export async function coverage(tx: Tx, schoolId: string, version: VersionRow): Promise<Coverage> {
  const audience = await audienceOf(tx, schoolId, version);
  const acks = audience.length
    ? await tx
        .select({ personId: acknowledgements.personId, at: acknowledgements.acknowledgedAt })
        .from(acknowledgements)
        .where(and(eq(acknowledgements.policyVersionId, version.id), inArray(acknowledgements.personId, audience.map((a) => a.id))))
    : [];
  const at = new Map(acks.map((a) => [a.personId, a.at.toISOString()]));
  const [campaign] = await tx.select({ dueOn: ackCampaigns.dueOn }).from(ackCampaigns).where(eq(ackCampaigns.policyVersionId, version.id));
  const rows = audience.map((m) => ({ ...m, acknowledgedAt: at.get(m.id) ?? null, dueOn: personalDueOn(campaign?.dueOn ?? null, m.joinedOn) }));
  const roles = [...new Set(rows.flatMap((r) => (r.roles.length ? r.roles : ['no role'])))].sort();
  const policy = await policyById(tx, version.policyId);
  return {
    versionId: version.id,
    title: policy?.title ?? '',
    versionNo: version.versionNo,
    dueOn: campaign?.dueOn ?? null,
    total: rows.length,
    acknowledged: rows.filter((r) => r.acknowledgedAt).length,
    byRole: roles.map((role) => {
      const holders = rows.filter((r) => (r.roles.length ? r.roles.includes(role) : role === 'no role'));
      return { role, total: holders.length, acknowledged: holders.filter((r) => r.acknowledgedAt).length };
    }),
    people: rows,
  };
}

/** The coverage as CSV for a spreadsheet; a value that starts like a formula is quoted so it stays text. */
export function coverageCsv(c: Coverage): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [['Name', 'Kind', 'Roles', 'Acknowledged', 'Acknowledged at'].join(',')];
  for (const p of c.people) lines.push([p.name, p.kind, p.roles.join('; '), p.acknowledgedAt ? 'yes' : 'no', p.acknowledgedAt ?? ''].map(cell).join(','));
  return lines.join('\r\n') + '\r\n';
}

export interface MyAcknowledgement {
  schoolId: string;
  versionId: string;
  title: string;
  versionNo: number;
  dueOn: string | null;
  acknowledgedAt: string | null;
}

/** For each school the person works in: the policy in force there, and whether they have acknowledged it. */
export async function myAcknowledgements(tx: Tx, actor: Actor, versionInForce: (tx: Tx, schoolId: string) => Promise<VersionRow | null>): Promise<MyAcknowledgement[]> {
  const out: MyAcknowledgement[] = [];
  for (const schoolId of Object.keys(actor.schoolRoles)) {
    const version = await versionInForce(tx, schoolId);
    if (!version) continue;
    const me = (await audienceOf(tx, schoolId, version)).find((m) => m.id === actor.personId);
    if (!me) continue;
    if (out.some((o) => o.versionId === version.id)) continue; // a trust policy counts once
    const [ack] = await tx.select({ at: acknowledgements.acknowledgedAt }).from(acknowledgements).where(and(eq(acknowledgements.policyVersionId, version.id), eq(acknowledgements.personId, actor.personId)));
    const [campaign] = await tx.select({ dueOn: ackCampaigns.dueOn }).from(ackCampaigns).where(eq(ackCampaigns.policyVersionId, version.id));
    const policy = await policyById(tx, version.policyId);
    out.push({ schoolId, versionId: version.id, title: policy?.title ?? '', versionNo: version.versionNo, dueOn: personalDueOn(campaign?.dueOn ?? null, me.joinedOn), acknowledgedAt: ack?.at.toISOString() ?? null });
  }
  return out;
}
