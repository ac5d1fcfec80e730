import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { OutboxSchema, schoolsWhere } from '@lanyard/core';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { mailOutbox } from '../db/schema.js';
import { Id, problems } from '../http/schemas.js';
import { schoolById } from '../schools/service.js';

export async function mailRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/outbox', {
    schema: {
      tags: ['Mail'],
      summary: 'Mail Lanyard has written, newest first (the only place mail goes until SMTP_URL is set)',
      querystring: z.object({ schoolId: Id.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: OutboxSchema, ...problems },
    },
    config: { action: 'outbox.read' },
  }, async (req) => {
    const actor = requireActor(req);
    const schoolId = req.query.schoolId ?? null;
    authorize(actor, 'outbox.read', { trustId: actor.trustId, schoolId });
    // a trust administrator reading trust level sees all; a head sees their own schools' mail
    const where = schoolId ? eq(mailOutbox.schoolId, schoolId) : or(isNull(mailOutbox.schoolId), inArray(mailOutbox.schoolId, schoolsWhere(actor, 'outbox.read', Object.keys(actor.schoolRoles))));
    const rows = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      if (schoolId) await schoolById(tx, schoolId);
      return tx.select().from(mailOutbox).where(and(eq(mailOutbox.trustId, actor.trustId), actor.trustRoles.includes('trust_admin') && !schoolId ? undefined : where)).orderBy(desc(mailOutbox.createdAt)).limit(req.query.limit);
    });
    return {
      transport: ctx.mailer.transport,
      messages: rows.map((m) => ({
        id: m.id,
        schoolId: m.schoolId,
        to: m.toAddress,
        subject: m.subject,
        body: ctx.sealer.open(m.bodyEncrypted),
        createdAt: m.createdAt.toISOString(),
        transport: m.transport,
        sentAt: m.sentAt?.toISOString() ?? null,
        error: m.error,
      })),
    };
  });
}
