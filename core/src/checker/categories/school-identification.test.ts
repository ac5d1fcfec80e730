import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { schoolIdentification } from './school-identification.js';

const aSchool = (): Roster => ({
  school: {
    name: "St Bartholomew's Parish C of E Aided Primary School",
    short: "St Bart's",
    town: 'Great Harwood',
    postcode: 'BB6 7QB',
    address: 'Church Lane, Great Harwood, Blackburn BB6 7QB',
    nicknames: ['the Barts'],
  },
  pupils: [],
  staff: [],
});
const run = schoolIdentification.build(aSchool());
const found = (text: string) => run(prepare(text, 'personal_post')).map((f) => text.slice(f.start, f.end));

describe('school identification', () => {
  it('finds the full name and says why', () => {
    const text = "Proud to teach at St Bartholomew's Parish C of E Aided Primary School";
    const [f] = run(prepare(text, 'personal_post'));
    expect(text.slice(f!.start, f!.end)).toBe("St Bartholomew's Parish C of E Aided Primary School");
    expect(f).toMatchObject({ category: 'school_identification', severity: 'warning' });
    expect(f!.reason).toContain('Personal posts should not say which school you work at');
  });

  it('finds the distinctive part of the name, with or without the apostrophe, and Saint for St', () => {
    expect(found("Another long day at St Bartholomew's")).toEqual(["St Bartholomew's"]);
    expect(found('Another long day at Saint Bartholomews')).toEqual(['Saint Bartholomews']);
  });

  it('finds the short name and nicknames', () => {
    expect(found("Parents' evening at St Bart's tonight")).toEqual(["St Bart's"]);
    expect(found('Go the Barts!')).toEqual(['the Barts']);
  });

  it('finds a name of its own in lower case, but a name of everyday words only with a capital', () => {
    const oakfield = schoolIdentification.build({ ...aSchool(), school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ', nicknames: ['Oakers'] } });
    const said = (text: string) => oakfield(prepare(text, 'personal_post')).map((f) => text.slice(f.start, f.end));
    expect(said('back at oakers HQ tomorrow')).toEqual(['oakers']);
    expect(said('Another day at oakfield, SEND COFFEE')).toEqual(['oakfield']);
    // split into the two words it is made of, with a capital
    expect(said('Oak Field primary staff do it better')).toEqual(['Oak Field']);
    expect(said('we walked past the oak field on the way')).toEqual([]);
    const hope = schoolIdentification.build({ ...aSchool(), school: { name: 'Hope Academy', short: 'Hope', town: 'Leeds', postcode: 'LS1 1AA', nicknames: ['the Grange'] } });
    const hoped = (text: string) => hope(prepare(text, 'personal_post')).map((f) => text.slice(f.start, f.end));
    expect(hoped('I hope the grange tea room is open, Mum')).toEqual([]);
    expect(hoped('Off to Hope for parents evening, wish me luck')).toEqual(['Hope']);
  });

  it('finds the town beside talk of school, but not the town alone', () => {
    expect(found('I teach at a little primary in Great Harwood')).toEqual(['Great Harwood']);
    expect(found('Lovely walk around Great Harwood this morning')).toEqual([]);
    // children, a class or a head near the town say nothing of where the writer teaches
    expect(found("Any recommendations for an opticians in Great Harwood that can do kids' frames?")).toEqual([]);
    expect(found('Yoga class in Great Harwood tonight, head over if you fancy it')).toEqual([]);
  });

  it('does not say the town again beside the school\u2019s own name', () => {
    expect(found("First day at St Bart's in Great Harwood as a teacher!")).toEqual(["St Bart's"]);
  });

  it('finds the street and the postcode, spaced or not', () => {
    expect(found('Stuck in traffic on Church Lane again')).toEqual(['Church Lane']);
    expect(found('Deliveries to bb67qb please')).toEqual(['bb67qb']);
  });

  it('sees through look-alike letters in the name', () => {
    expect(found('Day one at St B\u0430rt\u2019s')).toHaveLength(1); // Cyrillic а, curly apostrophe
  });

  it('sees through a digit written for a letter in the name (eval:obfuscation)', () => {
    expect(found('Another long day at St B4rth0l0mew\u2019s, wine time!')).toHaveLength(1);
  });

  it('finds the name run together in a hashtag or a handle', () => {
    const oakfield = schoolIdentification.build({ ...aSchool(), school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ', nicknames: ['Oakers'] } });
    const tags = (text: string) => oakfield(prepare(text, 'personal_post')).map((f) => ({ said: text.slice(f.start, f.end), reason: f.reason }));
    expect(tags('SATs done! #OakfieldPrimary')).toEqual([{ said: '#OakfieldPrimary', reason: expect.stringContaining('in a hashtag') }]);
    expect(tags('Year 4 gave me their germs #oakfieldfamily').map((f) => f.said)).toEqual(['#oakfieldfamily']);
    expect(tags('Follow @oakfield_pta for the fair').map((f) => f.said)).toEqual(['@oakfield_pta']);
    expect(tags('#teamoakers all the way').map((f) => f.said)).toEqual(['#teamoakers']);
    // a hashtag that is only a word: not the school
    expect(tags('#oak #fieldtrip #primaryteacher')).toEqual([]);
  });

  it('finds the distinctive name spelt out letter by letter', () => {
    expect(found('Love my job at S t B a r t h o l o m e w s')).toHaveLength(1);
    expect(found('Love my job at B a r t s')).toEqual([]); // too short to tell from chance letters
  });

  it('finds the school\u2019s own phone number and email, however the number is spaced', () => {
    const withContacts = schoolIdentification.build({ ...aSchool(), school: { ...aSchool().school, phone: '01254 884 571', email: 'office@stbarts.lancs.sch.uk' } });
    const contacts = (text: string) => withContacts(prepare(text, 'personal_post')).map((f) => text.slice(f.start, f.end));
    expect(contacts('Want a job with us? Ring 01254 884571')).toEqual(['01254 884571']);
    expect(contacts('Call +44 1254 884 571 and ask for me')).toEqual(['+44 1254 884 571']);
    expect(contacts('Email OFFICE@stbarts.lancs.sch.uk for the TA post')).toEqual(['OFFICE@stbarts.lancs.sch.uk']);
    expect(contacts('My number is 01254 884 572')).toEqual([]);
  });

  it('finds the name\'s initials written in capitals, but not the same letters as a word, nor initials everyone uses', () => {
    const oakfield = schoolIdentification.build({ school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' }, pupils: [], staff: [] });
    const said = (text: string) => oakfield(prepare(text, 'personal_post')).map((f) => ({ text: text.slice(f.start, f.end), reason: f.reason }));
    expect(said('SATs week at OPS, wish us luck')).toEqual([{ text: 'OPS', reason: expect.stringContaining('its initials, OPS, for Oakfield Primary School') }]);
    expect(said('ops, wrong photo')).toEqual([]);
    expect(said('Ops manager at the depot')).toEqual([]);
    const pta = schoolIdentification.build({ school: { name: 'Park Trinity Academy', short: 'Park Trinity', town: 'Leeds', postcode: 'LS1 4AP' }, pupils: [], staff: [] });
    expect(pta(prepare('Great PTA meeting tonight', 'personal_post'))).toEqual([]);
  });

  it('finds nothing in a post that does not name the school', () => {
    expect(found('Marking all weekend, send coffee')).toEqual([]);
  });
});
