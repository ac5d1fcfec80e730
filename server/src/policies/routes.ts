import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AskAnswerSchema, BuiltinPackSchema, PolicySchema, PolicyVersionSchema, SituationSchema } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { Id, IsoDate, problems, ProblemSchema, SchoolParams } from '../http/schemas.js';
import { NotFound } from '../http/errors.js';
import { schoolById } from '../schools/service.js';
import { askPolicy } from './ask.js';
import { builtinPolicies } from './builtin.js';
import { presentPolicy, presentVersion } from './present.js';
import { policiesForSchool, policyById, trustPolicies, versionsOf } from './queries.js';
import { addVersion, attachPack, createPolicy, ratify, submitForRatification, versionFor, withdraw } from './service.js';

const VersionParams = z.object({ versionId: Id });
const PolicyParams = z.object({ policyId: Id });
const Text = z.string().min(1, 'is required').max(500_000, 'is too long for one policy');
const NewPolicyBody = z.object({
  title: z.string().trim().min(2).max(200),
  text: Text.optional(),
  governingCommittee: z.string().trim().max(200).nullish(),
  responsibleTitle: z.string().trim().max(200).nullish(),
  reviewMonths: z.number().int().min(1).max(60).nullish(),
  startFrom: z.string().max(60).nullish(),
});
const conflict = { 409: ProblemSchema };

export async function policyRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Policies'];

  app.get('/api/builtin-packs', {
    schema: { tags, summary: 'The built-in policy packs a new policy can start from', response: { 200: z.array(BuiltinPackSchema), 401: ProblemSchema } },
    config: { action: 'self' },
  }, async (req) => {
    requireActor(req);
    return builtinPolicies().map((b) => ({ id: b.id, school: b.pack.school, policy: b.pack.policy, rules: b.pack.rules.length }));
  });

  app.get('/api/schools/:schoolId/policies', {
    schema: { tags, summary: 'The policies that apply in a school: its own and its trust\u2019s', params: SchoolParams, response: { 200: z.array(PolicySchema), ...problems } },
    config: { action: 'policy.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.read', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      const list = await policiesForSchool(tx, req.params.schoolId);
      return Promise.all(list.map(async (p) => presentPolicy(p, await versionsOf(tx, p.id))));
    });
  });

  app.get('/api/trust/policies', {
    schema: { tags, summary: 'Trust policies, which apply to every school of the trust', response: { 200: z.array(PolicySchema), ...problems } },
    config: { action: 'policy.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.read', { trustId: actor.trustId, schoolId: null });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => Promise.all((await trustPolicies(tx)).map(async (p) => presentPolicy(p, await versionsOf(tx, p.id)))));
  });

  app.post('/api/schools/:schoolId/policies', {
    schema: { tags, summary: 'Start a school policy, from a built-in pack or blank; its first version is a draft', params: SchoolParams, body: NewPolicyBody, response: { 201: PolicySchema, ...problems } },
    config: { action: 'policy.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const out = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      const { policy, version } = await createPolicy(tx, actor, { ...req.body, schoolId: req.params.schoolId });
      return presentPolicy(policy, [version]);
    });
    return reply.status(201).send(out);
  });

  app.post('/api/trust/policies', {
    schema: { tags, summary: 'Start a trust policy (applies to every school)', body: NewPolicyBody, response: { 201: PolicySchema, ...problems } },
    config: { action: 'policy.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.manage', { trustId: actor.trustId, schoolId: null });
    const out = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      const { policy, version } = await createPolicy(tx, actor, { ...req.body, schoolId: null });
      return presentPolicy(policy, [version]);
    });
    return reply.status(201).send(out);
  });

  app.post('/api/policies/:policyId/versions', {
    schema: {
      tags,
      summary: 'Start a new draft version of a policy',
      params: PolicyParams,
      body: z.object({ text: Text, governingCommittee: z.string().trim().max(200).nullish(), responsibleTitle: z.string().trim().max(200).nullish(), reviewMonths: z.number().int().min(1).max(60).nullish() }),
      response: { 201: PolicyVersionSchema, ...problems },
    },
    config: { action: 'policy.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const out = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      const v = await addVersion(tx, actor, req.params.policyId, req.body);
      return presentVersion((await policyById(tx, v.policyId))!, v);
    });
    return reply.status(201).send(out);
  });

  app.get('/api/policy-versions/:versionId', {
    schema: { tags, summary: 'One version: its text, its pack, and which clauses the rules cover', params: VersionParams, response: { 200: PolicyVersionSchema, ...problems } },
    config: { action: 'policy.read' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      const v = await versionFor(tx, actor, req.params.versionId, 'policy.read');
      const p = await policyById(tx, v.policyId);
      if (!p) throw NotFound('That policy');
      return presentVersion(p, v);
    });
  });

  const versionChange = (
    url: string,
    summary: string,
    action: 'policy.manage' | 'policy.ratify',
    body: z.ZodObject,
    run: (tx: Parameters<Parameters<typeof ctx.db.withTenant>[1]>[0], actor: ReturnType<typeof requireActor>, id: string, body: Record<string, unknown>) => Promise<{ policyId: string } & Parameters<typeof presentVersion>[1]>,
  ) =>
    app.post(url, {
      schema: { tags, summary, params: VersionParams, body, response: { 200: PolicyVersionSchema, ...conflict, ...problems } },
      config: { action },
    }, async (req) => {
      const actor = requireActor(req);
      return ctx.db.withTenant(scopeOf(actor), async (tx) => {
        const v = await run(tx, actor, req.params.versionId, req.body as Record<string, unknown>);
        return presentVersion((await policyById(tx, v.policyId))!, v);
      });
    });

  versionChange('/api/policy-versions/:versionId/pack', 'Attach a policy pack (YAML or JSON); errors name their line', 'policy.manage', z.object({ yaml: z.string().min(1, 'is required').max(500_000) }), (tx, a, id, b) => attachPack(tx, a, id, b.yaml as string));
  versionChange('/api/policy-versions/:versionId/submission', 'Send a draft for ratification', 'policy.manage', z.object({}), (tx, a, id) => submitForRatification(tx, a, id));
  versionChange('/api/policy-versions/:versionId/ratification', 'Record ratification by the governing committee; the version in force is superseded', 'policy.ratify', z.object({ ratifiedOn: IsoDate }), (tx, a, id, b) => ratify(tx, a, id, b.ratifiedOn as string));
  versionChange('/api/policy-versions/:versionId/withdrawal', 'Withdraw a version', 'policy.ratify', z.object({}), (tx, a, id) => withdraw(tx, a, id));

  app.post('/api/schools/:schoolId/ask', {
    schema: {
      tags,
      summary: 'Ask the school\u2019s policy about a situation',
      description:
        'Examples: `{"topic":"contact","who":"former_pupil","age":17}` (a friend request from a former pupil aged 17); `{"topic":"personal_use","when":"break","device":"own"}` (Facebook at lunchtime); `{"topic":"posting","about":"photos_of_pupils"}` (a photo from sports day). The same question can have a different answer in another school.',
      params: SchoolParams,
      body: SituationSchema,
      response: { 200: AskAnswerSchema, ...conflict, ...problems },
    },
    config: { action: 'policy.ask' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'policy.ask', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return askPolicy(tx, req.params.schoolId, req.body);
    });
  });
}
