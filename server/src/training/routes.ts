import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TrainingCoverageSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { Id, IsoDate, problems, SchoolParams } from '../http/schemas.js';
import { schoolById } from '../schools/service.js';
import { recordTraining, trainingCoverage } from './service.js';

export async function trainingRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Training'];

  app.get('/api/schools/:schoolId/training', {
    schema: { tags, summary: 'Training records of everyone at the school, and coverage per course', params: SchoolParams, response: { 200: TrainingCoverageSchema, ...problems } },
    config: { action: 'acknowledgement.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'acknowledgement.read', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return trainingCoverage(tx, req.params.schoolId, new Date().toISOString().slice(0, 10));
    });
  });

  app.post('/api/schools/:schoolId/training', {
    schema: {
      tags,
      summary: 'Record a completed course for a person',
      params: SchoolParams,
      body: z.object({ personId: Id, course: z.string().trim().min(2).max(200), completedOn: IsoDate, expiresOn: IsoDate.nullish(), evidence: z.string().trim().max(1000).nullish() }),
      response: { 201: z.object({ id: z.string() }), ...problems },
    },
    config: { action: 'training.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'training.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const row = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return recordTraining(tx, actor, req.params.schoolId, req.body);
    });
    return reply.status(201).send({ id: row.id });
  });
}
