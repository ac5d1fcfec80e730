import { ALL_BUILDERS, compileChecker, type CheckFinding, type Checker, type TextKind } from '@lanyard/core';
import type { Tx } from '../db/client.js';
import { rosterOf, rosterVersion } from './roster.js';

// A school's checker is compiled once and kept until its roster changes (someone joins, leaves or
// is renamed); checking a text is then a pass over it.
const compiled = new Map<string, { version: string; checker: Checker }>();

export async function checkerFor(tx: Tx, schoolId: string): Promise<Checker> {
  const version = await rosterVersion(tx, schoolId);
  const hit = compiled.get(schoolId);
  if (hit && hit.version === version) return hit.checker;
  const checker = compileChecker(await rosterOf(tx, schoolId), ALL_BUILDERS);
  if (compiled.size > 1000) compiled.clear();
  compiled.set(schoolId, { version, checker });
  return checker;
}

export async function checkText(tx: Tx, schoolId: string, text: string, kind: TextKind, images?: { tagged: string[] }[]): Promise<CheckFinding[]> {
  return (await checkerFor(tx, schoolId)).check(text, kind, images);
}
