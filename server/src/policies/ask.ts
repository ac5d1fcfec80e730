import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { clausesOf, compilePack, evaluate, parsePack, ROLE_LABELS, type CompiledPack, type Outcome, type Role, type Situation } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { people, roleAssignments } from '../db/schema.js';
import { DomainError } from '../http/errors.js';
import type { VersionRow } from './queries.js';
import { versionInForce } from './service.js';

export interface RoleView {
  role: Role;
  label: string;
  people: { id: string; name: string }[];
}

export interface AskAnswer {
  policy: { versionId: string; policyId: string; versionNo: number; ratifiedOn: string | null };
  covered: boolean;
  outcome: Outcome | null;
  role: RoleView | null;
  findings: { ruleId: string; outcome: Outcome; say: string; next: string[]; role: RoleView | null; cites: { clause: string; heading: string; quote: string }[] }[];
  /** the person can send a request or declaration from the answer */
  canSend: boolean;
}

// Compiling a pack is the slow part of answering; a version's pack never changes once ratified.
const compiled = new Map<string, CompiledPack>();
function compiledFor(version: VersionRow): CompiledPack {
  const key = `${version.id}:${version.packYaml?.length}`;
  let c = compiled.get(key);
  if (!c) {
    const parsed = parsePack(version.packYaml!);
    if (!parsed.ok) throw new Error(`stored pack of version ${version.id} does not validate`);
    c = compilePack(parsed.pack);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, c);
  }
  return c;
}

/** The school's answer to a situation, with the named people to go to and the clauses' words. */
export async function askPolicy(tx: Tx, schoolId: string, situation: Situation): Promise<AskAnswer> {
  const version = await versionInForce(tx, schoolId);
  if (!version?.packYaml) {
    throw new DomainError(409, 'no_policy_in_force', 'This school has no ratified social media policy with rules yet, so Lanyard cannot answer. Ask your headteacher.');
  }
  const answer = evaluate(compiledFor(version), situation);
  const roles = [...new Set([answer.role, ...answer.findings.map((f) => f.role)].filter((r): r is Role => r !== null))];
  const holders = await holdersOf(tx, schoolId, roles);
  const view = (role: Role | null): RoleView | null => (role ? { role, label: ROLE_LABELS[role], people: holders.get(role) ?? [] } : null);
  const headings = new Map(clausesOf(version.textMd).map((c) => [c.anchor, c.heading]));
  return {
    policy: { versionId: version.id, policyId: version.policyId, versionNo: version.versionNo, ratifiedOn: version.ratifiedOn },
    covered: answer.covered,
    outcome: answer.outcome,
    role: view(answer.role),
    findings: answer.findings.map((f) => ({
      ruleId: f.ruleId,
      outcome: f.outcome,
      say: f.say,
      next: f.next,
      role: view(f.role),
      cites: f.cites.map((c) => ({ clause: c.clause, heading: headings.get(c.clause) ?? c.clause, quote: c.quote })),
    })),
    canSend: answer.outcome === 'needs_permission' || answer.outcome === 'must_declare',
  };
}

/** The people who hold each role in the school (trust roles: across the trust). */
async function holdersOf(tx: Tx, schoolId: string, roles: Role[]): Promise<Map<Role, { id: string; name: string }[]>> {
  const out = new Map<Role, { id: string; name: string }[]>();
  if (roles.length === 0) return out;
  const rows = await tx
    .select({ role: roleAssignments.role, id: people.id, given: people.givenName, family: people.familyName })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(inArray(roleAssignments.role, roles), or(eq(roleAssignments.schoolId, schoolId), isNull(roleAssignments.schoolId))));
  for (const r of rows) {
    const list = out.get(r.role as Role) ?? [];
    list.push({ id: r.id, name: `${r.given} ${r.family}` });
    out.set(r.role as Role, list);
  }
  return out;
}
