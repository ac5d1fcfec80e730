import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Prepared, Roster } from '../types.js';
import { photoConsent } from './photo-consent.js';

const aPupil = (given: string, family: string, photoConsent: boolean, year = '3') => ({ given, family, dob: '2016-05-01', year, photoConsent });
const aRoster = (): Roster => ({
  school: { name: 'Belsteads Primary School', short: 'Belsteads', town: 'Ipswich', postcode: 'IP1 1AA' },
  pupils: [aPupil('May', 'Chen', true), aPupil('Tom', 'Hughes', false, '4'), aPupil('Zoë', 'Brown', true), aPupil('Zoë', 'Adams', false)],
  staff: [],
});
const check = (images: Prepared['images']) => photoConsent.build(aRoster())(prepare('Sports day!', 'official_post', images));

describe('photo consent', () => {
  it('allows images whose tagged pupils all have consent', () => {
    expect(check([{ tagged: ['May Chen'] }, { tagged: ['zoe brown'] }])).toEqual([]);
  });

  it('blocks an image tagging a pupil without consent', () => {
    const [f] = check([{ tagged: ['May Chen', 'Tom Hughes'] }]);
    expect(f).toMatchObject({ category: 'photo_consent', severity: 'block' });
    expect(f!.reason).toBe('The image tags Tom Hughes (Year 4), who has no photo consent on record.');
    expect(f!.advice).toBe('Remove the image, or use one without Tom Hughes.');
    expect(f!.suggestion).toBeUndefined();
  });

  it('knows a pupil tagged by the nickname the school added', () => {
    const roster = aRoster();
    roster.pupils[1] = { ...roster.pupils[1]!, aka: ['Tommy H'] };
    const [f] = photoConsent.build(roster)(prepare('Sports day!', 'official_post', [{ tagged: ['Tommy H'] }]));
    expect(f!.reason).toBe('The image tags Tom Hughes (Year 4), who has no photo consent on record.');
  });

  it('says which image when there are several', () => {
    expect(check([{ tagged: ['May Chen'] }, { tagged: ['Tom Hughes'] }])[0]!.reason).toMatch(/^Image 2 tags Tom Hughes/);
  });

  it('blocks a tag that names no pupil on the roll', () => {
    expect(check([{ tagged: ['Jake Smith'] }])[0]!.reason).toContain('not on the school');
  });

  it('blocks a given name alone that two pupils share', () => {
    expect(check([{ tagged: ['Zoe'] }])[0]!.reason).toContain('could be 2 pupils');
  });

  it('matches tags whatever their case, accents or order', () => {
    expect(check([{ tagged: ['CHEN May', 'Zoe BROWN'] }])).toEqual([]);
  });

  it('knows a pupil tagged by given name and initial, and a surname with its apostrophe dropped; not an initial two share', () => {
    const roster = aRoster();
    roster.pupils.push(aPupil('Seán', "O'Brien", false, '4'), aPupil('Amy', 'Brown', true), aPupil('Amy', 'Bell', true));
    const tagged = (tag: string) => photoConsent.build(roster)(prepare('Sports day!', 'official_post', [{ tagged: [tag] }]));
    expect(tagged('Tom H')[0]!.reason).toBe('The image tags Tom Hughes (Year 4), who has no photo consent on record.');
    expect(tagged('May C.')).toEqual([]);
    expect(tagged('Sean OBrien')[0]!.reason).toBe("The image tags Seán O'Brien (Year 4), who has no photo consent on record.");
    expect(tagged('Amy B')[0]!.reason).toContain('could be 2 pupils');
  });

  it('finds nothing for a post without images', () => {
    expect(check(undefined)).toEqual([]);
  });
});
