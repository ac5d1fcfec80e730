import type { Outcome } from '@lanyard/core';
import type { Policy, VersionSummary } from '../api/types';
import { formatDate, today } from '../ui/dates';

type Status = VersionSummary['status'];

const STATUS_LABELS: Record<Status, string> = {
  draft: 'Draft',
  awaiting_ratification: 'Awaiting ratification',
  ratified: 'Ratified, in force',
  superseded: 'Superseded by a later version',
  withdrawn: 'Withdrawn',
};

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/** The answer as a teacher would want it said: plain words, never a colour alone. */
export const OUTCOME_WORDS: Record<Outcome, string> = {
  allowed: 'Allowed',
  allowed_with_care: 'Allowed, with care',
  needs_permission: 'You need permission',
  must_declare: 'You must declare it',
  must_report: 'You must report it',
  forbidden: 'Not allowed',
};

/** Where a school's policies live, or the trust's when schoolId is null. */
export function policiesPath(schoolId: string | null): string {
  return schoolId ? `/schools/${schoolId}/policies` : '/trust/policies';
}

export function versionPath(schoolId: string | null, versionId: string, clause?: string): string {
  return `${policiesPath(schoolId)}/versions/${versionId}${clause ? `#clause-${clause}` : ''}`;
}

export function reviewOverdue(v: Pick<VersionSummary, 'nextReviewOn'>): boolean {
  return v.nextReviewOn !== null && v.nextReviewOn < today();
}

/** "1 March 2027", or the same with "Review overdue" in front once the date has passed. */
export function reviewText(v: Pick<VersionSummary, 'nextReviewOn'>): string {
  if (!v.nextReviewOn) return 'No review date';
  return reviewOverdue(v) ? `Review overdue (was due ${formatDate(v.nextReviewOn)})` : formatDate(v.nextReviewOn);
}

export function reviewPeriod(months: number | null): string {
  if (months === null) return 'Not set';
  if (months === 12) return 'Every year';
  return months === 1 ? 'Every month' : `Every ${months} months`;
}

/** Where a version's rules came from: a built-in pack, written here, or none yet. */
export function packSourceLabel(v: Pick<VersionSummary, 'hasPack' | 'packSource'>): string {
  if (!v.hasPack) return 'No rules yet, so Ask the policy cannot use this version';
  if (v.packSource?.startsWith('builtin:')) return `Rules from the built-in pack \u201c${v.packSource.slice('builtin:'.length)}\u201d`;
  return 'Rules written for this policy';
}

export function appliesTo(policy: Pick<Policy, 'schoolId'>): string {
  return policy.schoolId === null ? 'Whole trust' : 'This school';
}

/** A heading as a reader should see it, without the marks a Word export leaves ("[bookmark: _Toc1]", <b>). */
export function readableHeading(heading: string): string {
  return heading.replace(/\[bookmark:[^\]]*\]/g, '').replace(/<\/?[a-z][^>]*>/gi, '').trim();
}
