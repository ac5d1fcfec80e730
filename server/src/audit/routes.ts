import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AuditPageSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { auditEvents } from '../db/schema.js';
import { Id, problems } from '../http/schemas.js';
import { namesOf } from '../people/queries.js';
import { schoolById } from '../schools/service.js';

export async function auditRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/audit', {
    schema: {
      tags: ['Audit log'],
      summary: 'Who did what, when, to which record: one school\u2019s events, or (trust administrators) the whole trust\u2019s',
      querystring: z.object({
        schoolId: Id.optional(),
        /** events before this sequence number, for the next page */
        before: z.coerce.number().int().positive().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: { 200: AuditPageSchema, ...problems },
    },
    config: { action: 'audit.read' },
  }, async (req) => {
    const actor = requireActor(req);
    const schoolId = req.query.schoolId ?? null;
    authorize(actor, 'audit.read', { trustId: actor.trustId, schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      if (schoolId) await schoolById(tx, schoolId);
      const conds: (SQL | undefined)[] = [eq(auditEvents.trustId, actor.trustId), schoolId ? eq(auditEvents.schoolId, schoolId) : undefined];
      if (req.query.before) conds.push(lt(auditEvents.seq, req.query.before));
      const rows = await tx.select().from(auditEvents).where(and(...conds)).orderBy(desc(auditEvents.seq)).limit(req.query.limit);
      const names = await namesOf(tx, [...new Set(rows.flatMap((r) => [r.actorPersonId, r.resourceType === 'person' ? r.resourceId : null]).filter((x): x is string => !!x))]);
      return {
        events: rows.map((r) => ({
          id: r.id,
          seq: r.seq,
          occurredAt: r.occurredAt.toISOString(),
          schoolId: r.schoolId,
          actor: r.actorPersonId ? { id: r.actorPersonId, name: names.get(r.actorPersonId) ?? 'Someone in another school' } : null,
          action: r.action,
          resourceType: r.resourceType,
          resourceId: r.resourceId,
          resourceName: r.resourceType === 'person' && r.resourceId ? (names.get(r.resourceId) ?? null) : null,
          detail: r.detail,
        })),
        nextBefore: rows.length === req.query.limit ? rows[rows.length - 1]!.seq : null,
      };
    });
  });
}
