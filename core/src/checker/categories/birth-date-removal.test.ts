import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster, TextKind } from '../types.js';
import { personalData } from './personal-data.js';

const roster: Roster = {
  school: { name: 'Hollybank Primary School', short: 'Hollybank', town: 'Wigan', postcode: 'WN1 2XY' },
  pupils: [{ given: 'Ella', family: 'Thompson', dob: '2018-03-14', year: 'Year 2', photoConsent: true }],
  staff: [],
};
const run = personalData.build(roster);
/** the text with the date of birth's cut written in, or undefined where only advice is given */
const cut = (text: string, kind: TextKind = 'official_post') => {
  const [dob] = run(prepare(text, kind)).filter((f) => f.reason === 'A date of birth.');
  expect(dob, text).toBeDefined();
  expect(dob!.advice).toBeDefined();
  if (dob!.suggestion === undefined) return undefined;
  expect(dob!.suggestion).toBe('');
  return text.slice(0, dob!.replaces!.start) + text.slice(dob!.replaces!.end);
};

describe('a date of birth taken out', () => {
  it('offers to take out a date set apart from its sentence, with the words that name it', () => {
    expect(cut('Happy birthday to Ella Thompson, born 14 March 2018!')).toBe('Happy birthday to Ella Thompson!');
    expect(cut('Happy birthday to Ella, born on 14 March 2018: the same day as Einstein.')).toBe('Happy birthday to Ella: the same day as Einstein.');
    expect(cut('Ella Thompson (DOB 14/03/2018) joins Reception this week.')).toBe('Ella Thompson joins Reception this week.');
    expect(cut('Happy 7th birthday Ella Thompson, 14/03/2018 \u{1F382}')).toBe('Happy 7th birthday Ella Thompson \u{1F382}');
    expect(cut('Ella turns 7 on 14 March 2018!', 'comment')).toBe('Ella turns 7!');
    expect(cut('Ella Thompson 14.03.2018 (DOB) lost her coat', 'comment')).toBe('Ella Thompson lost her coat');
    expect(cut('Name: Ella Thompson. Date of birth: 14/03/2018. Class: Oak.', 'comment')).toBe('Name: Ella Thompson. Class: Oak.');
  });

  it('gives only advice where the date is part of how the sentence runs', () => {
    expect(cut('My daughter was born on 14 March 2018 and starts school in September.', 'comment')).toBeUndefined();
    expect(cut('Our Ella\u2019s D.O.B. 14.03.2018, so she is one of the youngest.', 'comment')).toBeUndefined();
    expect(cut('Happy birthday to Ella, born 14 March 2018 at 4am in a snowstorm.')).toBeUndefined();
    expect(cut('Her birthday is on 14 March 2018 and she is excited.', 'comment')).toBeUndefined();
    expect(cut('Parents of summer-born children (born 14 March 2018 to 31 August 2018) can defer.', 'comment')).toBeUndefined();
  });
});
