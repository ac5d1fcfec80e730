import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../test/builtin-packs.js';
import type { PackCheckerClauses } from '../packs/schema.js';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker, type CategoryBuilder } from './check.js';
import { clauseParts, clauseText, withClauses } from './clauses.js';
import { originalSpan } from './normalise.js';
import type { Roster } from './types.js';

const aRoster = (): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [{ given: 'May', family: 'Chen', dob: '2018-05-04', year: 'Year 2', photoConsent: true }],
  staff: [{ given: 'Helen', family: 'Marsh', role: 'dsl' }],
});

// A stand-in category that reports the word "oak" as a pupil's name and "sale" as commercial, so
// these tests are about the clauses alone.
const findsWords: CategoryBuilder = {
  categories: ['pupil_name', 'commercial'],
  build: () => (p) =>
    (['oak', 'sale'] as const).flatMap((word) => {
      const at = p.folded.indexOf(word);
      return at < 0 ? [] : [{ category: word === 'oak' ? ('pupil_name' as const) : ('commercial' as const), ...originalSpan(p, at, at + word.length), severity: 'block' as const, reason: word }];
    }),
};

const clauses: PackCheckerClauses = {
  pupil_name: [
    { clause: 'official-accounts', quote: 'speak generally about the achievements of students', kinds: ['official_post'] },
    { clause: 'staff', quote: 'Staff must not post comments about pupils' },
  ],
};
const checker = withClauses(compileChecker(aRoster(), [findsWords]), clauses);

describe('policy clauses on findings', () => {
  it('puts the pack\u2019s clause on a finding of its category, as the anchor and the clause\u2019s words', () => {
    const [f] = checker.check('Oak', 'official_post');
    expect(f!.clause).toBe('official-accounts: speak generally about the achievements of students');
  });

  it('takes the first citation that applies to the kind of text', () => {
    expect(checker.check('Oak', 'personal_post')[0]!.clause).toBe('staff: Staff must not post comments about pupils');
    expect(checker.check('Oak', 'comment')[0]!.clause).toBe('staff: Staff must not post comments about pupils');
  });

  it('leaves a finding without a clause where the pack names none for its category', () => {
    const findings = checker.check('Oak sale', 'official_post');
    expect(findings.map((f) => [f.category, f.clause])).toEqual([['pupil_name', expect.any(String)], ['commercial', undefined]]);
    expect(findings[1]).not.toHaveProperty('clause');
  });

  it('changes nothing else about the findings', () => {
    const plain = compileChecker(aRoster(), [findsWords]).check('Oak sale', 'official_post');
    const { clause: _clause, ...rest } = checker.check('Oak sale', 'official_post')[0]!;
    expect(rest).toEqual(plain[0]);
  });

  it('gives a finding no clause when the citation is for other kinds of text only', () => {
    const officialOnly = withClauses(compileChecker(aRoster(), [findsWords]), { pupil_name: [clauses.pupil_name![0]!] });
    expect(officialOnly.check('Oak', 'comment')[0]).not.toHaveProperty('clause');
  });

  it('splits a clause back into its anchor and words', () => {
    const text = clauseText({ clause: 'terms-of-use', quote: 'References should not be made: to any staff member' });
    expect(clauseParts(text)).toEqual({ clause: 'terms-of-use', quote: 'References should not be made: to any staff member' });
  });
});

describe('a built-in pack\u2019s clauses on the real checker', () => {
  const real = (id: string) => withClauses(compileChecker(aRoster(), ALL_BUILDERS), loadBuiltin(id).pack.checker);

  it('cites St Bartholomew\u2019s "speak generally" for a pupil named in an official post', () => {
    const f = real('st-bartholomews').check('Well done May Chen for a brilliant poem!', 'official_post').find((x) => x.category === 'pupil_name');
    expect(f!.clause).toBe('official-school-accounts: speak generally about the achievements of students.');
  });

  it('cites Belsteads\u2019 Terms of Use for a personal post naming the school', () => {
    const f = real('belsteads').check('Proud to teach at Oakfield Primary School', 'personal_post').find((x) => x.category === 'school_identification');
    expect(clauseParts(f!.clause!).clause).toBe('terms-of-use');
  });

  it('cites nothing where the policy is silent: Cambois on the school\u2019s own posts naming a pupil', () => {
    const f = real('cambois').check('Well done May Chen for a brilliant poem!', 'official_post').find((x) => x.category === 'pupil_name');
    expect(f).toBeDefined();
    expect(f!.clause).toBeUndefined();
  });
});
