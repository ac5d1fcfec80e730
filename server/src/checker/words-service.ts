import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { kindCanSignIn, type Actor, type CheckerWordsView, type NewAllowedPhraseSchema, type NewCheckerWordSchema, type NewNicknameSchema, type PersonKind, type SchoolWords } from '@lanyard/core';
import type { z } from 'zod';
import type { Tx } from '../db/client.js';
import { checkerWords, people } from '../db/schema.js';
import { recordAudit } from '../audit/record.js';
import { DomainError, Invalid, NotFound } from '../http/errors.js';
import { schoolById, type SchoolRow } from '../schools/service.js';

// A school's own words for its checker (issue 5): words to find, phrases to allow, nicknames to
// know. One table, one row a word; the checker is rebuilt when wordsVersion() changes.

type Kind = (typeof checkerWords.$inferSelect)['kind'];
type Row = typeof checkerWords.$inferSelect;

/** What each list is called in the audit log and in messages. */
const LISTS: Record<Kind, { added: string; removed: string; what: string; field: string }> = {
  word: { added: 'checker.word_added', removed: 'checker.word_removed', what: 'word', field: 'term' },
  allowed: { added: 'checker.phrase_allowed', removed: 'checker.allowed_phrase_removed', what: 'allowed phrase', field: 'phrase' },
  nickname: { added: 'checker.nickname_added', removed: 'checker.nickname_removed', what: 'nickname', field: 'nickname' },
};

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
const pupilOrStaff = (kind: string): 'pupil' | 'staff' | null => (kind === 'pupil' ? 'pupil' : kindCanSignIn(kind as PersonKind) ? 'staff' : null);

async function rowsOf(tx: Tx, schoolId: string): Promise<Row[]> {
  return tx.select().from(checkerWords).where(eq(checkerWords.schoolId, schoolId)).orderBy(asc(sql`lower(${checkerWords.text})`), asc(checkerWords.createdAt));
}

async function peopleByIds(tx: Tx, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await tx.select({ id: people.id, givenName: people.givenName, familyName: people.familyName, kind: people.kind }).from(people).where(inArray(people.id, unique)) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The school's words as the page lists them. Pupils' nicknames name pupils, so they are left
 * out for a person who may not see the school's people (the checker still uses them).
 */
export async function checkerWordsView(tx: Tx, schoolId: string, opts: { pupilNicknames: boolean }): Promise<CheckerWordsView> {
  const rows = await rowsOf(tx, schoolId);
  const named = await peopleByIds(tx, rows.flatMap((r) => [r.createdBy, ...(r.personId ? [r.personId] : [])]));
  const added = (r: Row) => {
    const by = named.get(r.createdBy);
    return { id: r.id, addedAt: r.createdAt.toISOString(), addedBy: by ? fullName(by) : null };
  };
  const view: CheckerWordsView = { words: [], allowed: [], nicknames: [], pupilNicknamesShown: opts.pupilNicknames };
  for (const r of rows) {
    if (r.kind === 'word') view.words.push({ ...added(r), term: r.text, category: r.category as CheckerWordsView['words'][number]['category'], severity: r.severity as CheckerWordsView['words'][number]['severity'] });
    else if (r.kind === 'allowed') view.allowed.push({ ...added(r), phrase: r.text });
    else {
      const p = r.personId ? named.get(r.personId) : undefined;
      const kind = p ? pupilOrStaff(p.kind) : null;
      if (r.personId && (!p || !kind)) continue; // a person no longer visible here
      if (kind === 'pupil' && !opts.pupilNicknames) continue;
      view.nicknames.push({ ...added(r), nickname: r.text, person: p && kind ? { id: p.id, name: fullName(p), kind } : null });
    }
  }
  return view;
}

/** The school's words as the checker takes them (core's SchoolWords). */
export async function schoolWordsOf(tx: Tx, schoolId: string): Promise<SchoolWords> {
  const rows = await rowsOf(tx, schoolId);
  const named = await peopleByIds(tx, rows.flatMap((r) => (r.personId ? [r.personId] : [])));
  const words: SchoolWords = { add: [], allow: [], nicknames: [] };
  for (const r of rows) {
    if (r.kind === 'word') words.add.push({ term: r.text, category: r.category as SchoolWords['add'][number]['category'], severity: r.severity as SchoolWords['add'][number]['severity'] });
    else if (r.kind === 'allowed') words.allow.push(r.text);
    else if (!r.personId) words.nicknames.push({ of: 'school', nickname: r.text });
    else {
      const p = named.get(r.personId);
      const kind = p ? pupilOrStaff(p.kind) : null;
      if (p && kind) words.nicknames.push({ of: { kind, given: p.givenName, family: p.familyName }, nickname: r.text });
    }
  }
  return words;
}

/** Changes whenever a word is added or removed: part of the cache key of the school's checker. */
export async function wordsVersion(tx: Tx, schoolId: string): Promise<string> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int`, latest: sql<string>`coalesce(max(${checkerWords.createdAt})::text, '')` })
    .from(checkerWords)
    .where(eq(checkerWords.schoolId, schoolId));
  return `${row?.n}:${row?.latest}`;
}

interface NewEntry {
  kind: Kind;
  text: string;
  category?: string;
  severity?: string;
  personId?: string | null;
  /** for the audit log: who a nickname is of */
  of?: string;
}

async function addEntry(tx: Tx, actor: Actor, school: SchoolRow, entry: NewEntry): Promise<Row> {
  const schoolId = school.id;
  const list = LISTS[entry.kind];
  const [dup] = await tx
    .select({ id: checkerWords.id })
    .from(checkerWords)
    .where(
      and(
        eq(checkerWords.schoolId, schoolId),
        eq(checkerWords.kind, entry.kind),
        sql`lower(${checkerWords.text}) = lower(${entry.text})`,
        entry.personId ? eq(checkerWords.personId, entry.personId) : isNull(checkerWords.personId),
      ),
    );
  if (dup) {
    // a conflict, told beside the field that holds the word, so the form can say where
    const message = `\u201c${entry.text}\u201d is already on the list as a ${list.what}${entry.of ? ` of ${entry.of}` : ''}.`;
    throw new DomainError(409, 'conflict', message, { errors: [{ field: list.field, message }] });
  }
  const [row] = await tx
    .insert(checkerWords)
    .values({ trustId: school.trustId, schoolId, kind: entry.kind, text: entry.text, category: entry.category ?? null, severity: entry.severity ?? null, personId: entry.personId ?? null, createdBy: actor.personId })
    .returning();
  await recordAudit(tx, {
    trustId: school.trustId,
    schoolId,
    actorPersonId: actor.personId,
    action: list.added,
    resourceType: 'checker_word',
    resourceId: row!.id,
    detail: detailOf(row!, entry.of),
  });
  return row!;
}

function detailOf(row: Row, of: string | undefined): Record<string, unknown> {
  if (row.kind === 'word') return { word: row.text, category: row.category, severity: row.severity };
  if (row.kind === 'allowed') return { phrase: row.text };
  return { nickname: row.text, of: of ?? 'the school' };
}

export type NewCheckerWordInput = z.output<typeof NewCheckerWordSchema>;
export type NewAllowedPhraseInput = z.output<typeof NewAllowedPhraseSchema>;
export type NewNicknameInput = z.output<typeof NewNicknameSchema>;

export async function addCheckerWord(tx: Tx, actor: Actor, schoolId: string, input: NewCheckerWordInput): Promise<Row> {
  return addEntry(tx, actor, await schoolById(tx, schoolId), { kind: 'word', text: input.term, category: input.category, severity: input.severity });
}

export async function addAllowedPhrase(tx: Tx, actor: Actor, schoolId: string, input: NewAllowedPhraseInput): Promise<Row> {
  return addEntry(tx, actor, await schoolById(tx, schoolId), { kind: 'allowed', text: input.phrase });
}

/** A nickname of the school (no person), or of a pupil or member of staff who is there now. */
export async function addNickname(tx: Tx, actor: Actor, schoolId: string, input: NewNicknameInput): Promise<Row> {
  const school = await schoolById(tx, schoolId);
  if (input.personId === null) return addEntry(tx, actor, school, { kind: 'nickname', text: input.nickname });
  const person = await personOfSchool(tx, schoolId, input.personId);
  return addEntry(tx, actor, school, { kind: 'nickname', text: input.nickname, personId: person.id, of: fullName(person) });
}

/** A current pupil of the school, or a member of staff who works there; any other person is refused alike. */
async function personOfSchool(tx: Tx, schoolId: string, personId: string) {
  const [person] = await tx
    .select()
    .from(people)
    .where(
      and(
        eq(people.id, personId),
        isNull(people.leftOn),
        or(eq(people.schoolId, schoolId), and(isNull(people.schoolId), sql`EXISTS (SELECT 1 FROM role_assignments r WHERE r.person_id = ${people.id} AND r.school_id = ${schoolId})`)),
      ),
    );
  if (!person || !pupilOrStaff(person.kind)) throw Invalid('personId', 'Choose a pupil or a member of staff of this school.');
  return person;
}

export async function removeCheckerWord(tx: Tx, actor: Actor, schoolId: string, wordId: string): Promise<void> {
  const school = await schoolById(tx, schoolId);
  const [row] = await tx.select().from(checkerWords).where(and(eq(checkerWords.id, wordId), eq(checkerWords.schoolId, schoolId)));
  if (!row) throw NotFound('That word');
  const of = row.personId ? (await peopleByIds(tx, [row.personId])).get(row.personId) : undefined;
  await tx.delete(checkerWords).where(eq(checkerWords.id, row.id));
  await recordAudit(tx, {
    trustId: school.trustId,
    schoolId,
    actorPersonId: actor.personId,
    action: LISTS[row.kind].removed,
    resourceType: 'checker_word',
    resourceId: row.id,
    detail: detailOf(row, of ? fullName(of) : undefined),
  });
}
