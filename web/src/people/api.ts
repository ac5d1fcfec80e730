import type { PersonKind, Role } from '@lanyard/core';
import { api, query } from '../api/client';
import type { Accepted, Person } from '../api/types';

export interface PeopleFilter {
  kind: PersonKind | '';
  q: string;
  includeLeft: boolean;
}

export interface NewPerson {
  kind: PersonKind;
  givenName: string;
  familyName: string;
  email?: string | null;
  dateOfBirth?: string | null;
  yearGroup?: string | null;
  /** pupils only: whether parents have agreed to photos of them being published */
  photoConsent?: boolean;
  childIds?: string[];
  roles?: Role[];
}

export interface PersonChanges {
  givenName?: string;
  familyName?: string;
  email?: string | null;
  dateOfBirth?: string;
  yearGroup?: string;
  photoConsent?: boolean;
}

export const listPeople = (schoolId: string, f: PeopleFilter) =>
  api.get<Person[]>(`/api/schools/${schoolId}/people${query({ kind: f.kind, q: f.q.trim(), includeLeft: f.includeLeft })}`);

export const listTrustPeople = () => api.get<Person[]>('/api/trust/people');

export const getPerson = (personId: string) => api.get<Person>(`/api/people/${personId}`);

export const addPerson = (schoolId: string, person: NewPerson) => api.post<Person>(`/api/schools/${schoolId}/people`, person);

export const changePerson = (personId: string, changes: PersonChanges) => api.patch<Person>(`/api/people/${personId}`, changes);

/** Replaces the person's roles in one school, or their trust roles when schoolId is null. */
export const replaceRoles = (personId: string, schoolId: string | null, roles: string[]) =>
  api.put<Person>(`/api/people/${personId}/roles`, { schoolId, roles });

export const sendInvitation = (personId: string) => api.post<Accepted>(`/api/people/${personId}/invitation`);

export const markLeft = (personId: string, leftOn: string) => api.post<Person>(`/api/people/${personId}/leaving`, { leftOn });
