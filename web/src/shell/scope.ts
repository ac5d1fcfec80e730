import { useParams } from 'react-router-dom';
import type { Action } from '@lanyard/core';
import type { Session, SessionSchool } from '../api/types';
import { useSession } from '../auth/session';

const REMEMBERED_SCHOOL = 'lanyard.schoolId';

/** The school last chosen on this device, kept so the next visit opens it again. */
export function rememberSchool(schoolId: string): void {
  try {
    localStorage.setItem(REMEMBERED_SCHOOL, schoolId);
  } catch {
    // Private browsing can refuse storage; the URL still carries the school.
  }
}

/** The remembered school if this person can still see it, otherwise their first school. */
export function preferredSchool(session: Session): SessionSchool | undefined {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(REMEMBERED_SCHOOL);
  } catch {
    remembered = null;
  }
  return session.schools.find((s) => s.id === remembered) ?? session.schools[0];
}

/** The school named in the URL, when this person can see it. */
export function useSchoolFromUrl(): SessionSchool | undefined {
  const session = useSession();
  const { schoolId } = useParams();
  return session.schools.find((s) => s.id === schoolId);
}

/** The school of a page under /schools/:schoolId; <SchoolGate> has already checked it exists. */
export function useSchool(): SessionSchool {
  const school = useSchoolFromUrl();
  if (!school) throw new Error('useSchool is only for pages inside <SchoolGate>');
  return school;
}

export function schoolCan(school: SessionSchool | undefined, action: Action): boolean {
  return !!school && school.can.includes(action);
}

export function trustCan(session: Session, action: Action): boolean {
  return session.trustCan.includes(action);
}

/** Trust administrators see the whole trust; trust-level pages are theirs. */
export function isTrustAdmin(session: Session): boolean {
  return trustCan(session, 'school.create');
}
