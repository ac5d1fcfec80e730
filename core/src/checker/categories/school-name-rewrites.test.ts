import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { schoolIdentification } from './school-identification.js';

const school: Roster = {
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ', address: 'Oakfield Road, Thornbury', phone: '0117 496 0123', nicknames: ['Oakers'] },
  pupils: [],
  staff: [],
};
const run = schoolIdentification.build(school);
/** the post with the first finding's rewrite written in, or undefined where it offers none */
const rewritten = (text: string) => {
  const [f] = run(prepare(text, 'personal_post'));
  expect(f, text).toBeDefined();
  if (f!.suggestion === undefined) return undefined;
  return text.slice(0, f!.replaces!.start) + f!.suggestion + text.slice(f!.replaces!.end);
};

describe('school name rewrites in a personal post', () => {
  it('writes "school" for the school as a place', () => {
    expect(rewritten('Seven years at Oakfield Primary today!')).toBe('Seven years at school today!');
    expect(rewritten('Last day before Christmas at Oakers! \u{1F384}')).toBe('Last day before Christmas at school! \u{1F384}');
    expect(rewritten("Can't believe my baby is leaving the Oakers in three weeks")).toBe("Can't believe my baby is leaving school in three weeks");
  });

  it('writes "school" for the school describing something, and "the school\u2019s" for its possessive', () => {
    expect(rewritten('Anyone lose a bracelet at Oakfield sports day?')).toBe('Anyone lose a bracelet at school sports day?');
    expect(rewritten('Queue in the Oakfield car park again')).toBe('Queue in the school car park again');
    expect(rewritten('Wait by Oakfield gate at 3')).toBe('Wait by the school gate at 3');
    expect(rewritten("Oakfield's nativity was lovely")).toBe("The school's nativity was lovely");
  });

  it('takes out a hashtag among those that end a line, and a name said to at the end', () => {
    expect(rewritten('Sports day done \u2600\uFE0F #OakfieldFamily #teacherlife')).toBe('Sports day done \u2600\uFE0F #teacherlife');
    expect(rewritten('Well done #TeamOakfield!')).toBe('Well done!');
    expect(rewritten('47 unread emails. Love you really, Oakers x')).toBe('47 unread emails. Love you really x');
  });

  it('offers nothing where the name does something else in its sentence', () => {
    expect(rewritten('Proud to be part of the #OakfieldFamily \u2764\uFE0F')).toBeUndefined();
    expect(rewritten('Huge love to my #OakfieldFamily, the best colleagues')).toBeUndefined();
    expect(rewritten('Oakfield turns 50 next year')).toBeUndefined();
    expect(rewritten('Stuck on Oakfield Road again')).toBeUndefined(); // an address: only the reason
  });
});
