import { describe, expect, it } from 'vitest';
import { phraseVocabulary, segment, StreamVocabulary } from './stream-vocabulary.js';

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

  it('gives the next word the letters spell as their second reading', () => {
    const two = new StreamVocabulary(['whore', 'whore', 'where', 'love', 'love', 'live', 'know']);
    expect(two.resolve(['w', 'h', '*', 'r', 'e'])?.join('')).toBe('whore');
    expect(two.secondReading(['w', 'h', '*', 'r', 'e'])?.join('')).toBe('where');
    expect(two.secondReading(['l', '*', 'v', 'e'])?.join('')).toBe('live');
    // one word only: no second reading; no first: none either
    expect(two.secondReading(['k', 'n', '*', 'w'])).toBeUndefined();
    expect(two.secondReading(['q', '*', 'z', 'z'])).toBeUndefined();
    // a first letter that may be two ("|" an i or an l): the first letter's word first, the likelier other second
    const bar = new StreamVocabulary(['ice', 'lice', 'lice']);
    expect(bar.resolve(['il', '*', 'c', 'e'])?.join('')).toBe('icce');
    expect(bar.secondReading(['il', '*', 'c', 'e'])?.join('')).toBe('lice');
  });

  it('reads mostly-hidden words as nothing: more stars than letters', () => {
    expect(v.resolve(['*', '*', '*', 'u'])).toBeUndefined();
  });

  it('holds the lexicon\u2019s words, a masked slur before an innocent word of the same shape', () => {
    const shipped = phraseVocabulary();
    expect(spelt(shipped, ['t', 'w', '*', 't'])).toBe('twat');
    expect(spelt(shipped, ['f', '*', '*', '*', 'i', 'n', 'g'])).toBe('fucking');
    expect(shipped.has('yourself')).toBe(true);
    // pieces of a pattern are no words: "wi" of "wi[l*]", "favou" of "favou?r"
    expect(shipped.has('wi')).toBe(false);
    expect(shipped.has('favou')).toBe(false);
    expect(shipped.has('favour')).toBe(true);
    // "all" and "see" as the stream spells them are words a spelt-out phrase may break into
    expect(shipped.has('al')).toBe(true);
    expect(shipped.has('se')).toBe(true);
  });
});

describe('letters spelt out one by one, read as words', () => {
  const v = new StreamVocabulary(['wil', 'kil', 'you', 'ugly', 'yo', 'cow', 'kilyourself']);
  const words = (letters: string) => {
    const s = segment(v, [...letters]);
    if (!s) return undefined;
    const out: string[] = [];
    [0, ...s.cuts, letters.length].reduce((a, b) => (out.push(s.letters.slice(a, b).join('')), b));
    return out;
  };

  it('breaks a run into the fewest words, single letters "i", "u" and "a" among them', () => {
    expect(words('iwillkillyou')).toEqual(['i', 'will', 'kill', 'you']);
  });

  it('prefers longer words where two breaks have as many: "you ugly", not "yo ugly"', () => {
    expect(words('youuglycow')).toEqual(['you', 'ugly', 'cow']);
  });

  it('reads a star in the run as the letter the word needs', () => {
    const s = segment(v, ['i', 'w', '*', 'l', 'l', 'k', '*', 'l', 'l', 'y', '*', 'u']);
    expect(s?.letters.join('')).toBe('iwillkillyou');
  });

  it('leaves a run that is one word already, or that breaks into no words', () => {
    expect(words('killyourself')).toBeUndefined();
    expect(words('happybirthday')).toBeUndefined();
  });
});
