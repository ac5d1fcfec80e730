import { describe, expect, it } from 'vitest';
import { WORST_SHAPES, worstText } from '../../eval/worst-texts.js';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker } from './check.js';
import { Sentences } from './categories/emoji-innuendo.js';
import { MAX_SENTENCE_WORDS, tokenise } from './categories/offensive-tokens.js';
import { prepare } from './normalise.js';
import type { Roster, TextKind } from './types.js';

// Texts written to make the checker slow or to break it (core/eval/worst-texts.ts). How long they take is measured by
// `npm run bench:checker-worst`; here, that each is read without an error, and that reading them once (not once a
// name, an emoji or a word) still finds what reading them the long way found.

const roster: Roster = {
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [
    { given: 'Kai', family: 'Nguyen', dob: '2016-05-28', year: 'Year 4', photoConsent: true },
    { given: 'Grace', family: 'Price', dob: '2018-09-30', year: 'Year 2', photoConsent: true },
  ],
  staff: [{ given: 'Tom', family: 'Walsh', role: 'teacher' }],
};
const checker = compileChecker(roster, ALL_BUILDERS);
const KINDS: TextKind[] = ['official_post', 'comment', 'personal_post'];

describe('the worst texts', () => {
  for (const [name, unit] of Object.entries(WORST_SHAPES)) {
    it(`reads ${name}, 20,000 characters, without an error`, () => {
      // "f*f*f*…" this long threw once: a pattern built from the starred word overflowed the stack
      const text = worstText(unit, 20_000);
      for (const kind of KINDS) {
        for (const f of checker.check(text, kind)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }
    });
  }
});

describe('read once, found as before', () => {
  it('finds a name spelt out at the end of a long run of spaced characters', () => {
    const text = `${'1 '.repeat(5_000)}K a i`;
    const names = checker.check(text, 'comment').filter((f) => f.category === 'pupil_name');
    expect(names.map((f) => text.slice(f.start, f.end))).toEqual(['K a i']);
    expect(checker.check('a '.repeat(5_000), 'comment').filter((f) => f.category === 'pupil_name')).toEqual([]);
  });

  it(`reads a sentence of more than ${MAX_SENTENCE_WORDS} words in parts, and still finds a threat at its end`, () => {
    const { words } = tokenise(prepare('word '.repeat(250), 'comment').folded);
    const ends = [];
    for (let k = 0; k < words.n; k++) if (words.endsSentence[k] === 1) ends.push(k);
    expect(ends).toEqual([MAX_SENTENCE_WORDS - 1, 2 * MAX_SENTENCE_WORDS - 1]);
    const text = `${'blah '.repeat(1_000)}I'm going to kill you`;
    expect(checker.check(text, 'comment').some((f) => f.category === 'threat' && text.slice(f.start, f.end).includes('kill'))).toBe(true);
  });

  it('finds the sentences around emoji as reading back and forth from each one would', () => {
    // the sentence from after the last break before the emoji (the text's start if none) to the next break after it
    const BREAK = /[.!?\n]/g;
    const around = (text: string, at: number, end: number) => {
      let start = 0;
      BREAK.lastIndex = 0;
      for (let m = BREAK.exec(text); m && m.index < at; m = BREAK.exec(text)) start = m.index + 1;
      BREAK.lastIndex = end;
      const next = BREAK.exec(text);
      return { start, end: next ? next.index : text.length };
    };
    const pieces = ['\u{1F52A}', 'you ', '. ', '\n', 'word ', 'a', '! ', ' ', 'x'.repeat(120)];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let k = random(60); k > 0; k--) text += pieces[random(pieces.length)];
      const sentences = new Sentences(text);
      for (let at = text.indexOf('\u{1F52A}'); at >= 0; at = text.indexOf('\u{1F52A}', at + 2)) {
        const found = sentences.around(at, at + 2);
        expect({ start: found.start, end: found.end }).toEqual(around(text, at, at + 2));
        expect(found.words).toBe(text.slice(found.start, found.end));
      }
    }
  });

  it('makes one finding of many leers in one sentence, as of a few', () => {
    const leers = (times: number) => checker.check('Mr Walsh in them shorts any day \u{1F60F} '.repeat(times), 'comment').filter((f) => f.category === 'sexual');
    expect(leers(3)).toHaveLength(1);
    // 400 leers in one sentence of 14,000 characters: a few findings, not one a leer
    expect(leers(400).length).toBeLessThan(10);
  });

  it('cuts the rewrite of a name in a very long sentence at a word, and the rewrite still fits where it goes', () => {
    const around = 'and the trip to the farm and the museum '.repeat(15);
    const text = `${around}Kai Nguyen ${around}was brilliant.`;
    const [found] = checker.check(text, 'official_post').filter((f) => f.category === 'pupil_name');
    const { suggestion, replaces } = found!;
    expect(suggestion!.length).toBeLessThan(1_100);
    expect(suggestion).toMatch(/^\S.*\S$/);
    expect(text.slice(0, replaces!.start) + suggestion + text.slice(replaces!.end)).toBe(text.replace('Kai Nguyen', 'a Year 4 pupil'));
  });

  it('reads "if" at the start of a long sentence as advice, however far before the child it stands', () => {
    const clause = 'after the long weekend and the trip to the farm and the museum '.repeat(4);
    const about = (opening: string) => checker.check(`${opening} ${clause}a pupil in Year 2 is unwell, please keep them at home.`, 'official_post').filter((f) => f.category === 'child_specific');
    expect(about('If')).toEqual([]);
    expect(about('So')).toHaveLength(1);
  });
});
