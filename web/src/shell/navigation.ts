import type { Action } from '@lanyard/core';
import type { Session, SessionSchool } from '../api/types';
import { isTrustAdmin, schoolCan, trustCan } from './scope';

/** The parts of the app a school has; most of them exist for the whole trust as well. */
export type Section = 'home' | 'ask' | 'check' | 'policies' | 'acknowledgements' | 'training' | 'people' | 'outbox' | 'audit';

export interface NavItem {
  label: string;
  to: string;
  /** match only this exact path (Home would otherwise be "current" on every school page) */
  end?: boolean;
}

// perSchool: followed school by school, with no page for the whole trust.
const SECTIONS: { section: Exclude<Section, 'home' | 'ask' | 'check'>; label: string; action: Action; perSchool?: true }[] = [
  { section: 'policies', label: 'Policies', action: 'policy.read' },
  { section: 'acknowledgements', label: 'Acknowledgements', action: 'acknowledgement.read', perSchool: true },
  { section: 'training', label: 'Training', action: 'acknowledgement.read', perSchool: true },
  { section: 'people', label: 'People', action: 'people.read' },
  { section: 'outbox', label: 'Mail outbox', action: 'outbox.read' },
  { section: 'audit', label: 'Audit log', action: 'audit.read' },
];

const SECTION_NAMES: readonly Section[] = ['ask', 'check', ...SECTIONS.map((s) => s.section)];

export function schoolPath(schoolId: string, section: Section): string {
  return section === 'home' ? `/schools/${schoolId}` : `/schools/${schoolId}/${section}`;
}

export function trustPath(section: Section): string {
  if (section === 'home') return '/trust/schools';
  // A policy is asked and acknowledged in one school, a post is checked against one school's
  // pupils and staff, and training is kept there; across the trust the nearest pages are the
  // trust's policies and its people.
  if (section === 'ask' || section === 'check' || section === 'acknowledgements') return '/trust/policies';
  return section === 'training' ? '/trust/people' : `/trust/${section}`;
}

/** The page of words the school has added to its checker, under the check page. */
export function checkerWordsPath(schoolId: string): string {
  return `${schoolPath(schoolId, 'check')}/words`;
}

/** Which section a path is in, so switching school keeps the person on the same kind of page. */
export function sectionOf(pathname: string): Section {
  const part = pathname.startsWith('/trust/') ? pathname.split('/')[2] : pathname.split('/')[3];
  return SECTION_NAMES.find((s) => s === part) ?? 'home';
}

/**
 * The same names whether the person is looking at one school or the whole trust, so the menu
 * never changes shape under them; only where the links lead changes. Home, Ask the policy,
 * Check a post, Acknowledgements and Training belong to a school, so on trust pages they lead to the school the
 * person last used.
 */
export function navItems(session: Session, school: SessionSchool | undefined, wholeTrust: boolean): NavItem[] {
  const items: NavItem[] = [];
  if (school) items.push({ label: 'Home', to: schoolPath(school.id, 'home'), end: true });
  if (school && schoolCan(school, 'policy.ask')) items.push({ label: 'Ask the policy', to: schoolPath(school.id, 'ask') });
  // "end": the checker's words page sits under the check page, and has its own link
  if (school && schoolCan(school, 'content.check')) items.push({ label: 'Check a post', to: schoolPath(school.id, 'check'), end: true });
  if (school && schoolCan(school, 'checker.words.manage')) items.push({ label: 'Checker words', to: checkerWordsPath(school.id) });
  for (const { section, label, action, perSchool } of SECTIONS) {
    if (perSchool) {
      if (school && schoolCan(school, action)) items.push({ label, to: schoolPath(school.id, section) });
    } else if (wholeTrust ? trustCan(session, action) : schoolCan(school, action)) {
      items.push({ label, to: wholeTrust ? trustPath(section) : schoolPath(school?.id ?? '', section) });
    }
  }
  if (isTrustAdmin(session)) items.push({ label: 'Schools', to: '/trust/schools' });
  return items;
}
