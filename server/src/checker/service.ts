import { attachClauses, compileChecker, withSchoolWords, type CheckFinding, type Checker, type TextKind } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { checkerClausesFor } from './clauses.js';
import { plainRosterOf, rosterVersion } from './roster.js';
import { schoolWordsOf, wordsVersion } from './words-service.js';

// A school's checker is compiled once and kept until its roster changes (someone joins, leaves or
// is renamed) or its own words do (a word added or removed); checking a text is then a pass over it.
const compiled = new Map<string, { version: string; checker: Checker }>();

export async function checkerFor(tx: Tx, schoolId: string): Promise<Checker> {
  const version = `${await rosterVersion(tx, schoolId)}|${await wordsVersion(tx, schoolId)}`;
  const hit = compiled.get(schoolId);
  if (hit && hit.version === version) return hit.checker;
  const { roster, builders } = withSchoolWords(await plainRosterOf(tx, schoolId), await schoolWordsOf(tx, schoolId));
  const checker = compileChecker(roster, builders);
  if (compiled.size > 1000) compiled.clear();
  compiled.set(schoolId, { version, checker });
  return checker;
}

/** The findings, each with the clause of the school's policy in force it comes under, where its pack names one. */
/** The findings in a text, and the policy version their clauses come from (null: no clauses). */
export async function checkText(tx: Tx, schoolId: string, text: string, kind: TextKind, images?: { tagged: string[] }[]): Promise<{ findings: CheckFinding[]; policyVersionId: string | null }> {
  const findings = (await checkerFor(tx, schoolId)).check(text, kind, images);
  const { table, versionId } = await checkerClausesFor(tx, schoolId);
  const withClauses = attachClauses(findings, kind, table);
  return { findings: withClauses, policyVersionId: withClauses.some((f) => f.clause) ? versionId : null };
}
