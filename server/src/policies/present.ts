import { clausesOf, parsePack, type Policy, type PolicyVersion, type VersionSummary } from '@lanyard/core';
import type { PolicyRow, VersionRow } from './queries.js';

export function presentSummary(v: VersionRow): VersionSummary {
  return {
    id: v.id,
    versionNo: v.versionNo,
    status: v.status,
    ratifiedOn: v.ratifiedOn,
    nextReviewOn: v.nextReviewOn,
    governingCommittee: v.governingCommittee,
    responsibleTitle: v.responsibleTitle,
    reviewMonths: v.reviewMonths,
    hasPack: v.packYaml !== null,
    packSource: v.packSource,
    createdAt: v.createdAt.toISOString(),
  };
}

export function presentPolicy(p: PolicyRow, versions: VersionRow[]): Policy {
  const inForce = versions.find((v) => v.status === 'ratified');
  return { id: p.id, title: p.title, schoolId: p.schoolId, inForce: inForce ? presentSummary(inForce) : null, versions: versions.map(presentSummary) };
}

/** The whole version, with each clause and the rules that cite it, so an editor sees what no rule covers yet. */
export function presentVersion(p: PolicyRow, v: VersionRow): PolicyVersion {
  const parsed = v.packYaml ? parsePack(v.packYaml) : null;
  const rules = parsed?.ok ? parsed.pack.rules : [];
  return {
    ...presentSummary(v),
    policyId: p.id,
    title: p.title,
    text: v.textMd,
    textSha256: v.textSha256,
    packYaml: v.packYaml,
    clauses: clausesOf(v.textMd).map((c) => ({ anchor: c.anchor, heading: c.heading, rules: rules.filter((r) => r.cites.some((x) => x.clause === c.anchor)).map((r) => r.id) })),
  };
}
