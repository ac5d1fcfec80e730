import { describe, expect, it } from 'vitest';
import { asciiSource, twinned } from './ascii-twin.js';
import { patternUses as uses } from '../../test/pattern-uses.js';

// ASCII texts (read by the twin) and texts with letters, digits and marks of other scripts (read by the pattern)
const TEXTS = [
  'they called him a name at lunch, 3 times',
  'Called HER a liar. called my Mum a liar',
  'each other, one another; x9 y10',
  'they called him a name 😂 at lunch, it’s £5 — called her',
  'they called Zoë a name',
  'called him a 𝐋iar (a letter past the first plane)',
  'ils ont appelé ça «nul», called him',
  'called him ٣ times: the Arabic digit is a number too',
  '',
];

describe('a pattern with property classes run as its ASCII twin on ASCII text', () => {
  const patterns = [
    /(?:^|[^\p{L}])called (?:him|her|my \p{L}+)(?![\p{L}])/u,
    /(?:^|[^\p{L}])called (?:him|her|my \p{L}+)(?![\p{L}])/giu,
    /[\p{L}\p{N}]+/gu,
    /\p{Lu}\p{Ll}+/gu,
    /\P{L}+/gu,
    /(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/gu,
  ];

  it('finds just what the pattern finds, on ASCII text and on any other', () => {
    for (const re of patterns) {
      const twin = twinned(re);
      expect(twin).not.toBe(re);
      for (const text of TEXTS) expect(uses(twin, text), `${re} on "${text}"`).toBe(uses(new RegExp(re.source, re.flags), text));
    }
  });

  it('writes the property classes in ASCII, in a class and out of one', () => {
    expect(asciiSource('(?:^|[^\\p{L}])x\\p{L}+[\\p{L}\\p{N}_]\\P{N}')).toBe('(?:^|[^a-zA-Z])x[a-zA-Z]+[a-zA-Z0-9_][^0-9]');
    expect(asciiSource('[\\]\\p{Lu}]\\\\p')).toBe('[\\]A-Z]\\\\p');
  });

  it('leaves alone a pattern it cannot twin', () => {
    for (const re of [/\p{Extended_Pictographic}/u, /[^\P{L}]/u, /[a-z]+/u, /\bcalled\b/i]) expect(twinned(re)).toBe(re);
  });
});
