import { KIND_LABELS, ROLE_LABELS, type CheckerCategory, type PersonKind, type Role, type Severity } from '@lanyard/core';
import type { AuditEvent } from '../api/types';
import { CATEGORY_WORDS, SEVERITY_WORDS } from '../checker/words';
import { formatDate } from '../ui/dates';

/** What happened, as a headteacher would say it. Unknown actions show as recorded. */
const ACTION_LABELS: Record<string, string> = {
  'trust.created': 'Started the trust',
  'school.created': 'Added a school',
  'school.updated': 'Changed a school\u2019s details',
  'person.created': 'Added a person',
  'person.updated': 'Changed a person\u2019s details',
  'person.invited': 'Sent an invitation',
  'pupil.left': 'Marked a pupil as left',
  'family.linked': 'Linked a parent to a child',
  'role.granted': 'Gave a role',
  'role.revoked': 'Took away a role',
  'auth.signed_in': 'Signed in',
  'auth.signed_out': 'Signed out',
  'auth.sign_in_failed': 'Failed to sign in',
  'auth.account_locked': 'Sign-in paused after too many attempts',
  'auth.password_reset_requested': 'Asked to reset their password',
  'auth.password_reset': 'Reset their password',
  'auth.invitation_accepted': 'Accepted an invitation',
  'policy.created': 'Started a policy',
  'policy.version_added': 'Started a new version of a policy',
  'policy.pack_attached': 'Saved a policy\u2019s rules',
  'policy.submitted': 'Sent a policy for ratification',
  'policy.ratified': 'Recorded a policy\u2019s ratification',
  'policy.superseded': 'Replaced the version of a policy in force',
  'policy.withdrawn': 'Withdrew a policy version',
  'checker.word_added': 'Added a word for the checker to find',
  'checker.word_removed': 'Removed a word the checker found',
  'checker.phrase_allowed': 'Allowed a phrase in the checker',
  'checker.allowed_phrase_removed': 'Stopped allowing a phrase in the checker',
  'checker.nickname_added': 'Added a nickname for the checker',
  'checker.nickname_removed': 'Removed a nickname from the checker',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

const RESOURCE_LABELS: Record<string, string> = { person: 'Person', school: 'School', trust: 'Trust', policy: 'Policy', policy_version: 'Policy version', checker_word: 'Checker\u2019s words' };

/** Which record: a person's name where the server knows it, otherwise the kind of record. */
export function recordLabel(e: AuditEvent): string {
  if (e.resourceName) return e.resourceName;
  if (typeof e.detail.name === 'string') return e.detail.name;
  return RESOURCE_LABELS[e.resourceType] ?? e.resourceType;
}

const DETAIL_LABELS: Record<string, string> = {
  role: 'Role',
  kind: 'Kind',
  name: 'Name',
  leftOn: 'Left on',
  pupil: 'Child',
  fields: 'Changed',
  ip: 'From address',
  shortName: 'Short name',
  town: 'Town',
  postcode: 'Postcode',
  title: 'Title',
  policy: 'Policy',
  startFrom: 'Started from',
  versionNo: 'Version',
  ratifiedOn: 'Ratified on',
  nextReviewOn: 'Next review',
  rules: 'Rules',
  sha256: 'Fingerprint of the rules',
  textSha256: 'Fingerprint of the text',
  word: 'Word',
  category: 'Kind of word',
  severity: 'Checker says',
  phrase: 'Phrase',
  nickname: 'Nickname',
  of: 'Nickname of',
};

const FIELD_LABELS: Record<string, string> = {
  givenName: 'first name',
  familyName: 'last name',
  email: 'email',
  dateOfBirth: 'date of birth',
  yearGroup: 'year group',
  name: 'name',
  shortName: 'short name',
  town: 'town',
  postcode: 'postcode',
};

function valueLabel(key: string, value: unknown): string {
  if (key === 'role' && typeof value === 'string') return ROLE_LABELS[value as Role] ?? value;
  if (key === 'kind' && typeof value === 'string') return KIND_LABELS[value as PersonKind] ?? value;
  if (key === 'category' && typeof value === 'string') return CATEGORY_WORDS[value as CheckerCategory] ?? value;
  if (key === 'severity' && typeof value === 'string') return SEVERITY_WORDS[value as Severity] ?? value;
  if ((key === 'leftOn' || key === 'ratifiedOn' || key === 'nextReviewOn') && typeof value === 'string') return formatDate(value);
  if (key === 'fields' && Array.isArray(value)) return value.map((f) => FIELD_LABELS[String(f)] ?? String(f)).join(', ');
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The event's details as "Label: value" lines, leaving out what the other columns already say. */
export function detailLines(e: AuditEvent): string[] {
  return Object.entries(e.detail)
    // 'demo' marks seeded data; 'pupilId' is an id a person cannot read (the record column names the parent).
    .filter(([key, value]) => key !== 'demo' && key !== 'pupilId' && value !== null && value !== undefined && value !== '')
    .filter(([key]) => !(key === 'name' && recordLabel(e) === e.detail.name))
    .map(([key, value]) => `${DETAIL_LABELS[key] ?? key}: ${valueLabel(key, value)}`);
}
