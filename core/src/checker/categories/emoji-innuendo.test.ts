import { describe, expect, it } from 'vitest';
import { emojiInnuendo } from './emoji-innuendo.js';

const runsIn = (text: string) => emojiInnuendo(text).map((h) => text.slice(h.start, h.end));

describe('sexual innuendo carried by emoji', () => {
  it.each([
    ['Netflix and chill? 😏🍆', '😏🍆'],
    ['🍑💦', '🍑💦'],
    ['the new dad is fit 🥵 🍆 x', '🥵 🍆'],
    ['👅🍆🏻 tonight', '👅🍆🏻'],
    ['🍆🍆 lol', '🍆🍆'],
    // a flirting emoji in the run reads it whatever the words beside it
    ['Water fight later 💦😏🍑', '💦😏🍑'],
    // a suggestive emoji and a leer apart in one sentence
    ["Husband's away and the 🍆 emoji is doing a lot of work tonight 😏", "Husband's away and the 🍆 emoji is doing a lot of work tonight 😏"],
    // a hot face or a drool said of a person, the sentence from its start
    ['Mr Walsh on sports day in them shorts 🥵🥵🥵', 'Mr Walsh on sports day in them shorts 🥵🥵🥵'],
    // a peach said of a person with words that lean the same way
    ["Mr Cartwright's arse in them PE shorts tho 🍑", "Mr Cartwright's arse in them PE shorts tho 🍑"],
    ['Great assembly. The new supply teacher 🤤', 'The new supply teacher 🤤'],
    // a smirk or a wink with words that lean the same way
    ['Miss Reid can keep me behind after school any day 😏', 'Miss Reid can keep me behind after school any day 😏'],
    ['Bet Mr Fletcher is good with his hands 😉', 'Bet Mr Fletcher is good with his hands 😉'],
  ])('finds the innuendo in "%s"', (text, run) => {
    expect(runsIn(text)).toEqual([run]);
  });

  it.each([
    'We grew aubergines 🍆🥕 in the school garden',
    // a run of produce or water beside its own name (set 16, read)
    'Our harvest festival donations are piling up 🍆🍅🥕🍑 Thank you for all the aubergines, tomatoes and carrots!',
    '🍆🍆 my allotment is overflowing with aubergines, anyone want some?',
    'Can we have the water fight again on the last day 💦💦 the kids loved it',
    'Splash day 💦☀️ tomorrow, bring a towel',
    'Peach crumble for pudding 🍑',
    'Well done everyone 😉👍',
    'No emoji here at all',
    // heat, food and exercise, and a friendly wink or smirk at a teacher
    'Sports day in this heat 🥵 Mr Walsh is melting',
    "Dad's chilli was something else 🥵",
    'Mr Walsh had us running laps all lesson 🥵',
    'Well done Mr Hughes 😉',
    'Mr Hughes says no homework this week 😏',
    'We grew 🍆 in the garden. Mr Hughes says they taste great 😏',
    'Peach crumble from Mr Hughes 🍑',
  ])('finds none in "%s"', (text) => {
    expect(runsIn(text)).toEqual([]);
  });
});
