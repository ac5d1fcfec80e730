import { SCHOOL_ROLES, type Role, type SchoolRole, type TrustRole } from '../people/roles.js';

/**
 * Everything a person can ask the server to do. Every route names exactly one of these
 * and calls `authorize` with it before touching data.
 */
export const ACTIONS = [
  'school.read',
  'school.create',
  'school.update',
  'people.read',
  'people.manage',
  'roles.manage',
  'trust_roles.manage',
  'people.invite',
  'outbox.read',
  'audit.read',
  'policy.read',
  'policy.ask',
  'policy.manage',
  'policy.ratify',
  'acknowledgement.read',
  'training.manage',
  'content.check',
  'checker.words.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_SCHOOL_ROLE = SCHOOL_ROLES;

/**
 * The rules table, written so a headteacher can read it: for each action, which roles in the
 * school may do it there, and which trust roles may do it in any school of their trust.
 * A trust-level resource (no school) is reachable only through `trust`.
 */
export const RULES: Record<Action, { school: readonly SchoolRole[]; trust: readonly TrustRole[]; why: string }> = {
  'school.read': {
    school: EVERY_SCHOOL_ROLE,
    trust: ['trust_admin', 'trust_board'],
    why: 'Anyone with a role in a school can see that school exists.',
  },
  'school.create': { school: [], trust: ['trust_admin'], why: 'Only the trust adds schools.' },
  'school.update': { school: ['headteacher'], trust: ['trust_admin'], why: 'The head keeps the school details right.' },
  'people.read': {
    school: ['headteacher', 'slt', 'dsl', 'deputy_dsl', 'hr'],
    trust: ['trust_admin'],
    why: 'The people list holds pupils\u2019 dates of birth: leadership, safeguarding and the office only.',
  },
  'people.manage': {
    school: ['headteacher', 'hr'],
    trust: ['trust_admin'],
    why: 'Adding people and marking pupils as left is the head\u2019s or the office\u2019s job.',
  },
  'roles.manage': { school: ['headteacher'], trust: ['trust_admin'], why: 'Roles decide who may approve and who sees concerns.' },
  'trust_roles.manage': { school: [], trust: ['trust_admin'], why: 'Trust-wide roles reach every school.' },
  'people.invite': { school: ['headteacher', 'hr'], trust: ['trust_admin'], why: 'Invitations create sign-ins.' },
  'outbox.read': {
    school: ['headteacher'],
    trust: ['trust_admin'],
    why: 'Mail can hold sign-in links: only administrators read the outbox.',
  },
  'audit.read': { school: ['headteacher'], trust: ['trust_admin'], why: 'The record of who did what is for the head and the trust.' },
  'policy.read': { school: EVERY_SCHOOL_ROLE, trust: ['trust_admin', 'trust_board'], why: 'Everyone the policy applies to may read it.' },
  'policy.ask': { school: EVERY_SCHOOL_ROLE, trust: ['trust_admin', 'trust_board'], why: 'Anyone may ask what their school\u2019s policy says.' },
  'policy.manage': {
    school: ['headteacher', 'slt'],
    trust: ['trust_admin'],
    why: 'Leadership drafts policies and their rules; a trust policy is the trust\u2019s to draft.',
  },
  'policy.ratify': {
    school: ['headteacher', 'chair_of_governors'],
    trust: ['trust_admin', 'trust_board'],
    why: 'Ratification records the governing committee\u2019s decision.',
  },
  'acknowledgement.read': {
    school: ['headteacher', 'slt', 'hr'],
    trust: ['trust_admin', 'trust_board'],
    why: 'Who has read the policy is for leadership and the office to follow up.',
  },
  'training.manage': { school: ['headteacher', 'hr'], trust: ['trust_admin'], why: 'Training records are kept by the head and the office.' },
  'content.check': { school: EVERY_SCHOOL_ROLE, trust: ['trust_admin', 'trust_board'], why: 'Anyone may check a post before they publish it.' },
  'checker.words.manage': {
    school: ['headteacher', 'slt', 'dsl', 'deputy_dsl'],
    trust: ['trust_admin'],
    why: 'Leadership and safeguarding decide which local words the checker looks for, which phrases it allows, and the nicknames it knows.',
  },
};

/** The person acting, as the server resolved them from their session. */
export interface Actor {
  personId: string;
  trustId: string;
  trustRoles: readonly TrustRole[];
  /** schoolId -> roles held there */
  schoolRoles: Readonly<Record<string, readonly SchoolRole[]>>;
}

/** What an action is done to: always inside a trust, and inside one school unless trust-level. */
export interface Resource {
  trustId: string;
  schoolId: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.trustId !== resource.trustId) return { allowed: false, reason: 'This belongs to another trust.' };
  const rule = RULES[action];
  if (actor.trustRoles.some((r) => rule.trust.includes(r))) return { allowed: true };
  if (resource.schoolId === null) return { allowed: false, reason: 'Only trust roles may do this across the trust.' };
  const held = actor.schoolRoles[resource.schoolId] ?? [];
  if (held.some((r) => rule.school.includes(r))) return { allowed: true };
  return { allowed: false, reason: `Your role does not allow this (${rule.why})` };
}

/** Schools in which the actor may take this action: used to scope lists. */
export function schoolsWhere(actor: Actor, action: Action, trustSchoolIds: readonly string[]): string[] {
  const rule = RULES[action];
  if (actor.trustRoles.some((r) => rule.trust.includes(r))) return [...trustSchoolIds];
  return Object.entries(actor.schoolRoles)
    .filter(([, roles]) => roles.some((r) => rule.school.includes(r)))
    .map(([id]) => id);
}

export function holdsAny(actor: Actor, roles: readonly Role[]): boolean {
  return (
    actor.trustRoles.some((r) => roles.includes(r)) ||
    Object.values(actor.schoolRoles).some((held) => held.some((r) => roles.includes(r)))
  );
}
