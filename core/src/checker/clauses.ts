// The school's policy clause on each finding (issue 5): a pack's `checker` section says which clause
// each category comes under, perhaps only for some kinds of text. The categories know nothing of
// packs; the clause is put on afterwards, so one compiled checker serves whatever pack is in force.
import type { CheckerCitation, PackCheckerClauses } from '../packs/schema.js';
import type { Checker } from './check.js';
import { CHECKER_CATEGORIES, TEXT_KINDS, type CheckerCategory, type Finding, type TextKind } from './types.js';

/** A finding's `clause`: the clause's anchor, ": ", then its words ("terms-of-use: Must not ..."). */
export const clauseText = (cite: Pick<CheckerCitation, 'clause' | 'quote'>): string => `${cite.clause}: ${cite.quote}`;

/** The anchor and words of a finding's `clause`, split where clauseText joined them. */
export function clauseParts(clause: string): { clause: string; quote: string } {
  const at = clause.indexOf(': ');
  return at < 0 ? { clause, quote: '' } : { clause: clause.slice(0, at), quote: clause.slice(at + 2) };
}

/** For each kind of text, each category's clause (as clauseText writes it). */
export type ClauseTable = Record<TextKind, Partial<Record<CheckerCategory, string>>>;

/** A pack's checker section as a ClauseTable: for each kind, the first citation that applies to it. */
export function clauseTable(clauses: PackCheckerClauses): ClauseTable {
  const table = Object.fromEntries(TEXT_KINDS.map((k) => [k, {}])) as ClauseTable;
  for (const kind of TEXT_KINDS) {
    for (const category of CHECKER_CATEGORIES) {
      const cite = clauses[category]?.find((c) => !c.kinds || c.kinds.includes(kind));
      if (cite) table[kind][category] = clauseText(cite);
    }
  }
  return table;
}

/** The findings with the pack's clause on each one it has a clause for, in the same order. */
export function attachClauses(findings: Finding[], kind: TextKind, table: ClauseTable): Finding[] {
  const forKind = table[kind];
  return findings.map((f) => {
    const clause = forKind[f.category];
    return clause === undefined ? f : { ...f, clause };
  });
}

/** A checker whose findings carry the school's policy clauses, from its pack's `checker` section. */
export function withClauses(checker: Checker, clauses: PackCheckerClauses): Checker {
  const table = clauseTable(clauses);
  return {
    check: (text, kind, images) => attachClauses(checker.check(text, kind, images), kind, table),
  };
}
