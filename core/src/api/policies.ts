// Response shapes of the policies API (see responses.ts for why they live in core).
import { z } from 'zod';
import { OUTCOMES } from '../packs/schema.js';
import { ROLES } from '../people/roles.js';

export const VERSION_STATUSES = ['draft', 'awaiting_ratification', 'ratified', 'superseded', 'withdrawn'] as const;

export const VersionSummarySchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  ratifiedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  governingCommittee: z.string().nullable(),
  responsibleTitle: z.string().nullable(),
  reviewMonths: z.number().int().nullable(),
  hasPack: z.boolean(),
  packSource: z.string().nullable(),
  createdAt: z.string(),
});

export const PolicySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** null for a trust policy, which applies to every school of the trust */
    schoolId: z.string().nullable(),
    inForce: VersionSummarySchema.nullable(),
    versions: z.array(VersionSummarySchema),
  })
  .meta({ id: 'Policy' });

export const ClauseCoverageSchema = z.object({
  anchor: z.string(),
  heading: z.string(),
  /** ids of the rules that cite this clause */
  rules: z.array(z.string()),
});

export const PolicyVersionSchema = VersionSummarySchema.extend({
  policyId: z.string(),
  title: z.string(),
  text: z.string(),
  textSha256: z.string(),
  packYaml: z.string().nullable(),
  clauses: z.array(ClauseCoverageSchema),
}).meta({ id: 'PolicyVersion' });

const RoleViewSchema = z.object({ role: z.enum(ROLES), label: z.string(), people: z.array(z.object({ id: z.string(), name: z.string() })) });

export const AskAnswerSchema = z
  .object({
    policy: z.object({ versionId: z.string(), policyId: z.string(), versionNo: z.number().int(), ratifiedOn: z.string().nullable() }),
    covered: z.boolean(),
    outcome: z.enum(OUTCOMES).nullable(),
    role: RoleViewSchema.nullable(),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        outcome: z.enum(OUTCOMES),
        say: z.string(),
        next: z.array(z.string()),
        role: RoleViewSchema.nullable(),
        cites: z.array(z.object({ clause: z.string(), heading: z.string(), quote: z.string() })),
      }),
    ),
    canSend: z.boolean(),
  })
  .meta({ id: 'AskAnswer', description: 'The school\u2019s answer: the outcome, who to go to (named), what to do, and the clauses it comes from.' });

export const BuiltinPackSchema = z.object({ id: z.string(), school: z.string(), policy: z.string(), rules: z.number().int() });

export type VersionSummary = z.infer<typeof VersionSummarySchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;
export type AskAnswerView = z.infer<typeof AskAnswerSchema>;
export type BuiltinPackView = z.infer<typeof BuiltinPackSchema>;

export const CoverageSchema = z
  .object({
    versionId: z.string(),
    title: z.string(),
    versionNo: z.number().int(),
    dueOn: z.string().nullable(),
    total: z.number().int(),
    acknowledged: z.number().int(),
    byRole: z.array(z.object({ role: z.string(), total: z.number().int(), acknowledged: z.number().int() })),
    people: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        email: z.string().nullable(),
        schoolId: z.string().nullable(),
        roles: z.array(z.string()),
        joinedOn: z.string(),
        /** the campaign's due date, or later for someone who joined after it began (induction) */
        dueOn: z.string().nullable(),
        acknowledgedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AcknowledgementCoverage' });

export const MyAcknowledgementSchema = z.object({
  schoolId: z.string(),
  versionId: z.string(),
  title: z.string(),
  versionNo: z.number().int(),
  dueOn: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});

export type CoverageView = z.infer<typeof CoverageSchema>;
export type MyAcknowledgement = z.infer<typeof MyAcknowledgementSchema>;

export const SentRequestSchema = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    kind: z.enum(['permission', 'declaration']),
    situation: z.record(z.string(), z.unknown()),
    deciderRole: z.string().nullable(),
    note: z.string().nullable(),
    status: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SentRequest' });
export type SentRequestView = z.infer<typeof SentRequestSchema>;

export const TrainingCoverageSchema = z
  .object({
    courses: z.array(z.string()),
    people: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        roles: z.array(z.string()),
        records: z.array(z.object({ course: z.string(), completedOn: z.string(), expiresOn: z.string().nullable(), current: z.boolean(), evidence: z.string().nullable() })),
      }),
    ),
    byCourse: z.array(z.object({ course: z.string(), current: z.number().int(), expired: z.number().int(), missing: z.number().int() })),
  })
  .meta({ id: 'TrainingCoverage' });
export type TrainingCoverageView = z.infer<typeof TrainingCoverageSchema>;
