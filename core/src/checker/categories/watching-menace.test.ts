import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { watchingMenace } from './watching-menace.js';

const found = (text: string) => watchingMenace(text).map((h) => text.slice(h.start, h.end));

describe('menace by watching', () => {
  it('finds an address, a car or comings and goings given with an insinuation', () => {
    expect(found('Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.')).toEqual([
      'Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.',
    ]);
    expect(found('That teacher lives at 4 Mill Road. Pass it on.')).toEqual(['That teacher lives at 4 Mill Road. Pass it on.']);
    expect(found('Love the new paint on her front door. Would be a shame if anything happened to it.')).toEqual([
      'Love the new paint on her front door. Would be a shame if anything happened to it.',
    ]);
  });

  it('finds "I know" with where they live or what they drive, said to them', () => {
    expect(found('I know it’s 7 Orchard Close and I know what time you get home from work.')).toEqual([
      'I know it’s 7 Orchard Close and I know what time you get home from work.',
    ]);
  });

  it('reads each reply of a pasted thread on its own, and spans only the menacing sentences', () => {
    const text = 'Great trip photos!\n> She lives at 12 Elm Grove btw. Shame if she got visitors.\n> Reported.';
    expect(found(text)).toEqual(['She lives at 12 Elm Grove btw. Shame if she got visitors.']);
    expect(found('Lovely day. Mr Hale drives a blue van, I know where he parks. Pass it on.')).toEqual(['Mr Hale drives a blue van, I know where he parks. Pass it on.']);
  });

  it('leaves parking complaints, sales, lost property and ordinary news alone', () => {
    expect(found('The man in the silver BMW who parks on the zigzags every morning needs a ticket.')).toEqual([]);
    expect(found('Selling my silver Corsa, collection from 4 Park Lane, Thornbury. £1,200.')).toEqual([]);
    expect(found('Found: car keys with a blue Ford fob outside 3 Oak Road. Handed in to the office.')).toEqual([]);
    expect(found('Mrs Doyle lives near us and drives the minibus on trips, she is lovely.')).toEqual([]);
    expect(found('Mr Walsh leaves at half five every day, he works so hard for our kids.')).toEqual([]);
  });
});

describe('menace by watching in the checker', () => {
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  const threats = (text: string, kind: 'comment' | 'official_post') => checker.check(text, kind).filter((f) => f.category === 'threat');

  it('is a threat warning in a comment, and not read in the school’s own posts', () => {
    const text = 'Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.';
    expect(threats(text, 'comment')).toMatchObject([{ severity: 'warning', start: 0, end: text.length }]);
    expect(threats(text, 'official_post')).toEqual([]);
  });
});
