import { describe, expect, it } from 'vitest';
import { emojiInnuendo } from './emoji-innuendo.js';

const runsIn = (text: string) => emojiInnuendo(text).map((h) => text.slice(h.start, h.end));

describe('sexual innuendo carried by emoji', () => {
  it.each([
    ['Netflix and chill? 😏🍆', '😏🍆'],
    ['🍑💦', '🍑💦'],
    ['the new dad is fit 🥵 🍆 x', '🥵 🍆'],
    ['👅🍆🏻 tonight', '👅🍆🏻'],
  ])('finds the innuendo in "%s"', (text, run) => {
    expect(runsIn(text)).toEqual([run]);
  });

  it.each([
    'We grew aubergines 🍆🥕 in the school garden',
    'Splash day 💦☀️ tomorrow, bring a towel',
    'Peach crumble for pudding 🍑',
    'Well done everyone 😉👍',
    'No emoji here at all',
  ])('finds none in "%s"', (text) => {
    expect(runsIn(text)).toEqual([]);
  });
});
