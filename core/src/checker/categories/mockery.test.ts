import { describe, expect, it } from 'vitest';
import { mockery } from './mockery.js';

const spans = (text: string) => mockery(text).map((h) => text.slice(h.start, h.end));

describe('mockery: laughing at someone pointed at, for their looks or a humiliation', () => {
  it.each([
    ['lmao Kieran in the back of the photo looking like a thumb 💀💀', 'lmao Kieran in the back of the photo looking like a thumb 💀💀'],
    ["Poppy's haircut 💀 did she lose a bet", "Poppy's haircut 💀 did she lose a bet"],
    ['Tag Zack in this he\'s the one that wet himself on the residential 😂😂', "Tag Zack in this he's the one that wet himself on the residential 😂😂"],
    ['Kayla B thinks she\'s a singer 😂😂 someone tell her', "Kayla B thinks she's a singer 😂😂 someone tell her"],
    ['Great sports day. Mrs Sandhu looking like a melted candle 😂', 'Mrs Sandhu looking like a melted candle 😂'],
  ])('%s', (text, span) => expect(spans(text)).toEqual([span]));

  it.each([
    // laughter with no one laughed at for anything
    'Year 2 were hilarious in the assembly 😂',
    // the writer laughing at themselves, or at a thing
    'I look like a tomato in this sports day photo 😂',
    'Our Oscar has been practising with a splurge gun for weeks, the kitchen looks like a crime scene 😂',
    // fond laughter: a costume, praise, love
    'Mr Hughes looking like a proper pirate for World Book Day 😂 brilliant',
    'Miss Jones your Brummie accent in the Year 3 video made my day 😂 love it',
    // something laughed at, but no laughter
    "Poppy's new haircut looks lovely",
  ])('leaves alone: %s', (text) => expect(spans(text)).toEqual([]));
});

describe("mockery: a second blind writer's wordings (2026-12-07)", () => {
  it.each([
    'lol Lily in the back row looks like she ate the rest of the team',
    'Mr Davies teaching PE is hilarious, man gets out of breath walking to the car park 🐷',
    'the boy with the lisp did the speech?? couldnt understand a single word 🤣🤣',
    "Jamie's trainers 💀 did his mum get them from Poundland",
    'Lol Ethan on the climbing wall 😂 thought the rope was gonna snap',
    'My kid says Leo still wets himself at school. Might wanna sort that 🤭',
    "Why is Harvey's mum in every single one of these photos, does she not have a job 🙄",
  ])('%s', (text) => expect(spans(text)).not.toEqual([]));

  it.each([
    // a child's own happy news, with laughter
    'Poppy came last in the egg and spoon but she was laughing the whole way 😂 well done',
    'Got the whole costume from the charity shop 😂 bargain',
  ])('leaves alone: %s', (text) => expect(spans(text)).toEqual([]));
});
