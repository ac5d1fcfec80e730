// Response shapes of the Lanyard API. They come from the same zod schemas the server answers
// with (core/src/api/responses.ts), so the two cannot drift apart.
export type {
  Accepted,
  AuditEvent,
  AuditPage,
  MailMessage,
  Outbox,
  Person,
  PersonLink,
  Problem,
  School,
  Session,
  SessionSchool,
} from '@lanyard/core';
