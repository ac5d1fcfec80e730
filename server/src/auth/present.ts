import { ACTIONS, decide, type Action, type Actor } from '@lanyard/core';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { people, schools, trusts } from '../db/schema.js';
import { scopeOf } from './sessions.js';

export const SessionSchema = z
  .object({
    person: z.object({ id: z.string(), givenName: z.string(), familyName: z.string(), email: z.string().nullable() }),
    trust: z.object({ id: z.string(), name: z.string() }),
    trustRoles: z.array(z.string()),
    schools: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()), can: z.array(z.string()) })),
    /** actions allowed at trust level (not in one school) */
    trustCan: z.array(z.string()),
  })
  .meta({ id: 'Session', description: 'Who is signed in, and what they may do in each school they can see.' });
export type SessionView = z.infer<typeof SessionSchema>;

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
