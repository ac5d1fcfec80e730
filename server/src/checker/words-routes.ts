import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CheckerWordsSchema, decide, NewAllowedPhraseSchema, NewCheckerWordSchema, NewNicknameSchema, ProblemSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { Id, problems, SchoolParams } from '../http/schemas.js';
import { schoolById } from '../schools/service.js';
import { addAllowedPhrase, addCheckerWord, addNickname, checkerWordsView, removeCheckerWord } from './words-service.js';

const Added = z.object({ id: z.string() });

/** The school's own words for its checker: listed for anyone who checks posts, kept by leadership. */
export async function checkerWordsRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Content checker'];
  const base = '/api/schools/:schoolId/checker-words';

  app.get(base, {
    schema: {
      tags,
      summary: 'The words the school has added to its checker, the phrases it allows, and the nicknames it knows',
      description: 'Pupils\u2019 nicknames are listed only for those who may see the school\u2019s people (pupilNicknamesShown).',
      params: SchoolParams,
      response: { 200: CheckerWordsSchema, ...problems },
    },
    config: { action: 'content.check' },
  }, async (req) => {
    const actor = requireActor(req);
    const resource = { trustId: actor.trustId, schoolId: req.params.schoolId };
    authorize(actor, 'content.check', resource);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return checkerWordsView(tx, req.params.schoolId, { pupilNicknames: decide(actor, 'people.read', resource).allowed });
    });
  });

  const adding = (summary: string) => ({ tags, summary, params: SchoolParams, response: { 201: Added, 409: ProblemSchema, ...problems } });

  app.post(`${base}/words`, {
    schema: { ...adding('Add a word or phrase for the checker to find: a local slur, or a phrase used to bully'), body: NewCheckerWordSchema },
    config: { action: 'checker.words.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'checker.words.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const row = await ctx.db.withTenant(scopeOf(actor), (tx) => addCheckerWord(tx, actor, req.params.schoolId, req.body));
    return reply.status(201).send({ id: row.id });
  });

  app.post(`${base}/allowed`, {
    schema: { ...adding('Allow a word or phrase that is fine at the school, though it holds a word the checker looks for'), body: NewAllowedPhraseSchema },
    config: { action: 'checker.words.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'checker.words.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const row = await ctx.db.withTenant(scopeOf(actor), (tx) => addAllowedPhrase(tx, actor, req.params.schoolId, req.body));
    return reply.status(201).send({ id: row.id });
  });

  app.post(`${base}/nicknames`, {
    schema: { ...adding('Add a nickname of the school, or of one of its pupils or staff, for the checker to find as them'), body: NewNicknameSchema },
    config: { action: 'checker.words.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'checker.words.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const row = await ctx.db.withTenant(scopeOf(actor), (tx) => addNickname(tx, actor, req.params.schoolId, req.body));
    return reply.status(201).send({ id: row.id });
  });

  app.delete(`${base}/:wordId`, {
    schema: { tags, summary: 'Remove a word, an allowed phrase or a nickname', params: SchoolParams.extend({ wordId: Id }), response: { 204: z.null(), ...problems } },
    config: { action: 'checker.words.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'checker.words.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    await ctx.db.withTenant(scopeOf(actor), (tx) => removeCheckerWord(tx, actor, req.params.schoolId, req.params.wordId));
    return reply.status(204).send(null);
  });
}
