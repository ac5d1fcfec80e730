import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { exposureThreats } from './exposure-threat.js';

const found = (text: string) => exposureThreats(text).map((h) => text.slice(h.start, h.end));

describe('menace by exposure', () => {
  it('finds a making public of someone’s things, or a sending to their people, with a demand', () => {
    expect(found('Take the post down by tonight or your address goes on the village page.')).toEqual(['Take the post down by tonight or your address goes on the village page.']);
    expect(found('Keep blocking me and I’ll send your husband everything you said about him.')).toHaveLength(1);
    expect(found('Unless I get my money back, the whole estate will know what your son did, names and all.')).toHaveLength(1);
    expect(found('You’ve got till Sunday. After that your boss gets the screenshots.')).toEqual(['You’ve got till Sunday. After that your boss gets the screenshots.']);
  });

  it('reads each reply of a pasted thread on its own', () => {
    const text = 'Shame about the fair.\n> Pay the float back or I’ll post her bank details on here. Your choice.\n> Calm down.';
    expect(found(text)).toEqual(['Pay the float back or I’ll post her bank details on here.']);
  });

  it('leaves sharing without a demand, a demand without anyone’s things, and the school’s plans alone', () => {
    expect(found('I’ll be posting the photos on the class page tomorrow, thanks to everyone who came.')).toEqual([]);
    expect(found('If you don’t get a reply by Friday, share the post with the office and they’ll chase it.')).toEqual([]);
    expect(found('I’ll send your mum the photos from the party, she asked for them.')).toEqual([]);
    expect(found('The nativity video goes up on the school page on Monday, unless the sound needs fixing.')).toEqual([]);
    expect(found('Sign up by Friday or your name won’t go on the rota.')).toEqual([]);
    expect(found('Unless it rains, I’ll post your photos on the class page tonight.')).toEqual([]);
    expect(found('Keep going and I’ll share your amazing progress with your mum!')).toEqual([]);
    expect(found('If you don’t pay by Friday, your name goes on the reminder list at the office.')).toEqual([]);
  });
});

describe('menace by exposure in the checker', () => {
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  const threats = (text: string, kind: 'comment' | 'personal_post' | 'official_post') => checker.check(text, kind).filter((f) => f.category === 'threat');

  it('is a threat warning in comments and staff posts, and not read in the school’s own posts', () => {
    const text = 'Apologise to my sister by Monday or your name and your texts go on the town page.';
    expect(threats(text, 'comment')).toMatchObject([{ severity: 'warning', start: 0, end: text.length }]);
    expect(threats(text, 'personal_post')).toHaveLength(1);
    expect(threats(text, 'official_post')).toEqual([]);
  });
});
