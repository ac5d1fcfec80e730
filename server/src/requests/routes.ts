import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SentRequestSchema, SituationSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { problems, ProblemSchema, SchoolParams } from '../http/schemas.js';
import { schoolById } from '../schools/service.js';
import { myRequests, sendRequest } from './service.js';

export async function requestRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Requests and declarations'];

  app.post('/api/schools/:schoolId/requests', {
    schema: {
      tags,
      summary: 'Send the request for permission, or the declaration, that an answer of "ask the policy" calls for',
      params: SchoolParams,
      body: z.object({ situation: SituationSchema, note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish() }),
      response: { 201: SentRequestSchema, 409: ProblemSchema, ...problems },
    },
    config: { action: 'policy.ask' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.ask', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const sent = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return sendRequest(tx, actor, ctx.sealer, req.params.schoolId, req.body.situation, req.body.note ?? null);
    });
    return reply.status(201).send(sent);
  });

  app.get('/api/me/requests', {
    schema: { tags, summary: 'The requests and declarations you have sent', response: { 200: z.array(SentRequestSchema), 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), (tx) => myRequests(tx, actor, ctx.sealer));
  });
}
