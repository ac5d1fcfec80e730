import type { Action } from '@lanyard/core';
import type { Session, SessionSchool } from '../api/types';
import { isTrustAdmin, schoolCan, trustCan } from './scope';

/** The parts of the app that exist both for one school and for the whole trust. */
export type Section = 'home' | 'ask' | 'policies' | 'people' | 'outbox' | 'audit';

export interface NavItem {
  label: string;
  to: string;
  /** match only this exact path (Home would otherwise be "current" on every school page) */
  end?: boolean;
}

const SECTIONS: { section: Exclude<Section, 'home' | 'ask'>; label: string; action: Action }[] = [
  { section: 'policies', label: 'Policies', action: 'policy.read' },
  { section: 'people', label: 'People', action: 'people.read' },
  { section: 'outbox', label: 'Mail outbox', action: 'outbox.read' },
  { section: 'audit', label: 'Audit log', action: 'audit.read' },
];

export function schoolPath(schoolId: string, section: Section): string {
  return section === 'home' ? `/schools/${schoolId}` : `/schools/${schoolId}/${section}`;
}

export function trustPath(section: Section): string {
  if (section === 'home') return '/trust/schools';
  // A policy is asked in one school; across the trust the nearest page is the trust's policies.
  return section === 'ask' ? '/trust/policies' : `/trust/${section}`;
}

/** Which section a path is in, so switching school keeps the person on the same kind of page. */
export function sectionOf(pathname: string): Section {
  const part = pathname.startsWith('/trust/') ? pathname.split('/')[2] : pathname.split('/')[3];
  return part === 'ask' || part === 'policies' || part === 'people' || part === 'outbox' || part === 'audit' ? part : 'home';
}

/**
 * The same names whether the person is looking at one school or the whole trust, so the menu
 * never changes shape under them; only where the links lead changes. Home and Ask the policy
 * belong to a school, so on trust pages they lead to the school the person last used.
 */
export function navItems(session: Session, school: SessionSchool | undefined, wholeTrust: boolean): NavItem[] {
  const items: NavItem[] = [];
  if (school) items.push({ label: 'Home', to: schoolPath(school.id, 'home'), end: true });
  if (school && schoolCan(school, 'policy.ask')) items.push({ label: 'Ask the policy', to: schoolPath(school.id, 'ask') });
  for (const { section, label, action } of SECTIONS) {
    if (wholeTrust ? trustCan(session, action) : schoolCan(school, action)) {
      items.push({ label, to: wholeTrust ? trustPath(section) : schoolPath(school?.id ?? '', section) });
    }
  }
  if (isTrustAdmin(session)) items.push({ label: 'Schools', to: '/trust/schools' });
  return items;
}
