import { describe, expect, it } from 'vitest';
import { DISGUISES, EMAIL_DISGUISES, NAME_DISGUISES, PHONE_DISGUISES, type Disguise } from '../../eval/obfuscation-disguises.js';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker } from './check.js';
import { OFFENSIVE_WORDS } from './lexicons/offensive.js';
import type { Roster } from './types.js';

// The disguises npm run eval:obfuscation measures, as a guard: a sample of the lexicon's words, each disguised every way
// the checker is meant to see through, must still be found. One is left out: a star after three letters or fewer
// marks a required field ("Sex*"), read as a hidden letter only where the three are no word and begin none but a listed
// one ("fuc*"). (Every letter a digit can stand for is in: a word all digits, "80085", is a number and stays one, but
// none of the sample is spelt without a letter.)
const BY_DESIGN = new Set(['the last letter starred']);
const SAMPLE = ['fuck', 'cunt', 'bastard', 'motherfucker', 'whore', 'blowjob', 'nigger', 'paki', 'faggot', 'retard', 'spastic', 'gyppo', 'tranny', 'kike'];

const roster: Roster = {
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [
    { given: 'Oliver', family: 'Bamford', dob: '2016-05-01', year: 'Year 5', photoConsent: true },
    { given: 'Zoë', family: 'Nowak', dob: '2017-02-11', year: 'Year 4', photoConsent: true },
    // a given name that is an ordinary word: a name by its capital, so every disguise must keep the capital readable
    { given: 'Hope', family: 'Price', dob: '2018-09-30', year: 'Year 2', photoConsent: true },
  ],
  staff: [{ given: 'Tom', family: 'Tennant', role: 'teacher' }],
};
const checker = compileChecker(roster, ALL_BUILDERS);

describe('a listed word, disguised', () => {
  const words = SAMPLE.map((term) => OFFENSIVE_WORDS.find((w) => w.term === term)!);
  it('samples words the lexicon lists', () => expect(words.every(Boolean)).toBe(true));

  for (const d of DISGUISES.filter((x) => !BY_DESIGN.has(x.name))) {
    it(`is found written with ${d.name}`, () => {
      for (const w of words) {
        const disguised = d.apply(w.term);
        const text = `Honestly, ${disguised} is all I have to say.`;
        const start = 'Honestly, '.length;
        const found = checker.check(text, 'comment').some((f) => (f.category === w.category || f.category === w.also) && f.start < start + disguised.length && start < f.end);
        expect(found, JSON.stringify(disguised)).toBe(true);
      }
    });
  }
});

/** each value, disguised each way, written into the sentence, gives a finding of the category over it */
function foundDisguised(disguises: Disguise[], values: string[], carrier: string, kind: 'official_post' | 'comment', category: string) {
  for (const d of disguises) {
    it(`is found written with ${d.name}`, () => {
      for (const v of values) {
        const disguised = d.apply(v);
        const start = carrier.indexOf('{}');
        const found = checker.check(carrier.replace('{}', () => disguised), kind).some((f) => f.category === category && f.start < start + disguised.length && start < f.end);
        expect(found, JSON.stringify(disguised)).toBe(true);
      }
    });
  }
}

// in lower case, "hope price" is as likely a hope and a price as a pupil: a name that is also a word needs its capital
describe('a pupil\u2019s name, disguised', () => foundDisguised(NAME_DISGUISES.filter((d) => d.name !== 'lower case'), ['Oliver Bamford', 'Zoë Nowak', 'Hope Price'], 'Well done to {} for a super week.', 'official_post', 'pupil_name'));
describe('a phone number, disguised', () => foundDisguised(PHONE_DISGUISES, ['07700 900123', '07911 123456'], 'Text me on {} about the coat.', 'comment', 'personal_data'));
describe('an email address, disguised', () => foundDisguised(EMAIL_DISGUISES, ['jane.smith84@gmail.com', 'dave_b@hotmail.co.uk'], 'Email me at {} for the rota.', 'comment', 'personal_data'));
