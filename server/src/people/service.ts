import { and, eq, inArray } from 'drizzle-orm';
import { isTrustRole, kindCanSignIn, type Actor, type Person, type PersonKind, type Role } from '@lanyard/core';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { accounts, oneTimeTokens, parentLinks, people, roleAssignments } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { authorize } from '../auth/authorize.js';
import { INVITE_DAYS } from '../auth/service.js';
import { Conflict, Invalid, NotFound } from '../http/errors.js';
import { newToken } from '../security/tokens.js';
import { schoolById } from '../schools/service.js';
import { accountsOf, familyLinksOf, namesOf, personById, rolesOf, type PersonRow } from './queries.js';

export type PersonView = Person;

/** Field by field, so a new column never leaks into a response by accident. */
export async function presentPeople(tx: Tx, rows: PersonRow[]): Promise<PersonView[]> {
  const ids = rows.map((r) => r.id);
  const [roles, accts, links] = await Promise.all([rolesOf(tx, ids), accountsOf(tx, ids), familyLinksOf(tx, ids)]);
  const names = await namesOf(tx, [...new Set(links.flatMap((l) => [l.parentId, l.pupilId]))]);
  return rows.map((p) => ({
    id: p.id,
    kind: p.kind as PersonKind,
    givenName: p.givenName,
    familyName: p.familyName,
    email: p.email,
    schoolId: p.schoolId,
    dateOfBirth: p.dateOfBirth,
    yearGroup: p.yearGroup,
    leftOn: p.leftOn,
    photoConsent: p.photoConsent,
    roles: roles.filter((r) => r.personId === p.id).map((r) => ({ schoolId: r.schoolId, role: r.role })),
    account: accts.find((a) => a.personId === p.id) ? { status: accts.find((a) => a.personId === p.id)!.status } : null,
    // a link to someone in a school the viewer cannot see is left out rather than shown nameless
    children: links.filter((l) => l.parentId === p.id && names.has(l.pupilId)).map((l) => ({ id: l.pupilId, name: names.get(l.pupilId)! })),
    parents: links.filter((l) => l.pupilId === p.id && names.has(l.parentId)).map((l) => ({ id: l.parentId, name: names.get(l.parentId)! })),
  }));
}

/** Loads a person the actor may act on, or says not found (even when they exist elsewhere). */
export async function personFor(tx: Tx, actor: Actor, id: string, action: Parameters<typeof authorize>[1]): Promise<PersonRow> {
  const person = await personById(tx, id);
  if (!person) throw NotFound('That person');
  authorize(actor, action, { trustId: person.trustId, schoolId: person.schoolId });
  return person;
}

export interface NewPerson {
  kind: PersonKind;
  givenName: string;
  familyName: string;
  email?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  yearGroup?: string | null | undefined;
  photoConsent?: boolean | undefined;
  childIds?: string[] | undefined;
  roles?: Role[] | undefined;
}

export async function createPerson(tx: Tx, actor: Actor, schoolId: string, input: NewPerson): Promise<PersonRow> {
  await schoolById(tx, schoolId);
  if (input.kind === 'pupil') {
    if (!input.dateOfBirth) throw Invalid('dateOfBirth', 'A pupil needs a date of birth: several policies turn on a pupil\u2019s age.');
    if (!input.yearGroup) throw Invalid('yearGroup', 'A pupil needs a year group.');
  } else if (input.yearGroup) {
    throw Invalid('yearGroup', 'Only pupils have a year group.');
  }
  if (input.childIds?.length && input.kind !== 'parent') throw Invalid('childIds', 'Only a parent or carer can be linked to children.');
  if (input.roles?.length) {
    if (!kindCanSignIn(input.kind)) throw Invalid('roles', 'Pupils and parents do not hold school roles.');
    authorize(actor, 'roles.manage', { trustId: actor.trustId, schoolId });
    if (input.roles.some(isTrustRole)) throw Invalid('roles', 'Trust roles are given at trust level, not in a school.');
  }
  if (input.email) await assertEmailFree(tx, input.email, null);

  const [row] = await tx
    .insert(people)
    .values({
      trustId: actor.trustId,
      schoolId,
      kind: input.kind,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      yearGroup: input.yearGroup ?? null,
      photoConsent: input.kind === 'pupil' ? (input.photoConsent ?? false) : false,
    })
    .returning();
  const person = row!;
  await recordAudit(tx, { trustId: actor.trustId, schoolId, actorPersonId: actor.personId, action: 'person.created', resourceType: 'person', resourceId: person.id, detail: { kind: input.kind, name: `${input.givenName} ${input.familyName}` } });

  for (const childId of input.childIds ?? []) {
    const child = await personById(tx, childId);
    if (!child || child.kind !== 'pupil' || child.schoolId !== schoolId) throw Invalid('childIds', 'Each child must be a pupil of this school.');
    await tx.insert(parentLinks).values({ trustId: actor.trustId, schoolId, parentId: person.id, pupilId: childId, relationship: 'parent' });
    await recordAudit(tx, { trustId: actor.trustId, schoolId, actorPersonId: actor.personId, action: 'family.linked', resourceType: 'person', resourceId: person.id, detail: { pupilId: childId, pupil: `${child.givenName} ${child.familyName}` } });
  }
  for (const role of input.roles ?? []) await grantRole(tx, actor, person.id, schoolId, role);
  return person;
}

/** Someone who works across the trust (an IT lead, a trust officer): no home school; roles say where they act. */
export async function createTrustPerson(tx: Tx, actor: Actor, input: NewPerson): Promise<PersonRow> {
  if (!kindCanSignIn(input.kind)) throw Invalid('kind', 'Pupils and parents belong to a school, not to the trust.');
  if (input.dateOfBirth || input.yearGroup || input.childIds?.length) throw Invalid('kind', 'Only pupils have a date of birth and year group on record.');
  if (input.roles?.some((r) => !isTrustRole(r))) throw Invalid('roles', 'At trust level only trust roles (trust_admin, trust_board) are given; school roles are given in the school.');
  if (input.email) await assertEmailFree(tx, input.email, null);
  const [row] = await tx
    .insert(people)
    .values({ trustId: actor.trustId, schoolId: null, kind: input.kind, givenName: input.givenName, familyName: input.familyName, email: input.email ?? null })
    .returning();
  const person = row!;
  await recordAudit(tx, { trustId: actor.trustId, schoolId: null, actorPersonId: actor.personId, action: 'person.created', resourceType: 'person', resourceId: person.id, detail: { kind: input.kind, name: `${input.givenName} ${input.familyName}` } });
  for (const role of input.roles ?? []) await grantRole(tx, actor, person.id, null, role);
  return person;
}

export interface PersonChanges {
  givenName?: string | undefined;
  familyName?: string | undefined;
  email?: string | null | undefined;
  dateOfBirth?: string | undefined;
  yearGroup?: string | undefined;
  photoConsent?: boolean | undefined;
}

export async function updatePerson(tx: Tx, actor: Actor, id: string, changes: PersonChanges): Promise<PersonRow> {
  const person = await personFor(tx, actor, id, 'people.manage');
  if (person.kind !== 'pupil' && (changes.yearGroup !== undefined || changes.dateOfBirth !== undefined || changes.photoConsent !== undefined)) {
    const field = changes.yearGroup !== undefined ? 'yearGroup' : changes.dateOfBirth !== undefined ? 'dateOfBirth' : 'photoConsent';
    throw Invalid(field, 'Only pupils have a year group, a date of birth and photo consent on record.');
  }
  if (changes.email !== undefined && changes.email !== person.email) {
    if (changes.email) await assertEmailFree(tx, changes.email, person.id);
    // the sign-in email follows the contact email, so a person is never locked out by a typo fix
    if (changes.email) await tx.update(accounts).set({ email: changes.email }).where(eq(accounts.personId, id));
  }
  const [row] = await tx.update(people).set({ ...changes, updatedAt: new Date() }).where(eq(people.id, id)).returning();
  const changed = Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== undefined && person[k as keyof PersonRow] !== v));
  await recordAudit(tx, { trustId: actor.trustId, schoolId: person.schoolId, actorPersonId: actor.personId, action: 'person.updated', resourceType: 'person', resourceId: id, detail: { fields: Object.keys(changed) } });
  return row!;
}

async function assertEmailFree(tx: Tx, email: string, exceptId: string | null): Promise<void> {
  const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.email, email));
  const [a] = await tx.select({ id: accounts.personId }).from(accounts).where(eq(accounts.email, email));
  if ((p && p.id !== exceptId) || (a && a.id !== exceptId)) throw Invalid('email', 'Someone else already has this email address.');
}

/** Replaces a person's roles in one school (or at trust level when schoolId is null). */
export async function setRoles(tx: Tx, actor: Actor, personId: string, schoolId: string | null, roles: Role[]): Promise<void> {
  const person = await personById(tx, personId);
  if (!person) throw NotFound('That person');
  if (schoolId === null) {
    authorize(actor, 'trust_roles.manage', { trustId: actor.trustId, schoolId: null });
    if (roles.some((r) => !isTrustRole(r))) throw Invalid('roles', 'Only trust roles (trust_admin, trust_board) are given at trust level.');
  } else {
    authorize(actor, 'roles.manage', { trustId: actor.trustId, schoolId });
    await schoolById(tx, schoolId);
    if (roles.some(isTrustRole)) throw Invalid('roles', 'Trust roles are given at trust level, not in a school.');
    if (person.schoolId !== null && person.schoolId !== schoolId) throw Invalid('schoolId', 'This person belongs to another school; a trust administrator can give them roles across schools.');
  }
  if (roles.length && !kindCanSignIn(person.kind as PersonKind)) throw Invalid('roles', 'Pupils and parents do not hold school roles.');
  const current = await tx
    .select({ id: roleAssignments.id, role: roleAssignments.role, schoolId: roleAssignments.schoolId })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, personId));
  const here = current.filter((r) => r.schoolId === schoolId);
  const removed = here.filter((r) => !roles.includes(r.role as Role));
  if (removed.length) {
    // a trust must keep at least one administrator, or no one could manage it again
    if (schoolId === null && removed.some((r) => r.role === 'trust_admin')) await assertAnotherTrustAdmin(tx, personId);
    await tx.delete(roleAssignments).where(inArray(roleAssignments.id, removed.map((r) => r.id)));
    for (const r of removed) {
      await recordAudit(tx, { trustId: actor.trustId, schoolId, actorPersonId: actor.personId, action: 'role.revoked', resourceType: 'person', resourceId: personId, detail: { role: r.role } });
    }
  }
  for (const role of roles.filter((r) => !here.some((h) => h.role === r))) await grantRole(tx, actor, personId, schoolId, role);
}

async function grantRole(tx: Tx, actor: Actor, personId: string, schoolId: string | null, role: Role): Promise<void> {
  await tx.insert(roleAssignments).values({ trustId: actor.trustId, personId, schoolId, role });
  await recordAudit(tx, { trustId: actor.trustId, schoolId, actorPersonId: actor.personId, action: 'role.granted', resourceType: 'person', resourceId: personId, detail: { role } });
}

async function assertAnotherTrustAdmin(tx: Tx, personId: string): Promise<void> {
  const admins = await tx.select({ personId: roleAssignments.personId }).from(roleAssignments).where(eq(roleAssignments.role, 'trust_admin'));
  if (!admins.some((a) => a.personId !== personId)) throw Conflict('A trust needs at least one trust administrator. Make someone else an administrator first.');
}

/** Sends (or re-sends) an invitation: an account waiting for a password, and a link to set it. */
export async function invitePerson(ctx: AppContext, tx: Tx, actor: Actor, personId: string): Promise<void> {
  const person = await personFor(tx, actor, personId, 'people.invite');
  if (!kindCanSignIn(person.kind as PersonKind)) throw Invalid('personId', 'Pupils and parents do not sign in to Lanyard.');
  if (!person.email) throw Invalid('email', 'Add an email address for this person before inviting them.');
  const [account] = await tx.select().from(accounts).where(eq(accounts.personId, personId));
  if (account?.status === 'active') throw Conflict(`${person.givenName} ${person.familyName} already has a sign-in. They can reset their password from the sign-in page.`);
  if (!account) await tx.insert(accounts).values({ personId, trustId: person.trustId, email: person.email, status: 'invited' });
  // an earlier invitation stops working when a new one is sent
  await tx.update(oneTimeTokens).set({ usedAt: new Date() }).where(and(eq(oneTimeTokens.personId, personId), eq(oneTimeTokens.purpose, 'invite')));
  const { token, hash } = newToken();
  await tx.insert(oneTimeTokens).values({ tokenHash: hash, trustId: person.trustId, personId, purpose: 'invite', expiresAt: new Date(Date.now() + INVITE_DAYS * 86400_000) });
  await ctx.mailer.queue(tx, {
    trustId: person.trustId,
    schoolId: person.schoolId,
    to: person.email,
    subject: 'You are invited to Lanyard',
    text: `Hello ${person.givenName},\n\nYou have been invited to Lanyard, where your school keeps its social media policy, approvals and records.\n\nChoose your password here within ${INVITE_DAYS} days:\n\n${ctx.publicUrl}/accept-invitation#token=${token}\n\nYou will sign in with this email address: ${person.email}\n`,
  });
  await recordAudit(tx, { trustId: actor.trustId, schoolId: person.schoolId, actorPersonId: actor.personId, action: 'person.invited', resourceType: 'person', resourceId: personId });
}

/** A pupil who has left keeps their date of birth and leaving date: policies turn on a former pupil's age. */
export async function markLeft(tx: Tx, actor: Actor, personId: string, leftOn: string): Promise<PersonRow> {
  const person = await personFor(tx, actor, personId, 'people.manage');
  if (person.kind !== 'pupil') throw Invalid('personId', 'Only pupils are marked as left; for staff, remove their roles.');
  if (person.dateOfBirth && leftOn < person.dateOfBirth) throw Invalid('leftOn', 'The leaving date is before the pupil\u2019s date of birth.');
  const [row] = await tx.update(people).set({ leftOn, updatedAt: new Date() }).where(eq(people.id, personId)).returning();
  await recordAudit(tx, { trustId: actor.trustId, schoolId: person.schoolId, actorPersonId: actor.personId, action: 'pupil.left', resourceType: 'person', resourceId: personId, detail: { leftOn } });
  return row!;
}
