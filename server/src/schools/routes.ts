import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SchoolSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { problems, ProblemSchema, SchoolParams } from '../http/schemas.js';
import { createSchool, schoolById, updateSchool, visibleSchools, type SchoolRow } from './service.js';

const SchoolInput = z.object({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(200),
  shortName: z.string().trim().max(60).nullish(),
  town: z.string().trim().max(100).nullish(),
  postcode: z.string().trim().max(10).nullish(),
});

const present = (s: SchoolRow) => ({ id: s.id, name: s.name, shortName: s.shortName, town: s.town, postcode: s.postcode });

export async function schoolRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Trusts and schools'];

  app.get('/api/schools', {
    schema: { tags, summary: 'The schools you can see', response: { 200: z.array(SchoolSchema), 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req) => {
    const actor = requireActor(req);
    return (await ctx.db.withTenant(scopeOf(actor), (tx) => visibleSchools(tx, actor))).map(present);
  });

  app.post('/api/schools', {
    schema: { tags, summary: 'Add a school to your trust', body: SchoolInput, response: { 201: SchoolSchema, 409: ProblemSchema, ...problems } },
    config: { action: 'school.create' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'school.create', { trustId: actor.trustId, schoolId: null });
    const row = await ctx.db.withTenant(scopeOf(actor), (tx) => createSchool(tx, actor, req.body));
    return reply.status(201).send(present(row));
  });

  app.get('/api/schools/:schoolId', {
    schema: { tags, summary: 'One school', params: SchoolParams, response: { 200: SchoolSchema, ...problems } },
    config: { action: 'school.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'school.read', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return present(await ctx.db.withTenant(scopeOf(actor), (tx) => schoolById(tx, req.params.schoolId)));
  });

  app.patch('/api/schools/:schoolId', {
    schema: { tags, summary: 'Change a school\u2019s details', params: SchoolParams, body: SchoolInput.partial(), response: { 200: SchoolSchema, ...problems } },
    config: { action: 'school.update' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'school.update', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return present(await ctx.db.withTenant(scopeOf(actor), (tx) => updateSchool(tx, actor, req.params.schoolId, req.body)));
  });
}
