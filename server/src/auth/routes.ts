import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AcceptedSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { Email, ProblemSchema } from '../http/schemas.js';
import { requireActor } from './authorize.js';
import { presentSession, SessionSchema } from './present.js';
import { recordSignOut, redeemToken, requestPasswordReset, signIn } from './service.js';
import { endSession, SESSION_COOKIE, SESSION_HOURS } from './sessions.js';

const Password = z.string().min(1, 'is required').max(200, 'must be at most 200 characters');
const TokenBody = z.object({ token: z.string().min(20, 'is not a valid link').max(200), password: Password });

export function setSessionCookie(reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_HOURS * 3600 });
}

export async function authRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Signing in'];

  app.get('/api/csrf-token', {
    schema: { tags, summary: 'A token to send as the x-csrf-token header on every POST, PUT, PATCH and DELETE', response: { 200: z.object({ token: z.string() }) } },
    config: { public: true },
  }, async (_req, reply) => ({ token: reply.generateCsrf() }));

  app.get('/api/session', {
    schema: { tags, summary: 'Who is signed in', response: { 200: SessionSchema, 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req) => presentSession(ctx, requireActor(req)));

  app.post('/api/session', {
    schema: {
      tags,
      summary: 'Sign in with email and password',
      body: z.object({ email: Email, password: Password }),
      response: { 200: SessionSchema, 400: ProblemSchema, 401: ProblemSchema, 429: ProblemSchema },
    },
    config: { public: true },
  }, async (req, reply) => {
    const { token, actor } = await signIn(ctx, { email: req.body.email, password: req.body.password, ip: req.ip });
    setSessionCookie(reply, token);
    return presentSession(ctx, actor);
  });

  app.delete('/api/session', {
    schema: { tags, summary: 'Sign out', response: { 204: z.null(), 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    if (req.sessionToken) await endSession(ctx.db.system, req.sessionToken);
    await recordSignOut(ctx, actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.post('/api/password-reset', {
    schema: {
      tags,
      summary: 'Email a password reset link (the answer is the same whether or not the email has an account)',
      body: z.object({ email: Email }),
      response: { 202: AcceptedSchema, 400: ProblemSchema },
    },
    config: { public: true },
  }, async (req, reply) => {
    await requestPasswordReset(ctx, req.body.email);
    return reply.status(202).send({ message: 'If that email has a Lanyard account, a reset link is on its way. It works for one hour.' });
  });

  app.post('/api/password-reset/complete', {
    schema: { tags, summary: 'Choose a new password with the link from the email; signs you in', body: TokenBody, response: { 200: SessionSchema, 400: ProblemSchema } },
    config: { public: true },
  }, async (req, reply) => {
    const { token, actor } = await redeemToken(ctx, 'reset', req.body.token, req.body.password);
    setSessionCookie(reply, token);
    return presentSession(ctx, actor);
  });

  app.post('/api/invitations/accept', {
    schema: { tags, summary: 'Accept an invitation by choosing a password; signs you in', body: TokenBody, response: { 200: SessionSchema, 400: ProblemSchema } },
    config: { public: true },
  }, async (req, reply) => {
    const { token, actor } = await redeemToken(ctx, 'invite', req.body.token, req.body.password);
    setSessionCookie(reply, token);
    return presentSession(ctx, actor);
  });
}
