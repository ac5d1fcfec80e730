import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CoverageSchema, MyAcknowledgementSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { Id, problems, ProblemSchema, SchoolParams } from '../http/schemas.js';
import { DomainError, NotFound } from '../http/errors.js';
import { schoolById } from '../schools/service.js';
import { versionById } from '../policies/queries.js';
import { versionInForce } from '../policies/service.js';
import { acknowledge, coverage, coverageCsv, myAcknowledgements } from './service.js';

const CoverageQuery = z.object({ versionId: Id.optional() });

export async function acknowledgementRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Acknowledgements'];

  app.get('/api/me/acknowledgements', {
    schema: { tags, summary: 'The policies in force in your schools, and whether you have acknowledged them', response: { 200: z.array(MyAcknowledgementSchema), 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), (tx) => myAcknowledgements(tx, actor, versionInForce));
  });

  app.post('/api/policy-versions/:versionId/acknowledgement', {
    schema: {
      tags,
      summary: 'Acknowledge that you have read and accept a policy version; send the textSha256 of the version you read',
      params: z.object({ versionId: Id }),
      body: z.object({ textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the textSha256 of the version you read') }),
      response: { 201: z.object({ acknowledgedAt: z.string() }), 409: ProblemSchema, ...problems },
    },
    // Anyone the policy applies to acknowledges it: the service checks that, not a role.
    config: { action: 'self' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const done = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      const version = await versionById(tx, req.params.versionId);
      if (!version) throw NotFound('That policy version');
      if (version.schoolId) authorize(actor, 'policy.read', { trustId: version.trustId, schoolId: version.schoolId });
      return acknowledge(tx, actor, req.params.versionId, req.body.textSha256, 'web');
    });
    return reply.status(201).send({ acknowledgedAt: done.acknowledgedAt.toISOString() });
  });

  async function coverageFor(actorReq: Parameters<typeof requireActor>[0], schoolId: string, versionId: string | undefined) {
    const actor = requireActor(actorReq);
    authorize(actor, 'acknowledgement.read', { trustId: actor.trustId, schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, schoolId);
      const version = versionId ? await versionById(tx, versionId) : await versionInForce(tx, schoolId);
      if (!version || (version.schoolId !== null && version.schoolId !== schoolId)) {
        throw new DomainError(404, 'not_found', versionId ? 'That policy version was not found in this school.' : 'This school has no policy in force, so there is nothing to acknowledge yet.');
      }
      return coverage(tx, schoolId, version);
    });
  }

  app.get('/api/schools/:schoolId/acknowledgements', {
    schema: { tags, summary: 'Who has and has not acknowledged the policy in force (or a given version), by person and by role', params: SchoolParams, querystring: CoverageQuery, response: { 200: CoverageSchema, ...problems } },
    config: { action: 'acknowledgement.read' },
  }, async (req) => coverageFor(req, req.params.schoolId, req.query.versionId));

  app.get('/api/schools/:schoolId/acknowledgements.csv', {
    schema: { tags, summary: 'The same, as a CSV file', params: SchoolParams, querystring: CoverageQuery, produces: ['text/csv'] },
    config: { action: 'acknowledgement.read' },
  }, async (req, reply) => {
    const c = await coverageFor(req, req.params.schoolId, req.query.versionId);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="acknowledgements-v${c.versionNo}.csv"`)
      .send(coverageCsv(c));
  });
}
