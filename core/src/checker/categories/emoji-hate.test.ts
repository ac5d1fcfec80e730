import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { emojiHate } from './emoji-hate.js';

const found = (text: string) => emojiHate(text).map((h) => text.slice(h.start, h.end));

describe('hate carried by emoji', () => {
  it('finds an ape with a banana, and a nose or a star with money', () => {
    expect(found('Fastest in the relay again, wonder why 🦍🍌')).toEqual(['Fastest in the relay again, wonder why 🦍🍌']);
    expect(found('New family on the PTA. Watch the accounts 👃💸')).toEqual(['Watch the accounts 👃💸']);
    expect(found('Who really owns the council? ✡️💰')).toEqual(['Who really owns the council? ✡️💰']);
  });

  it('leaves an ape alone, a zoo, the Year of the Monkey, and a star of David on its own', () => {
    expect(found('Cheeky monkeys, all of them 🐒')).toEqual([]);
    expect(found('Year 1 loved feeding time at the zoo 🐒🍌')).toEqual([]);
    expect(found('Happy Chinese New Year, the year of the monkey 🐒🍌🧧')).toEqual([]);
    expect(found('Happy Hanukkah to all our families ✡️🕎')).toEqual([]);
    expect(found('The monkeys at Longleat stole a banana from our car 🐒🍌')).toEqual([]);
    expect(found('The fundraiser smashed its target 💰✡️ thanks to the synagogue’s donation.')).toEqual([]);
  });

  it('finds a pig or bacon said to Muslims, and leaves a fair’s pig roast and bacon butties alone', () => {
    expect(found('🐖🥓🐖🥓 Eid Mubarak lol')).toEqual(['🐖🥓🐖🥓 Eid Mubarak lol']);
    expect(found('#SaveOurSchools from the #Islamification 🇬🇧🐷')).toEqual(['#SaveOurSchools from the #Islamification 🇬🇧🐷']);
    expect(found('Pig roast at the summer fair 🐷🥓 (halal burgers too!)')).toEqual([]);
    expect(found('Bacon butties for the dads’ race 🥓')).toEqual([]);
    expect(found('Eid Mubarak to all our families 🌙')).toEqual([]);
  });
});

describe('hate carried by emoji in the checker', () => {
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  const hate = (text: string, kind: 'comment' | 'official_post') => checker.check(text, kind).filter((f) => f.category === 'hate');

  it('is a hate warning in a comment, and not read in the school’s own posts', () => {
    const text = 'Well done to the new lad in goal 🐒🍌';
    expect(hate(text, 'comment')).toMatchObject([{ severity: 'warning', start: 0, end: text.length }]);
    expect(hate(text, 'official_post')).toEqual([]);
  });
});

describe('hate carried by emoji: Black pupils and their month, a mosque or a Pride flag barred (list o, 2026-12-07)', () => {
  it.each([
    '🐒🐒🐒 lovely Black History Month display',
    'Black History Month 🍉🍗 enjoy lads',
    '❌🕌 Not in our town, not in our school.',
    '🏳️‍🌈🚫 keep it out of our schools',
  ])('%s', (text) => expect(found(text)).toEqual([text.replace(/\.$/, '')]));

  it.each([
    'Summer fair menu: 🍉 watermelon slices and 🍗 chicken drumsticks for the Black History Month picnic, thanks to the PTA!',
    '🚫 No school Monday 🕌 Eid Mubarak to all our families!',
    'Cheeky monkeys 🐒 at the zoo for Year 1!',
    'Pride week 🌈🌈 starts Monday, no homophobia 🚫 here!',
  ])('leaves alone: %s', (text) => expect(found(text)).toEqual([]));
});
