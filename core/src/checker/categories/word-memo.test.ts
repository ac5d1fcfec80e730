import { describe, expect, it } from 'vitest';
import { WordMemo } from './word-memo.js';

describe('WordMemo', () => {
  it('finds a word by a range of any text, and only that word', () => {
    const memo = new WordMemo<number>(100);
    memo.set('cat', 1);
    memo.set('cats', 2);
    expect(memo.get('the cat sat', 4, 7)).toBe(1);
    expect(memo.get('two cats', 4, 8)).toBe(2);
    expect(memo.get('the cab sat', 4, 7)).toBeUndefined();
    expect(memo.get('ca', 0, 2)).toBeUndefined();
    expect(memo.size).toBe(2);
  });

  it('keeps every word as it grows past its first table, and starts again at its limit', () => {
    const memo = new WordMemo<number>(5_000);
    const words = Array.from({ length: 3_000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => memo.set(w, i));
    words.forEach((w, i) => expect(memo.get(` ${w} `, 1, w.length + 1)).toBe(i));
    for (let i = 3_000; i < 5_000; i++) memo.set(`x${i}`, i);
    memo.set('after', -1);
    expect(memo.size).toBe(1);
    expect(memo.get('after', 0, 5)).toBe(-1);
    expect(memo.get(words[0]!, 0, words[0]!.length)).toBeUndefined();
  });
});
