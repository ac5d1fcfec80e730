import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Alive: the process answers. Ready: it can also reach its database.
  app.get('/healthz', { schema: { hide: true }, config: { public: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    try {
      await ctx.db.system.execute(sql`SELECT 1`);
      return { status: 'ready', database: ctx.db.kind };
    } catch {
      return reply.status(503).send({ status: 'not ready', database: ctx.db.kind });
    }
  });
}
