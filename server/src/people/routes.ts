import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERSON_KINDS, PersonSchema, AcceptedSchema, ROLES } from '@lanyard/core';
import type { AppContext } from '../context.js';
import { authorize, requireActor } from '../auth/authorize.js';
import { scopeOf } from '../auth/sessions.js';
import { Email, Id, IsoDate, Name, PersonParams, problems, ProblemSchema, SchoolParams } from '../http/schemas.js';
import { peopleInSchool, personById, trustLevelPeople } from './queries.js';
import { schoolById } from '../schools/service.js';
import { createPerson, createTrustPerson, invitePerson, markLeft, personFor, presentPeople, setRoles, updatePerson } from './service.js';

const YearGroup = z.string().trim().min(1).max(40);
const NewPersonBody = z.object({
  kind: z.enum(PERSON_KINDS),
  givenName: Name,
  familyName: Name,
  email: Email.nullish(),
  dateOfBirth: IsoDate.nullish(),
  yearGroup: YearGroup.nullish(),
  photoConsent: z.boolean().optional(),
  childIds: z.array(Id).max(20).optional(),
  roles: z.array(z.enum(ROLES)).max(20).optional(),
});

export async function peopleRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['People and roles'];
  app.get('/api/schools/:schoolId/people', {
    schema: {
      tags,
      summary: 'People of a school: staff, governors, volunteers, pupils, parents',
      params: SchoolParams,
      querystring: z.object({
        kind: z.enum(PERSON_KINDS).optional(),
        q: z.string().trim().max(100).optional(),
        includeLeft: z.enum(['true', 'false']).default('false'),
      }),
      response: { 200: z.array(PersonSchema), ...problems },
    },
    config: { action: 'people.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'people.read', { trustId: actor.trustId, schoolId: req.params.schoolId });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await schoolById(tx, req.params.schoolId);
      return presentPeople(tx, await peopleInSchool(tx, { schoolId: req.params.schoolId, kind: req.query.kind, search: req.query.q, includeLeft: req.query.includeLeft === 'true' }));
    });
  });

  app.get('/api/trust/people', {
    schema: { tags, summary: 'People who work across the trust rather than in one school', response: { 200: z.array(PersonSchema), ...problems } },
    config: { action: 'people.read' },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'people.read', { trustId: actor.trustId, schoolId: null });
    return ctx.db.withTenant(scopeOf(actor), async (tx) => presentPeople(tx, await trustLevelPeople(tx)));
  });

  app.post('/api/schools/:schoolId/people', {
    schema: { tags, summary: 'Add a person to a school', params: SchoolParams, body: NewPersonBody, response: { 201: PersonSchema, 409: ProblemSchema, ...problems } },
    config: { action: 'people.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'people.manage', { trustId: actor.trustId, schoolId: req.params.schoolId });
    const view = await ctx.db.withTenant(scopeOf(actor), async (tx) => {
      const row = await createPerson(tx, actor, req.params.schoolId, req.body);
      return (await presentPeople(tx, [row]))[0]!;
    });
    return reply.status(201).send(view);
  });

  app.post('/api/trust/people', {
    schema: { tags, summary: 'Add a person who works across the trust rather than in one school', body: NewPersonBody, response: { 201: PersonSchema, 409: ProblemSchema, ...problems } },
    config: { action: 'people.manage' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    authorize(actor, 'people.manage', { trustId: actor.trustId, schoolId: null });
    const view = await ctx.db.withTenant(scopeOf(actor), async (tx) => (await presentPeople(tx, [await createTrustPerson(tx, actor, req.body)]))[0]!);
    return reply.status(201).send(view);
  });

  app.get('/api/people/:personId', {
    schema: { tags, summary: 'One person', params: PersonParams, response: { 200: PersonSchema, ...problems } },
    config: { action: 'people.read' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => (await presentPeople(tx, [await personFor(tx, actor, req.params.personId, 'people.read')]))[0]!);
  });

  app.patch('/api/people/:personId', {
    schema: {
      tags,
      summary: 'Correct a person\u2019s details',
      params: PersonParams,
      body: z.object({ givenName: Name.optional(), familyName: Name.optional(), email: Email.nullish(), dateOfBirth: IsoDate.optional(), yearGroup: YearGroup.optional(), photoConsent: z.boolean().optional() }),
      response: { 200: PersonSchema, 409: ProblemSchema, ...problems },
    },
    config: { action: 'people.manage' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => (await presentPeople(tx, [await updatePerson(tx, actor, req.params.personId, req.body)]))[0]!);
  });

  app.put('/api/people/:personId/roles', {
    schema: {
      tags,
      summary: 'Set a person\u2019s roles in one school, or their trust roles (schoolId null)',
      params: PersonParams,
      body: z.object({ schoolId: Id.nullable(), roles: z.array(z.enum(ROLES)).max(20) }),
      response: { 200: PersonSchema, 409: ProblemSchema, ...problems },
    },
    config: { action: 'roles.manage' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => {
      await setRoles(tx, actor, req.params.personId, req.body.schoolId, [...new Set(req.body.roles)]);
      // authorised by setRoles (roles.manage); the person may be trust-level
      return (await presentPeople(tx, [(await personById(tx, req.params.personId))!]))[0]!;
    });
  });

  app.post('/api/people/:personId/invitation', {
    schema: { tags, summary: 'Email an invitation to sign in (again, if one was sent before)', params: PersonParams, response: { 202: AcceptedSchema, 409: ProblemSchema, ...problems } },
    config: { action: 'people.invite' },
  }, async (req, reply) => {
    const actor = requireActor(req);
    await ctx.db.withTenant(scopeOf(actor), (tx) => invitePerson(ctx, tx, actor, req.params.personId));
    void ctx.mailer.deliver();
    return reply.status(202).send({ message: ctx.mailer.transport === 'smtp' ? 'Invitation sent.' : 'Invitation written to the mail outbox (no mail server is set up).' });
  });

  app.post('/api/people/:personId/leaving', {
    schema: { tags, summary: 'Mark a pupil as having left the school', params: PersonParams, body: z.object({ leftOn: IsoDate }), response: { 200: PersonSchema, ...problems } },
    config: { action: 'people.manage' },
  }, async (req) => {
    const actor = requireActor(req);
    return ctx.db.withTenant(scopeOf(actor), async (tx) => (await presentPeople(tx, [await markLeft(tx, actor, req.params.personId, req.body.leftOn)]))[0]!);
  });
}
