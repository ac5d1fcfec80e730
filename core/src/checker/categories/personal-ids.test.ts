import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { personalData } from './personal-data.js';
import { personalIds, spokenNumbers, validNhsNumber, validUpn } from './personal-ids.js';

const roster: Roster = {
  school: { name: 'Hollybank Primary School', short: 'Hollybank', town: 'Wigan', postcode: 'WN1 2XY', phone: '01942 123456' },
  pupils: [{ given: 'Ella', family: 'Thompson', dob: '2018-03-14', year: 'Year 2', photoConsent: true }],
  staff: [],
};
const run = personalData.build(roster);
/** what each personal-data finding points at, and its reason */
const found = (text: string) => run(prepare(text, 'comment')).map((f) => [text.slice(f.start, f.end), f.reason]);
const folded = (text: string) => prepare(text, 'comment').folded;

describe('personal data: numbers that name a person', () => {
  it('checks an NHS number by its modulus-11 digit and a UPN by its check letter', () => {
    expect(validNhsNumber('9434765919')).toBe(true);
    expect(validNhsNumber('9434765918')).toBe(false);
    expect(validNhsNumber('4010232137')).toBe(true);
    expect(validUpn('z823201501001')).toBe(true);
    expect(validUpn('a823201501001')).toBe(false);
  });

  it('finds an NHS number said to be one, a National Insurance number and a UPN', () => {
    expect(found('Her NHS number is 943 476 5919.')).toEqual([['943 476 5919', 'An NHS number.']]);
    expect(found('NHS no: 401-023-2137')).toEqual([['401-023-2137', 'An NHS number.']]);
    expect(found('National insurance number AB 12 34 56 C, please keep it safe')).toEqual([['AB 12 34 56 C', 'A National Insurance number.']]);
    expect(found('NI: JG123456A')).toEqual([['JG123456A', 'A National Insurance number.']]);
    expect(found('His UPN is A123456789012.')).toEqual([['A123456789012', 'A unique pupil number (UPN).']]);
    // with "pupil number" near, a true check letter is enough; a wrong one needs the cue right before it
    expect(found('Pupil number: on the form, Z823201501001')).toEqual([['Z823201501001', 'A unique pupil number (UPN).']]);
  });

  it('leaves numbers alone that only look like them', () => {
    // ten digits that fail the check, or pass it with no word of the NHS near
    expect(personalIds(folded('Our NHS trust number is 123 456 7890.'))).toEqual([]);
    expect(personalIds(folded('Order 943 476 5919 arrived'))).toEqual([]);
    // QQ is the prefix of the examples on GOV.UK, and some pairs are never issued
    expect(personalIds(folded('An example: QQ 12 34 56 C, or GB 12 34 56 A'))).toEqual([]);
    // a letter and twelve digits with no word of a pupil number, even with a true check letter
    expect(personalIds(folded('Ticket B823201501001'))).toEqual([]);
    expect(personalIds(folded('Ticket Z823201501001'))).toEqual([]);
  });
});

describe('personal data: phone numbers in words', () => {
  it('reads number words, "double" and "treble", and digits among them', () => {
    expect(spokenNumbers(folded('oh seven seven double oh, nine double oh one two three'))).toEqual([expect.objectContaining({ digits: '07700900123' })]);
    expect(spokenNumbers(folded('zero 7700 900 one two three'))).toEqual([expect.objectContaining({ digits: '07700900123' })]);
    expect(spokenNumbers(folded('zero seven treble seven'))).toEqual([expect.objectContaining({ digits: '07777' })]);
  });

  it('finds a UK number so written, but not counting, amounts, nor the school office', () => {
    expect(found('Text me: oh seven seven double oh, nine double oh one two three.')).toEqual([['oh seven seven double oh, nine double oh one two three', 'A phone number.']]);
    expect(found('Ring me on zero 7700 900 one two three')).toEqual([['zero 7700 900 one two three', 'A phone number.']]);
    expect(found('One, two, three, four, five, six, seven, eight, nine, ten: Reception can count to ten!')).toEqual([]);
    expect(found('We raised one two three four five six seven eight nine pounds')).toEqual([]);
    expect(found('zero tolerance on phones, one two three strikes')).toEqual([]);
    expect(found('Call the office on zero one nine four two, one two three four five six')).toEqual([]);
  });
});
