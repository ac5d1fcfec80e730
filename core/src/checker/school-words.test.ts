import { describe, expect, it } from 'vitest';
import { SchoolWordsSchema } from '../api/checker-words.js';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker } from './check.js';
import { offensive } from './categories/offensive.js';
import { buildersWith, checkableTerm, NO_SCHOOL_WORDS, rosterWithNicknames, withSchoolWords, type SchoolWords } from './school-words.js';
import type { Roster, TextKind } from './types.js';

const aRoster = (): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [{ given: 'Oliver', family: 'Bamford', dob: '2016-05-01', year: 'Year 5', photoConsent: true }],
  staff: [{ given: 'Tom', family: 'Tennant', role: 'teacher' }],
});
const words = (over: Partial<SchoolWords> = {}): SchoolWords => ({ ...NO_SCHOOL_WORDS, ...over });

/** The school's checker with its words, as the app compiles it. */
function checkerWith(w: SchoolWords, roster = aRoster()) {
  const { roster: r, builders } = withSchoolWords(roster, w);
  const checker = compileChecker(r, builders);
  return (text: string, kind: TextKind = 'comment') => checker.check(text, kind).map((f) => ({ category: f.category, severity: f.severity, said: text.slice(f.start, f.end) }));
}

describe('a school\u2019s own words', () => {
  it('finds a local slur the school added, in its category and severity', () => {
    const check = checkerWith(words({ add: [{ term: 'grockle', category: 'hate' }] }));
    expect(check('Go home, grockle')).toEqual([{ category: 'hate', severity: 'block', said: 'grockle' }]);
    expect(checkerWith(NO_SCHOOL_WORDS)('Go home, grockle')).toEqual([]);
  });

  it('finds an added word however it is disguised', () => {
    const check = checkerWith(words({ add: [{ term: 'grockle', category: 'hate', severity: 'warning' }] }));
    for (const text of ['gr0ckle', 'G.R.O.C.K.L.E', 'grrrockle', 'gr*ckle', 'g r o c k l e', '\u0261r\u043eckle']) {
      // said to "you", the slur is bullying of them too
      expect(check(`you ${text}`), text).toEqual([
        { category: 'bullying', severity: 'warning', said: text },
        { category: 'hate', severity: 'warning', said: text },
      ]);
    }
  });

  it('finds an added phrase', () => {
    const check = checkerWith(words({ add: [{ term: 'see you behind the bike sheds', category: 'threat' }] }));
    expect(check('See you behind the bike sheds, Tom').map((f) => f.category)).toContain('threat');
  });

  it('stops a finding when the school allows the phrase', () => {
    // the village pub, where the PTA holds its quiz night
    const text = 'Quiz night at the Cock Inn on Friday';
    expect(checkerWith(NO_SCHOOL_WORDS)(text)).toEqual([{ category: 'sexual', severity: 'block', said: 'Cock' }]);
    expect(checkerWith(words({ allow: ['Cock Inn'] }))(text)).toEqual([]);
    expect(checkerWith(words({ allow: ['Cock Inn'] }))('What a cock')).toHaveLength(1);
  });

  it('lets an allowed phrase spare a word the school added itself', () => {
    const check = checkerWith(words({ add: [{ term: 'grockle', category: 'bullying' }], allow: ['grockle fair'] }));
    expect(check('Come to the Grockle Fair on Saturday')).toEqual([]);
    expect(check('What a grockle')).toHaveLength(1);
  });

  it('reads an allowed phrase holding a name as not naming anyone, as it reads "Harry Potter"', () => {
    const roster = aRoster();
    roster.pupils.push({ given: 'Holly', family: 'Marsh', dob: '2017-02-03', year: 'Year 3', photoConsent: true });
    const text = 'Oliver the class hamster and Holly the Guinea Pig are staying with the caretaker';
    const named = (w: SchoolWords) => checkerWith(w, roster)(text, 'official_post').filter((f) => f.category === 'pupil_name').map((f) => f.said);
    expect(named(NO_SCHOOL_WORDS)).toEqual(['Oliver', 'Holly']);
    expect(named(words({ allow: ['Oliver the class hamster', 'holly the guinea pig'] }))).toEqual([]);
    // the pupils themselves are still found, and a full name is a name even inside the phrase
    const allowed = checkerWith(words({ allow: ['Oliver the class hamster'] }), roster);
    expect(allowed('Well done Oliver for feeding him', 'official_post').map((f) => f.said)).toEqual(['Oliver']);
    expect(allowed('Oliver Bamford the class hamster', 'official_post').map((f) => f.said)).toContain('Oliver Bamford');
  });

  it('does not let one allowed word silence a given name', () => {
    const check = checkerWith(words({ allow: ['Oliver'] }));
    expect(check('Well done Oliver!', 'official_post').map((f) => f.category)).toEqual(['pupil_name']);
  });

  it('finds a member of staff by a nickname the school added, as staff', () => {
    const check = checkerWith(words({ nicknames: [{ of: { kind: 'staff', given: 'Tom', family: 'Tennant' }, nickname: 'Mr T' }] }));
    expect(check('Mr T gave us loads of homework again', 'personal_post')).toEqual([{ category: 'staff_name', severity: 'warning', said: 'Mr T' }]);
  });

  it('finds a pupil by a nickname the school added, as a pupil', () => {
    const check = checkerWith(words({ nicknames: [{ of: { kind: 'pupil', given: 'oliver', family: 'BAMFORD' }, nickname: 'Ollie B' }] }));
    expect(check('Well done Ollie B!', 'official_post')).toEqual([{ category: 'pupil_name', severity: 'block', said: 'Ollie B' }]);
  });

  it('finds an insult aimed at a person by the nickname the school added', () => {
    const check = checkerWith(words({ nicknames: [{ of: { kind: 'pupil', given: 'Oliver', family: 'Bamford' }, nickname: 'Ollie' }] }));
    expect(check('ollie is a loser').map((f) => f.category)).toContain('bullying');
    expect(checkerWith(NO_SCHOOL_WORDS)('ollie is a loser').map((f) => f.category)).not.toContain('bullying');
  });

  it('finds a nickname of the school in a personal post', () => {
    const check = checkerWith(words({ nicknames: [{ of: 'school', nickname: 'the Oaks' }] }));
    expect(check('Another long week at The Oaks', 'personal_post')).toEqual([{ category: 'school_identification', severity: 'warning', said: 'The Oaks' }]);
  });
});

describe('rosterWithNicknames', () => {
  it('adds nicknames to the school and to each person they are of, once each', () => {
    const base = aRoster();
    base.staff[0]!.aka = ['Mr T'];
    const r = rosterWithNicknames(base, [
      { of: 'school', nickname: 'The Oaks' },
      { of: { kind: 'staff', given: 'Tom', family: 'Tennant' }, nickname: 'mr t' },
      { of: { kind: 'staff', given: 'Tom', family: 'Tennant' }, nickname: 'TT' },
      { of: { kind: 'pupil', given: 'Tom', family: 'Tennant' }, nickname: 'not a pupil' },
    ]);
    expect(r.school.nicknames).toEqual(['The Oaks']);
    expect(r.staff[0]!.aka).toEqual(['Mr T', 'TT']);
    expect(r.pupils[0]!.aka).toBeUndefined();
  });

  it('leaves the roster as it was when there are no nicknames, so its compiled matcher is reused', () => {
    const base = aRoster();
    expect(rosterWithNicknames(base, [])).toBe(base);
  });
});

describe('buildersWith', () => {
  it('keeps every category, with the offensive one extended', () => {
    const builders = buildersWith({ add: [{ term: 'grockle', category: 'hate' }], allow: [] });
    expect(builders).toHaveLength(ALL_BUILDERS.length);
    expect(builders).not.toContain(offensive);
    expect(builders.flatMap((b) => b.categories)).toEqual(ALL_BUILDERS.flatMap((b) => b.categories));
  });

  it('gives allowed phrases to the categories that find names, and leaves the rest built in', () => {
    const builders = buildersWith({ add: [], allow: ['Oliver the class hamster'] });
    expect(builders.flatMap((b) => b.categories)).toEqual(ALL_BUILDERS.flatMap((b) => b.categories));
    const replaced = builders.filter((b) => !ALL_BUILDERS.includes(b)).flatMap((b) => b.categories);
    expect(replaced).toEqual(['pupil_name', 'staff_name', 'child_specific', 'profanity', 'sexual', 'hate', 'threat', 'bullying']);
  });

  it('uses the built-in categories as they are when the school has added nothing', () => {
    expect(buildersWith({ add: [], allow: [] })).toEqual([...ALL_BUILDERS]);
  });
});

describe('the school\u2019s words as a file', () => {
  it('reads a words file and tidies its spacing', () => {
    const parsed = SchoolWordsSchema.parse({ add: [{ term: '  grockle ', category: 'hate' }], allow: ['moby   dick'], nicknames: [{ of: 'school', nickname: 'The Oaks' }] });
    expect(parsed.add[0]!.term).toBe('grockle');
    expect(parsed.allow).toEqual(['moby dick']);
  });

  it('refuses a category that is not an offensive-language one, and a term the checker cannot read', () => {
    expect(SchoolWordsSchema.safeParse({ add: [{ term: 'grockle', category: 'pupil_name' }], allow: [], nicknames: [] }).success).toBe(false);
    expect(SchoolWordsSchema.safeParse({ add: [], allow: ['!!'], nicknames: [] }).success).toBe(false);
  });

  it('counts a term as readable when it has two letters of the Latin alphabet, accents and look-alikes folded', () => {
    expect(checkableTerm('gr0ckle')).toBe(true);
    expect(checkableTerm('Zo\u00eb')).toBe(true);
    expect(checkableTerm('\u0441\u043e')).toBe(true); // Cyrillic look-alikes of "co"
    expect(checkableTerm('x!')).toBe(false);
    expect(checkableTerm('\u4f60\u597d')).toBe(false);
  });
});
