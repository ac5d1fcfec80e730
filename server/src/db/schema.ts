// Drizzle's view of the tables that migrations/*.sql create. The SQL files are the source of
// truth (they also hold roles, grants and row-level security that Drizzle does not model);
// db.test.ts checks that every column named here exists.
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const trusts = pgTable('trusts', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  town: text('town'),
  postcode: text('postcode'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  kind: text('kind').notNull(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  email: text('email'),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  yearGroup: text('year_group'),
  leftOn: date('left_on', { mode: 'string' }),
  photoConsent: boolean('photo_consent').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const parentLinks = pgTable('parent_links', {
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id').notNull(),
  parentId: uuid('parent_id').notNull(),
  pupilId: uuid('pupil_id').notNull(),
  relationship: text('relationship').notNull(),
});

export const roleAssignments = pgTable('role_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  personId: uuid('person_id').notNull(),
  schoolId: uuid('school_id'),
  role: text('role').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const accounts = pgTable('accounts', {
  personId: uuid('person_id').primaryKey(),
  trustId: uuid('trust_id').notNull(),
  email: text('email').notNull(),
  passwordHash: text('password_hash'),
  status: text('status', { enum: ['invited', 'active', 'disabled'] }).notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  activatedAt: ts('activated_at'),
});

export const oneTimeTokens = pgTable('one_time_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  trustId: uuid('trust_id').notNull(),
  personId: uuid('person_id').notNull(),
  purpose: text('purpose', { enum: ['invite', 'reset'] }).notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  trustId: uuid('trust_id').notNull(),
  personId: uuid('person_id').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});

export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: ts('last_failure_at').notNull(),
  lockedUntil: ts('locked_until'),
});

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyEncrypted: text('body_encrypted').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  transport: text('transport', { enum: ['outbox', 'smtp'] }).notNull(),
  sentAt: ts('sent_at'),
  error: text('error'),
});

export const auditEvents = pgTable('audit_events', {
  id: uuid('id').primaryKey(),
  trustId: uuid('trust_id').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  schoolId: uuid('school_id'),
  actorPersonId: uuid('actor_person_id'),
  action: text('action').notNull(),
  resourceType: text('resource_type').notNull(),
  resourceId: text('resource_id'),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  occurredAt: ts('occurred_at').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const auditHeads = pgTable('audit_heads', {
  trustId: uuid('trust_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export const policies = pgTable('policies', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  title: text('title').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const policyVersions = pgTable('policy_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  policyId: uuid('policy_id').notNull(),
  versionNo: integer('version_no').notNull(),
  textMd: text('text_md').notNull(),
  textSha256: text('text_sha256').notNull(),
  status: text('status', { enum: ['draft', 'awaiting_ratification', 'ratified', 'superseded', 'withdrawn'] }).notNull(),
  governingCommittee: text('governing_committee'),
  responsibleTitle: text('responsible_title'),
  responsiblePersonId: uuid('responsible_person_id'),
  reviewMonths: integer('review_months'),
  ratifiedOn: date('ratified_on', { mode: 'string' }),
  nextReviewOn: date('next_review_on', { mode: 'string' }),
  packYaml: text('pack_yaml'),
  packSource: text('pack_source'),
  createdAt: ts('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const acknowledgements = pgTable('acknowledgements', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  policyVersionId: uuid('policy_version_id').notNull(),
  personId: uuid('person_id').notNull(),
  textSha256: text('text_sha256').notNull(),
  method: text('method', { enum: ['web', 'api', 'paper'] }).notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  acknowledgedAt: ts('acknowledged_at').notNull().defaultNow(),
});

export const ackCampaigns = pgTable('ack_campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  policyVersionId: uuid('policy_version_id').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const policyRequests = pgTable('policy_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id').notNull(),
  personId: uuid('person_id').notNull(),
  kind: text('kind', { enum: ['permission', 'declaration'] }).notNull(),
  situation: jsonb('situation').$type<Record<string, unknown>>().notNull(),
  policyVersionId: uuid('policy_version_id').notNull(),
  ruleIds: text('rule_ids').array().notNull(),
  deciderRole: text('decider_role'),
  noteEncrypted: text('note_encrypted'),
  status: text('status').notNull().default('submitted'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const remindersSent = pgTable('reminders_sent', {
  key: text('key').primaryKey(),
  trustId: uuid('trust_id').notNull(),
  sentAt: ts('sent_at').notNull().defaultNow(),
});

export const trainingRecords = pgTable('training_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id'),
  personId: uuid('person_id').notNull(),
  course: text('course').notNull(),
  completedOn: date('completed_on', { mode: 'string' }).notNull(),
  expiresOn: date('expires_on', { mode: 'string' }),
  evidence: text('evidence'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const checkerWords = pgTable('checker_words', {
  id: uuid('id').primaryKey().defaultRandom(),
  trustId: uuid('trust_id').notNull(),
  schoolId: uuid('school_id').notNull(),
  kind: text('kind').$type<'word' | 'allowed' | 'nickname'>().notNull(),
  text: text('text').notNull(),
  category: text('category'),
  severity: text('severity'),
  personId: uuid('person_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
