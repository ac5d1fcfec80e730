import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CheckFindingSchema, MAX_TEXT_LENGTH, SentenceEncodings, TEXT_KINDS } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { problems, SchoolParams } from '../http/schemas.js';
import { schoolById } from '../schools/service.js';
import { rosterOf } from './roster.js';
import { checkRules, finishCheck } from './service.js';

const RosterSchema = z.object({
  school: z.object({ name: z.string(), short: z.string(), town: z.string(), postcode: z.string(), address: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), nicknames: z.array(z.string()).optional() }),
  pupils: z.array(z.object({ given: z.string(), family: z.string(), dob: z.string(), year: z.string(), photoConsent: z.boolean(), aka: z.array(z.string()).optional() })),
  staff: z.array(z.object({ given: z.string(), family: z.string(), role: z.string(), aka: z.array(z.string()).optional() })),
});

export async function checkerRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Content checker'];
  // a draft checked again is read again only where it changed
  const encodings = new SentenceEncodings();

  app.post('/api/schools/:schoolId/check', {
    schema: {
      tags,
      summary: 'Check a text before it is published: an official post, a comment on an official account, or a staff member\u2019s own post',
      description: `Each finding gives its category, the span (UTF-16 offsets) in the text, a severity, a plain-English reason, the clause of the school\u2019s policy in force where its pack names one, and either a suggestion (text to write in place of a stated range) or advice. Texts over ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters are refused.`,
      params: SchoolParams,
      body: z.object({
        text: z.string().max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters; split it into shorter posts`),
        kind: z.enum(TEXT_KINDS).default('official_post'),
        images: z.array(z.object({ tagged: z.array(z.string().max(200)).max(100) })).max(20).optional(),
      }),
      response: {
        200: z.object({
          findings: z.array(CheckFindingSchema),
          policyVersionId: z.string().nullable().describe('The policy version the findings\u2019 clauses are quoted from, to link to them; null when no finding has one.'),
          meaning: z.enum(['read', 'partial', 'off', 'unavailable']).describe('Whether the reading of meaning ran: each sentence read by a sentence encoder for threats, hate and bullying in words the checker does not know ("read"; in an official post, the sentences that quote or report someone, and the quotations themselves); in a text of more than 20,000 characters, its sentences up to that read so and the rest for their words only ("partial"); switched off on this server ("off"); or could not run this time, so only the words were checked ("unavailable").'),
        }),
        ...problems,
      },
    },
    config: { action: 'content.check' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'content.check', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const checked = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return checkRules(tx, req.params.schoolId, req.body.text, req.body.kind, req.body.images);
    });
    // the text is never logged: it may name a child
    const encode = ctx.meaning && encodings.forSchool(req.params.schoolId, ctx.meaning);
    return finishCheck(checked, encode, (err) => req.log.warn({ err: { message: err.message } }, 'reading of meaning unavailable'));
  });

  app.get('/api/schools/:schoolId/roster', {
    schema: { tags, summary: 'The school\u2019s roster in the shape the checker\u2019s command line reads (--roster)', params: SchoolParams, response: { 200: RosterSchema, ...problems } },
    config: { action: 'people.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'people.read', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return ctx.db.withTenant(scopeOf(actor), (tx) => rosterOf(tx, req.params.schoolId));
  });
}
