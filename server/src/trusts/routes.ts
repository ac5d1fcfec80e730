import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { Email, Name, ProblemSchema } from '../http/schemas.js';
import { presentSession, SessionSchema } from '../auth/present.js';
import { setSessionCookie } from '../auth/routes.js';
import { createTrust } from './service.js';

export async function trustRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post('/api/trusts', {
    schema: {
      tags: ['Trusts and schools'],
      summary: 'Start a new trust (a standalone school is a trust of one); you become its trust administrator',
      body: z.object({
        trustName: z.string().trim().min(2, 'must be at least 2 characters').max(200),
        givenName: Name,
        familyName: Name,
        email: Email,
        password: z.string().min(1, 'is required').max(200),
      }),
      response: { 201: SessionSchema, 400: ProblemSchema, 409: ProblemSchema },
    },
    config: { public: true },
  }, async (req, reply) => {
    const { token, actor } = await createTrust(ctx, req.body);
    setSessionCookie(reply, token);
    return reply.status(201).send(await presentSession(ctx, actor));
  });
}
