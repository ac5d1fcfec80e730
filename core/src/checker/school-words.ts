// A school's own words (issue 5): a local slur the lexicon lacks, a phrase that is fine there though
// it contains a listed word or a name ("Holly the class hamster"), and the nicknames of the school and of its people. They are data the
// school keeps in the app; here they become the checker's builders and the roster it compiles.

import type { CategoryBuilder } from './check.js';
import { ALL_BUILDERS } from './builders.js';
import { childSpecific, childSpecificWith } from './categories/child-specific.js';
import { names, namesWith } from './categories/names.js';
import { offensive, offensiveWith } from './categories/offensive.js';
import type { OffensiveCategory } from './lexicons/offensive.js';
import { prepare } from './normalise.js';
import type { Roster, Severity } from './types.js';

/** The categories a school may add a word to: the offensive-language ones. */
export const WORD_CATEGORIES = ['profanity', 'sexual', 'hate', 'threat', 'bullying'] as const satisfies readonly OffensiveCategory[];
export type WordCategory = (typeof WORD_CATEGORIES)[number];

/** Who a nickname is of: the school itself, or a pupil or member of staff on its roster. */
export type NicknameOf = 'school' | { kind: 'pupil' | 'staff'; given: string; family: string };

export interface SchoolWords {
  /** words and phrases to find, with their category; severity 'block' unless said */
  add: { term: string; category: WordCategory; severity?: Severity }[];
  /** words and phrases that are fine at this school, though they contain a listed word */
  allow: string[];
  nicknames: { of: NicknameOf; nickname: string }[];
}

export const NO_SCHOOL_WORDS: SchoolWords = { add: [], allow: [], nicknames: [] };

/**
 * Whether the checker can read a term: it matches letters of the Latin alphabet (after folding
 * accents and look-alikes), so a term needs at least two of them.
 */
export function checkableTerm(term: string): boolean {
  return (prepare(term, 'comment').folded.match(/[a-z]/g)?.length ?? 0) >= 2;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const withAka = (known: readonly string[] | undefined, more: readonly string[]): string[] => {
  const out = [...(known ?? [])];
  for (const m of more) if (m.trim() && !out.some((k) => same(k, m))) out.push(m.trim());
  return out;
};

/**
 * The roster with the school's nicknames added: the school's to `school.nicknames`, a person's to
 * their `aka`. A nickname names everyone on the roster with that kind and name, so two pupils
 * who share a full name share it too (the checker then says it could be either).
 */
export function rosterWithNicknames(roster: Roster, nicknames: SchoolWords['nicknames']): Roster {
  if (nicknames.length === 0) return roster;
  const ofSchool = nicknames.filter((n) => n.of === 'school').map((n) => n.nickname);
  const ofPerson = (kind: 'pupil' | 'staff', p: { given: string; family: string }) =>
    nicknames.filter((n) => n.of !== 'school' && n.of.kind === kind && same(n.of.given, p.given) && same(n.of.family, p.family)).map((n) => n.nickname);
  const merge = <P extends { given: string; family: string; aka?: string[] }>(kind: 'pupil' | 'staff', p: P): P => {
    const more = ofPerson(kind, p);
    return more.length ? { ...p, aka: withAka(p.aka, more) } : p;
  };
  return {
    school: ofSchool.length ? { ...roster.school, nicknames: withAka(roster.school.nicknames, ofSchool) } : roster.school,
    pupils: roster.pupils.map((p) => merge('pupil', p)),
    staff: roster.staff.map((s) => merge('staff', s)),
  };
}

/**
 * Every category of the checker, with the offensive-language lexicon extended by the school's words,
 * and its allowed phrases also read by the categories that find names in a text.
 */
export function buildersWith(words: Pick<SchoolWords, 'add' | 'allow'>): CategoryBuilder[] {
  if (words.add.length === 0 && words.allow.length === 0) return [...ALL_BUILDERS];
  const own = new Map<CategoryBuilder, CategoryBuilder>([[offensive, offensiveWith({ add: words.add, allow: words.allow })]]);
  if (words.allow.length > 0) {
    own.set(names, namesWith(words.allow));
    own.set(childSpecific, childSpecificWith(words.allow));
  }
  return ALL_BUILDERS.map((b) => own.get(b) ?? b);
}

/** What compileChecker needs for a school with its own words: its roster with nicknames, and the builders. */
export function withSchoolWords(roster: Roster, words: SchoolWords): { roster: Roster; builders: CategoryBuilder[] } {
  return { roster: rosterWithNicknames(roster, words.nicknames), builders: buildersWith(words) };
}
