// Response shapes of the Lanyard API, mirrored from the server's zod schemas
// (server/src/**/routes.ts). The web app never imports server code, so keep these in step.
import type { Action, PersonKind } from '@lanyard/core';

export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

export interface SessionSchool {
  id: string;
  name: string;
  roles: string[];
  can: Action[];
}

export interface Session {
  person: { id: string; givenName: string; familyName: string; email: string | null };
  trust: { id: string; name: string };
  trustRoles: string[];
  schools: SessionSchool[];
  /** actions allowed at trust level, not in one school */
  trustCan: Action[];
}

export interface School {
  id: string;
  name: string;
  shortName: string | null;
  town: string | null;
  postcode: string | null;
}

export interface PersonLink {
  id: string;
  name: string;
}

export interface Person {
  id: string;
  kind: PersonKind;
  givenName: string;
  familyName: string;
  email: string | null;
  schoolId: string | null;
  dateOfBirth: string | null;
  yearGroup: string | null;
  leftOn: string | null;
  roles: { schoolId: string | null; role: string }[];
  account: { status: string } | null;
  children: PersonLink[];
  parents: PersonLink[];
}

export interface MailMessage {
  id: string;
  schoolId: string | null;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  transport: string;
  sentAt: string | null;
  error: string | null;
}

export interface Outbox {
  transport: 'outbox' | 'smtp';
  messages: MailMessage[];
}

export interface AuditEvent {
  id: string;
  seq: number;
  occurredAt: string;
  schoolId: string | null;
  actor: PersonLink | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  resourceName: string | null;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}

export interface Accepted {
  message: string;
}
