import { describe, expect, it } from 'vitest';
import { phraseVocabulary, StreamVocabulary } from './stream-vocabulary.js';

const spelt = (v: StreamVocabulary, alts: string[]) => v.resolve(alts)?.join('');

describe('a disguised word read as a word of the phrases', () => {
  const v = new StreamVocabulary(['kil', 'yourself', 'hang', 'hung', 'hang', 'stab', 'you']);

  it('reads a star as any one letter and a l33t symbol as each letter it may be', () => {
    expect(spelt(v, ['k', '*', 'l', 'l'])).toBe('kill');
    expect(spelt(v, ['y', 'o', 'u', 'r', 's', 'e', 'il', 'f'])).toBe('yourself');
    expect(spelt(v, ['s', 't', '*', 'b'])).toBe('stab');
  });

  it('takes the word the phrases use most where the letters spell two', () => {
    expect(spelt(v, ['h', '*', 'n', 'g'])).toBe('hang');
  });

  it('leaves a word with no doubt in it, one that spells no word, and one that is already a word', () => {
    expect(v.resolve(['d', 'o', 'n', 't'])).toBeUndefined();
    expect(v.resolve(['s', 't', '*', 'r', 's'])).toBeUndefined();
    expect(v.resolve(['k', 'i', 'l'])).toBeUndefined();
    // a "v" that may be a u ("fvck") is the word matcher's to read
    expect(v.resolve(['l', 'o', 'vu', 'e'])).toBeUndefined();
  });

  it('reads mostly-hidden words as nothing: more stars than letters', () => {
    expect(v.resolve(['*', '*', '*', 'u'])).toBeUndefined();
  });

  it('holds the lexicon\u2019s words, a masked slur before an innocent word of the same shape', () => {
    const shipped = phraseVocabulary();
    expect(spelt(shipped, ['t', 'w', '*', 't'])).toBe('twat');
    expect(spelt(shipped, ['f', '*', '*', '*', 'i', 'n', 'g'])).toBe('fucking');
    expect(shipped.has('yourself')).toBe(true);
    // pieces of a pattern are no words: "wi" of "wi[l*]"
    expect(shipped.has('wi')).toBe(false);
  });
});
