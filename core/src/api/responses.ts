// The shapes the API answers with: one source for the server's response schemas (and so its
// OpenAPI description) and for the web app's types. Zod only: no I/O.
import { z } from 'zod';
import { ACTIONS } from '../authorization/rules.js';
import { PERSON_KINDS } from '../people/roles.js';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details. `detail` says what to do; `errors` names each field that is wrong.' });

export const SessionSchema = z
  .object({
    person: z.object({ id: z.string(), givenName: z.string(), familyName: z.string(), email: z.string().nullable() }),
    trust: z.object({ id: z.string(), name: z.string() }),
    trustRoles: z.array(z.string()),
    schools: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()), can: z.array(z.enum(ACTIONS)) })),
    /** actions allowed at trust level (not in one school) */
    trustCan: z.array(z.enum(ACTIONS)),
  })
  .meta({ id: 'Session', description: 'Who is signed in, and what they may do in each school they can see.' });

export const SchoolSchema = z
  .object({ id: z.string(), name: z.string(), shortName: z.string().nullable(), town: z.string().nullable(), postcode: z.string().nullable() })
  .meta({ id: 'School' });

const PersonLinkSchema = z.object({ id: z.string(), name: z.string() });

export const PersonSchema = z
  .object({
    id: z.string(),
    kind: z.enum(PERSON_KINDS),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string().nullable(),
    schoolId: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    yearGroup: z.string().nullable(),
    leftOn: z.string().nullable(),
    /** pupils: whether parents agreed to their photo being published */
    photoConsent: z.boolean(),
    roles: z.array(z.object({ schoolId: z.string().nullable(), role: z.string() })),
    account: z.object({ status: z.string() }).nullable(),
    children: z.array(PersonLinkSchema),
    parents: z.array(PersonLinkSchema),
  })
  .meta({ id: 'Person' });

export const MailSchema = z
  .object({
    id: z.string(),
    schoolId: z.string().nullable(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    createdAt: z.string(),
    transport: z.string(),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'Mail' });

export const OutboxSchema = z.object({ transport: z.enum(['outbox', 'smtp']), messages: z.array(MailSchema) });

export const AuditEventSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    occurredAt: z.string(),
    schoolId: z.string().nullable(),
    actor: PersonLinkSchema.nullable(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    resourceName: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export const AuditPageSchema = z.object({ events: z.array(AuditEventSchema), nextBefore: z.number().int().nullable() });

export const AcceptedSchema = z.object({ message: z.string() });

export type Problem = z.infer<typeof ProblemSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type SessionSchool = Session['schools'][number];
export type School = z.infer<typeof SchoolSchema>;
export type PersonLink = z.infer<typeof PersonLinkSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type MailMessage = z.infer<typeof MailSchema>;
export type Outbox = z.infer<typeof OutboxSchema>;
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type Accepted = z.infer<typeof AcceptedSchema>;
