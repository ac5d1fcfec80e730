import { z } from 'zod';
import { CHECKER_CATEGORIES, ONLY_FOR, TEXT_KINDS, type CheckerCategory } from '../checker/types.js';
import { PERSON_KINDS, ROLES } from '../people/roles.js';
import { TOPICS } from './situation.js';

/** Outcomes in DESIGN.md's words; the order is how strongly an answer binds (see evaluate.ts). */
export const OUTCOMES = ['allowed', 'allowed_with_care', 'needs_permission', 'must_declare', 'forbidden', 'must_report'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower case letters, digits, - or _');

/** A number, or the name of one of the pack's thresholds. */
const Bound = z.union([z.number(), Id]);
const Comparison = z
  .object({ lt: Bound.optional(), lte: Bound.optional(), gt: Bound.optional(), gte: Bound.optional() })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'needs lt, lte, gt or gte');
const Scalar = z.union([z.string(), z.boolean(), z.number()]);
/** A condition on one situation field: a value, any of several values, or a comparison. */
const Condition = z.union([Scalar, z.array(Scalar).min(1), Comparison]);

export const CitationSchema = z
  .object({
    /** the anchor of a heading in the version's text */
    clause: Id,
    /** the clause's own words, exactly as the text has them */
    quote: z.string().min(10),
  })
  .strict();

/**
 * The clause a content checker finding comes under: a citation, for only some kinds of text when
 * the policy says so (staff's own posts, the school's official posts, comments on its accounts).
 */
export const CheckerCitationSchema = CitationSchema.extend({ kinds: z.array(z.enum(TEXT_KINDS)).min(1).optional() }).strict();

export const RuleSchema = z
  .object({
    id: Id,
    /** the topic and field conditions a situation must meet; all must hold */
    when: z.object({ topic: z.enum(TOPICS) }).catchall(Condition),
    outcome: z.enum(OUTCOMES),
    /** the answer in a sentence a teacher reads on a phone */
    say: z.string().min(10),
    /** what to do next, in order */
    next: z.array(z.string().min(3)).default([]),
    /** who decides, who to declare to or report to */
    role: z.enum(ROLES).optional(),
    cites: z.array(CitationSchema, { error: 'every rule cites at least one clause' }).min(1, 'every rule cites at least one clause'),
  })
  .strict();

export const PackSchema = z
  .object({
    id: Id,
    /** the school (or trust) whose policy this is */
    school: z.string().min(2),
    policy: z.string().min(2),
    /** which kinds of people the policy applies to */
    appliesTo: z.array(z.enum(PERSON_KINDS)).min(1),
    /** named numbers rules compare against, e.g. former_pupil_friend_age: 18 */
    thresholds: z.record(Id, z.number()).default({}),
    /** who decides what: decision -> role */
    deciders: z.record(Id, z.enum(ROLES)).default({}),
    /** notice periods in days, e.g. tech_support: 14 */
    noticeDays: z.record(Id, z.number().int().min(0)).default({}),
    /** where concerns go: concern kind -> roles, first first */
    routing: z.record(Id, z.array(z.enum([...ROLES, 'police', 'lado'])).min(1)).default({}),
    /** who to ask when the policy says nothing */
    askWhenSilent: z.enum(ROLES),
    rules: z.array(RuleSchema).min(1),
    /**
     * The clauses the content checker's findings come under: checker category -> citations; a
     * finding takes the first one for its kind of text. A category the policy is silent on is left out.
     */
    checker: z
      .partialRecord(z.enum(CHECKER_CATEGORIES), z.array(CheckerCitationSchema).min(1), {
        // zod's types leave out the unrecognized_keys issue a record of enum keys raises
        error: (issue) => ('keys' in issue && Array.isArray(issue.keys) ? `${issue.keys.join(', ')}: not a checker category (${CHECKER_CATEGORIES.join(', ')})` : undefined),
      })
      .default({}),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id ${rule.id} is used twice` });
      seen.add(rule.id);
      for (const [field, cond] of Object.entries(rule.when)) {
        if (typeof cond !== 'object' || Array.isArray(cond)) continue;
        for (const bound of Object.values(cond)) {
          if (typeof bound === 'string' && !(bound in pack.thresholds)) {
            ctx.addIssue({ code: 'custom', path: ['rules', i, 'when', field], message: `no threshold named ${bound}; add it under thresholds` });
          }
        }
      }
    });
    // a citation for a kind of text its category never checks would never be shown
    for (const [category, cites] of Object.entries(pack.checker)) {
      const only = ONLY_FOR[category as CheckerCategory];
      if (!only) continue;
      cites.forEach((cite, i) => {
        const never = (cite.kinds ?? []).filter((k) => !only.includes(k));
        if (never.length) ctx.addIssue({ code: 'custom', path: ['checker', category, i, 'kinds'], message: `${category} is checked only in ${only.join(', ')}, not in ${never.join(', ')}` });
      });
    }
  });

export type Pack = z.infer<typeof PackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type CheckerCitation = z.infer<typeof CheckerCitationSchema>;
/** A pack's checker section: the clauses its checker findings come under. */
export type PackCheckerClauses = Pack['checker'];
