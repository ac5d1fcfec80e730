import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { citationProblems, packCitations, parsePack, schoolsWhere, type Actor, type Pack } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { policies, policyVersions } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { authorize } from '../auth/authorize.js';
import { Conflict, DomainError, NotFound } from '../http/errors.js';
import { builtinPolicy } from './builtin.js';
import { startCampaign } from '../acknowledgements/service.js';
import { policiesForSchool, policyById, ratifiedVersion, versionById, versionsOf, type PolicyRow, type VersionRow } from './queries.js';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A pack that does not validate, or cites clauses the text does not have: each error names its line. */
export function packRejected(errors: { line: number | null; message: string }[]): DomainError {
  return new DomainError(400, 'invalid_pack', 'The policy pack has errors; each is listed with its line.', {
    errors: errors.map((e) => ({ field: 'pack', line: e.line, message: e.line ? `line ${e.line}: ${e.message}` : e.message })),
  });
}

/** Validates a pack against the schema and against the version's text; returns it or throws with lines. */
export function checkPack(yaml: string, textMd: string): Pack {
  const parsed = parsePack(yaml);
  if (!parsed.ok) throw packRejected(parsed.errors);
  const problems = citationProblems(textMd, packCitations(parsed.pack));
  if (problems.length) throw packRejected(problems.map((message) => ({ line: null, message })));
  return parsed.pack;
}

export interface NewPolicy {
  schoolId: string | null;
  title: string;
  text?: string | undefined;
  governingCommittee?: string | null | undefined;
  responsibleTitle?: string | null | undefined;
  reviewMonths?: number | null | undefined;
  /** start from a built-in pack (its text and rules) or from blank */
  startFrom?: string | null | undefined;
}

/** A new policy with its first version, a draft; from a built-in pack's text and rules, or blank. */
export async function createPolicy(tx: Tx, actor: Actor, input: NewPolicy): Promise<{ policy: PolicyRow; version: VersionRow }> {
  authorize(actor, 'policy.manage', { trustId: actor.trustId, schoolId: input.schoolId });
  const builtin = input.startFrom ? builtinPolicy(input.startFrom) : undefined;
  if (input.startFrom && !builtin) throw new DomainError(400, 'invalid', 'There is no built-in policy with that name.', { errors: [{ field: 'startFrom', message: 'is not a built-in policy' }] });
  const text = input.text ?? builtin?.markdown ?? `# ${input.title}\n`;
  if (builtin && input.text === undefined) checkPack(builtin.yaml, text);
  const [policy] = await tx.insert(policies).values({ trustId: actor.trustId, schoolId: input.schoolId, title: input.title }).returning();
  const [version] = await tx
    .insert(policyVersions)
    .values({
      trustId: actor.trustId,
      schoolId: input.schoolId,
      policyId: policy!.id,
      versionNo: 1,
      textMd: text,
      textSha256: sha256(text),
      status: 'draft',
      governingCommittee: input.governingCommittee ?? null,
      responsibleTitle: input.responsibleTitle ?? null,
      reviewMonths: input.reviewMonths ?? null,
      packYaml: builtin && input.text === undefined ? builtin.yaml : null,
      packSource: builtin && input.text === undefined ? `builtin:${builtin.id}` : null,
      createdBy: actor.personId,
    })
    .returning();
  await recordAudit(tx, { trustId: actor.trustId, schoolId: input.schoolId, actorPersonId: actor.personId, action: 'policy.created', resourceType: 'policy', resourceId: policy!.id, detail: { title: input.title, startFrom: input.startFrom ?? null } });
  return { policy: policy!, version: version! };
}

/** A policy and its version, provided the actor may take the action on it. */
export async function versionFor(tx: Tx, actor: Actor, versionId: string, action: 'policy.read' | 'policy.manage' | 'policy.ratify') {
  const version = await versionById(tx, versionId);
  if (!version) throw NotFound('That policy version');
  // A trust policy applies in every school of the trust, so anyone who may read policies in one of
  // them may read it; changing it stays with the trust's roles.
  const readingTrustPolicy = version.schoolId === null && action === 'policy.read';
  const schoolId = readingTrustPolicy ? (schoolsWhere(actor, 'policy.read', [])[0] ?? null) : version.schoolId;
  authorize(actor, action, { trustId: version.trustId, schoolId });
  return version;
}

export interface NewVersion {
  text: string;
  governingCommittee?: string | null | undefined;
  responsibleTitle?: string | null | undefined;
  reviewMonths?: number | null | undefined;
}

/** A new draft version; the pack carries over when it still fits the new text. */
export async function addVersion(tx: Tx, actor: Actor, policyId: string, input: NewVersion): Promise<VersionRow> {
  const policy = await policyById(tx, policyId);
  if (!policy) throw NotFound('That policy');
  authorize(actor, 'policy.manage', { trustId: policy.trustId, schoolId: policy.schoolId });
  const [latest] = await versionsOf(tx, policyId);
  let packYaml = latest?.packYaml ?? null;
  if (packYaml) {
    try {
      checkPack(packYaml, input.text);
    } catch {
      packYaml = null; // its citations no longer stand in the new text: the pack must be re-attached
    }
  }
  const [row] = await tx
    .insert(policyVersions)
    .values({
      trustId: policy.trustId,
      schoolId: policy.schoolId,
      policyId,
      versionNo: (latest?.versionNo ?? 0) + 1,
      textMd: input.text,
      textSha256: sha256(input.text),
      status: 'draft',
      governingCommittee: input.governingCommittee ?? latest?.governingCommittee ?? null,
      responsibleTitle: input.responsibleTitle ?? latest?.responsibleTitle ?? null,
      reviewMonths: input.reviewMonths ?? latest?.reviewMonths ?? null,
      packYaml,
      packSource: packYaml ? latest?.packSource ?? null : null,
      createdBy: actor.personId,
    })
    .returning();
  await recordAudit(tx, { trustId: policy.trustId, schoolId: policy.schoolId, actorPersonId: actor.personId, action: 'policy.version_added', resourceType: 'policy_version', resourceId: row!.id, detail: { policy: policy.title, versionNo: row!.versionNo } });
  return row!;
}

const editable = (v: VersionRow) => v.status === 'draft' || v.status === 'awaiting_ratification';

/** Attaches a pack to a version still being drafted; one that does not validate is refused. */
export async function attachPack(tx: Tx, actor: Actor, versionId: string, yaml: string): Promise<VersionRow> {
  const version = await versionFor(tx, actor, versionId, 'policy.manage');
  if (!editable(version)) throw Conflict('Only a draft, or a version awaiting ratification, can have its pack changed. Start a new version.');
  const pack = checkPack(yaml, version.textMd);
  const [row] = await tx.update(policyVersions).set({ packYaml: yaml, packSource: 'custom' }).where(eq(policyVersions.id, versionId)).returning();
  await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'policy.pack_attached', resourceType: 'policy_version', resourceId: versionId, detail: { rules: pack.rules.length, sha256: sha256(yaml) } });
  return row!;
}

export async function submitForRatification(tx: Tx, actor: Actor, versionId: string): Promise<VersionRow> {
  const version = await versionFor(tx, actor, versionId, 'policy.manage');
  if (version.status !== 'draft') throw Conflict('Only a draft can be sent for ratification.');
  const [row] = await tx.update(policyVersions).set({ status: 'awaiting_ratification' }).where(eq(policyVersions.id, versionId)).returning();
  await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'policy.submitted', resourceType: 'policy_version', resourceId: versionId });
  return row!;
}

/** Records the governing committee's ratification; the version in force until now is superseded. */
export async function ratify(tx: Tx, actor: Actor, versionId: string, ratifiedOn: string): Promise<VersionRow> {
  const version = await versionFor(tx, actor, versionId, 'policy.ratify');
  if (!editable(version)) throw Conflict('This version is not awaiting ratification.');
  const previous = await ratifiedVersion(tx, version.policyId);
  if (previous) {
    await tx.update(policyVersions).set({ status: 'superseded' }).where(eq(policyVersions.id, previous.id));
    await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'policy.superseded', resourceType: 'policy_version', resourceId: previous.id, detail: { versionNo: previous.versionNo } });
  }
  const nextReviewOn = version.reviewMonths ? addMonths(ratifiedOn, version.reviewMonths) : null;
  const [row] = await tx
    .update(policyVersions)
    .set({ status: 'ratified', ratifiedOn, nextReviewOn })
    .where(and(eq(policyVersions.id, versionId)))
    .returning();
  await startCampaign(tx, actor, row!);
  await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'policy.ratified', resourceType: 'policy_version', resourceId: versionId, detail: { versionNo: version.versionNo, ratifiedOn, nextReviewOn, textSha256: version.textSha256 } });
  return row!;
}

export async function withdraw(tx: Tx, actor: Actor, versionId: string): Promise<VersionRow> {
  const version = await versionFor(tx, actor, versionId, 'policy.ratify');
  if (version.status === 'superseded' || version.status === 'withdrawn') throw Conflict('This version is no longer in use.');
  const [row] = await tx.update(policyVersions).set({ status: 'withdrawn' }).where(eq(policyVersions.id, versionId)).returning();
  await recordAudit(tx, { trustId: version.trustId, schoolId: version.schoolId, actorPersonId: actor.personId, action: 'policy.withdrawn', resourceType: 'policy_version', resourceId: versionId });
  return row!;
}

/** The version in force in a school: its own policy's ratified version, else its trust's. */
export async function versionInForce(tx: Tx, schoolId: string): Promise<VersionRow | null> {
  const applicable = await policiesForSchool(tx, schoolId);
  const own = applicable.filter((p) => p.schoolId === schoolId);
  for (const p of [...own, ...applicable.filter((p) => p.schoolId === null)]) {
    const v = await ratifiedVersion(tx, p.id);
    if (v) return v;
  }
  return null;
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
