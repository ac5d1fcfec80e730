import { KIND_LABELS, ROLE_LABELS, type PersonKind, type Role } from '@lanyard/core';
import type { Person } from '../api/types';

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as PersonKind] ?? kind;
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

export function personName(p: Pick<Person, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName}`.trim();
}

/** Roles held in one school, or trust roles when schoolId is null. */
export function rolesIn(person: Person, schoolId: string | null): string[] {
  return person.roles.filter((r) => r.schoolId === schoolId).map((r) => r.role);
}

/** Whether and how this person signs in, in plain words. */
export function signInLabel(person: Person): string {
  if (person.kind === 'pupil' || person.kind === 'parent') return 'Does not sign in';
  switch (person.account?.status) {
    case 'active':
      return 'Can sign in';
    case 'invited':
      return 'Invited, not yet signed in';
    case 'disabled':
      return 'Sign-in turned off';
    default:
      return 'Not invited';
  }
}

/** A pupil's photo consent, in words for the people table. */
export function photosLabel(person: Pick<Person, 'photoConsent'>): string {
  return person.photoConsent ? 'Photos: yes' : 'Photos: no';
}

/** The photo consent box, the same on the add and details forms. */
export const PHOTO_CONSENT = {
  legend: 'Photo consent',
  hint: 'The post checker looks at this when an official post tags the pupil in a photo.',
  options: [{ value: 'given', label: 'Parents have agreed to photos being published' }],
} as const;

/** Suggestions for the year group box; schools may type their own names (Nursery, Form 3). */
export const YEAR_GROUPS = ['Nursery', 'Reception', ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`)];
