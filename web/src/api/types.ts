// Response shapes of the Lanyard API. They come from the same zod schemas the server answers
// with (core/src/api/responses.ts), so the two cannot drift apart.
export type {
  Accepted,
  AskAnswerView,
  AuditEvent,
  BuiltinPackView,
  CoverageView,
  AuditPage,
  MailMessage,
  MyAcknowledgement,
  Outbox,
  Person,
  PersonLink,
  Policy,
  PolicyVersion,
  Problem,
  School,
  SentRequestView,
  Session,
  SessionSchool,
  TrainingCoverageView,
  VersionSummary,
} from '@lanyard/core';
