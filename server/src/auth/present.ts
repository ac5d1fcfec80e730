import { ACTIONS, decide, SessionSchema, type Action, type Actor, type Session as SessionView } from '@lanyard/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { people, schools, trusts } from '../db/schema.js';
import { scopeOf } from './sessions.js';

export { SessionSchema };

/** What the web app needs to draw itself for this person: their schools and what they can do in each. */
export async function presentSession(ctx: AppContext, actor: Actor): Promise<SessionView> {
  return ctx.db.withTenant(scopeOf(actor), async (tx) => {
    const [trust] = await tx.select({ id: trusts.id, name: trusts.name }).from(trusts).where(eq(trusts.id, actor.trustId));
    const [me] = await tx.select().from(people).where(eq(people.id, actor.personId));
    const ids = Object.keys(actor.schoolRoles);
    const visible = await tx
      .select({ id: schools.id, name: schools.name })
      .from(schools)
      .where(actor.trustRoles.length > 0 ? eq(schools.trustId, actor.trustId) : inArray(schools.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']))
      .orderBy(asc(schools.name));
    const allowed = (schoolId: string | null) => ACTIONS.filter((a: Action) => decide(actor, a, { trustId: actor.trustId, schoolId }).allowed);
    return {
      person: { id: actor.personId, givenName: me?.givenName ?? '', familyName: me?.familyName ?? '', email: me?.email ?? null },
      trust: { id: actor.trustId, name: trust?.name ?? '' },
      trustRoles: [...actor.trustRoles],
      schools: visible.map((s) => ({ ...s, roles: [...(actor.schoolRoles[s.id] ?? [])], can: allowed(s.id) })),
      trustCan: allowed(null),
    };
  });
}
