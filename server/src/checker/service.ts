import { attachClauses, compileChecker, readMeaningOf, withSchoolWords, type CheckFinding, type Checker, type ClauseTable, type Encode, type TextKind } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { checkerClausesFor } from './clauses.js';
import { plainRosterOf, rosterVersion } from './roster.js';
import { schoolWordsOf, wordsVersion } from './words-service.js';
import type { MeaningStatus } from './meaning.js';

// A school's checker is compiled once and kept until its roster changes (someone joins, leaves or
// is renamed) or its own words do (a word added or removed); checking a text is then a pass over it.
// The school's allowed words and phrases are kept beside it, for the reading of meaning.
interface Compiled { version: string; checker: Checker; allow: string[] }
const compiled = new Map<string, Compiled>();

async function compiledFor(tx: Tx, schoolId: string): Promise<Compiled> {
  const version = `${await rosterVersion(tx, schoolId)}|${await wordsVersion(tx, schoolId)}`;
  const hit = compiled.get(schoolId);
  if (hit && hit.version === version) return hit;
  const words = await schoolWordsOf(tx, schoolId);
  const { roster, builders } = withSchoolWords(await plainRosterOf(tx, schoolId), words);
  const entry = { version, checker: compileChecker(roster, builders), allow: words.allow };
  if (compiled.size > 1000) compiled.clear();
  compiled.set(schoolId, entry);
  return entry;
}

export async function checkerFor(tx: Tx, schoolId: string): Promise<Checker> {
  return (await compiledFor(tx, schoolId)).checker;
}

/** What a check needs from the database: the rules' findings, the school's allowed words, its clauses. */
export interface RulesChecked { text: string; kind: TextKind; findings: CheckFinding[]; allow: string[]; table: ClauseTable; versionId: string | null }

/** The first half of a check, inside the school's transaction: the checker's rules over the text. */
export async function checkRules(tx: Tx, schoolId: string, text: string, kind: TextKind, images?: { tagged: string[] }[]): Promise<RulesChecked> {
  const { checker, allow } = await compiledFor(tx, schoolId);
  const findings = checker.check(text, kind, images);
  const { table, versionId } = await checkerClausesFor(tx, schoolId);
  return { text, kind, findings, allow, table, versionId };
}

/**
 * The second half, after the transaction (the encoder takes about a quarter of a second on a 2,000-character
 * text, and no database connection should wait on it): the reading of meaning's findings added, when it is on and runs, then each
 * finding given the clause of the school's policy in force it comes under, where its pack names one.
 */
export async function finishCheck(checked: RulesChecked, encode: Encode | undefined, onFailure: (e: Error) => void): Promise<{ findings: CheckFinding[]; policyVersionId: string | null; meaning: MeaningStatus }> {
  let findings = checked.findings;
  let meaning: MeaningStatus = 'off';
  if (encode) {
    try {
      const read = await readMeaningOf(checked.text, checked.kind, findings, encode, checked.allow);
      findings = read.findings;
      // a very long text has its first sentences read for their sense, and says so
      meaning = read.read < read.sentences ? 'partial' : 'read';
    } catch (e) {
      onFailure(e as Error);
      meaning = 'unavailable';
    }
  }
  const withClauses = attachClauses(findings, checked.kind, checked.table);
  return { findings: withClauses, policyVersionId: withClauses.some((f) => f.clause) ? checked.versionId : null, meaning };
}

/** The findings in a text by the rules alone, with their clauses, and the policy version those come from (null: none). */
export async function checkText(tx: Tx, schoolId: string, text: string, kind: TextKind, images?: { tagged: string[] }[]): Promise<{ findings: CheckFinding[]; policyVersionId: string | null }> {
  const { findings, policyVersionId } = await finishCheck(await checkRules(tx, schoolId, text, kind, images), undefined, () => {});
  return { findings, policyVersionId };
}
