import { MAX_TEXT_LENGTH, TEXT_KINDS, type CheckerCategory, type CheckFinding, type Severity, type TextKind } from '@lanyard/core';

// What the checker found, in the words a teacher about to post would use. Keyed by the core's
// own lists, so a new category or kind cannot go unnamed.

export const KIND_LABELS: Record<TextKind, string> = {
  official_post: 'An official post for the school\u2019s account',
  comment: 'A reply or comment on the school\u2019s account',
  personal_post: 'A post on my own account',
};

export const KIND_OPTIONS = TEXT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));

export const CATEGORY_WORDS: Record<CheckerCategory, string> = {
  pupil_name: 'A pupil\u2019s name',
  staff_name: 'A member of staff\u2019s name',
  personal_data: 'Personal details',
  profanity: 'Swearing',
  sexual: 'Sexual content',
  hate: 'Hateful language',
  threat: 'A threat',
  bullying: 'Bullying or unkind words',
  commercial: 'Advertising or selling',
  school_identification: 'Identifies the school',
  child_specific: 'About one child',
  photo_consent: 'Photo consent',
};

/** The severity said in words; the colour of the highlight only repeats them. */
export const SEVERITY_WORDS: Record<Severity, string> = {
  block: 'Must change',
  warning: 'Check this',
  info: 'For information',
};

const SEVERITY_ORDER: readonly Severity[] = ['block', 'warning', 'info'];

/** The most serious of several severities, for a highlight that covers more than one finding. */
export function mostSevere(severities: readonly Severity[]): Severity {
  return SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'info';
}

const things = (n: number) => (n === 1 ? '1 thing' : `${n} things`);

/** "2 things must change before you post, 1 to look at": the count by severity, in words. */
export function summaryOf(findings: readonly CheckFinding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts: string[] = [];
  const block = count('block');
  const warning = count('warning');
  const info = count('info');
  if (block > 0) parts.push(`${things(block)} must change before you post`);
  if (warning > 0) parts.push(parts.length > 0 ? `${warning} to look at` : `${things(warning)} to look at`);
  if (info > 0) parts.push(parts.length > 0 ? `${info} for your information` : `${things(info)} for your information`);
  return `${parts.join(', ')}.`;
}

const number = (n: number) => n.toLocaleString('en-GB');

/** "1,234 of 50,000 characters", or how many too many. */
export function characterCount(length: number): string {
  if (length > MAX_TEXT_LENGTH) {
    const over = length - MAX_TEXT_LENGTH;
    return `${number(over)} ${over === 1 ? 'character' : 'characters'} too many: the limit is ${number(MAX_TEXT_LENGTH)}`;
  }
  return `${number(length)} of ${number(MAX_TEXT_LENGTH)} characters`;
}

/** "Amy Smith, Ben Jones" -> ["Amy Smith", "Ben Jones"], leaving out empty names. */
export function namesFrom(list: string): string[] {
  return list.split(',').map((n) => n.trim()).filter(Boolean);
}
