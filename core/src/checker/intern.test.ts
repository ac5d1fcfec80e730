import { describe, expect, it } from 'vitest';
import { interned } from './intern.js';

describe('interned words', () => {
  it('gives the slice asked for, the same string each time a word is met again', () => {
    const first = interned('the cat sat', 4, 7);
    expect(first).toBe('cat');
    expect(interned('a cat', 2, 5)).toBe('cat');
    expect(interned('', 0, 0)).toBe('');
    expect(interned('cats', 0, 3)).toBe('cat');
    expect(interned('cats', 0, 4)).toBe('cats');
  });

  it('keeps giving the right slice when words that share a hash slot, and more words than it holds, come by', () => {
    const text = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}`).join(' ');
    const words = text.split(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        expect(interned(text, at, at + w.length)).toBe(w);
        at += w.length + 1;
      }
    }
  });
});
