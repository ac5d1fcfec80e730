import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { ridicule } from './ridicule.js';

const found = (text: string) => ridicule(text).map((h) => text.slice(h.start, h.end));

describe('ridicule by likeness', () => {
  it('finds a person likened to something people are mocked with, however it is worded', () => {
    for (const text of [
      'Saw the new receptionist today, she looks like she fell out of a skip.',
      'Mrs Hale on the gate, looking like she had been dug up for the occasion',
      'That dad is about as useful as a chocolate teapot and dresses like a scarecrow.',
      'The deputy has the people skills of a feral ferret.',
      // set 31 (read): running, clothes and a voice
      "Ryan thinks he can play cos he's got the boots. mate you run like you're carrying the shopping",
      'did you see what she wore on Tuesday, like a lampshade that has given up',
      'That Reception mum with the voice like a car alarm: we can all hear your phone calls.',
      'she runs like a penguin',
      "Why does Mrs Frost always look like she's just rolled out of bed",
    ])
      expect(found(text), text).toHaveLength(1);
  });

  it('spans the sentence, one reply of a thread at a time', () => {
    const text = 'Lovely assembly.\n> his mum looks like a bag of spanners lol\n> That is out of order.';
    expect(found(text)).toEqual(['his mum looks like a bag of spanners lol']);
  });

  it('leaves costumes, praise and likenesses that mock no one alone', () => {
    for (const text of [
      'He looks like a proper little scientist in his goggles!',
      'She dressed like a scarecrow for World Book Day and won the prize.',
      'Our Year 2 class look like a bag of sweets in their rainbow jumpers, so cute.',
      'It looks like rain, so bring a coat.',
      'The sandcastle looks like it has been dug up by a dog.',
      'She runs like the wind.',
      'He worked like a dog all term, bless him, and it showed.',
      'She sings like an angel in the choir.',
      'The fire alarm sounded like a car alarm, so we checked it.',
      'Year 1 waddled like penguins in the Christmas show.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('is a bullying warning in comments and personal posts, not read in official posts', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const text = 'Mrs Hale on the gate, looking like she had been dug up for the occasion';
    expect(checker.check(text, 'comment').filter((f) => f.category === 'bullying').map((f) => f.severity)).toEqual(['warning']);
    expect(checker.check(text, 'official_post').filter((f) => f.reason.startsWith('Mocks a person'))).toEqual([]);
  });
});
