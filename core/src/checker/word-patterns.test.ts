import { describe, expect, it } from 'vitest';
import { firstWords, hasWordMatch, wordMatches, wordStart, WordPatternSet } from './word-patterns.js';

const word = (body: string) => new RegExp(`${wordStart()}(?:${body})(?![\\p{L}\\p{N}])`, 'gu');

describe('the first words of a word pattern', () => {
  const first = (body: string) => {
    const first = firstWords(`(?:${body})(?![\\p{L}\\p{N}])`);
    return first && [...first.words, ...[...first.beforeDigit].map((w) => `${w}+digit`)].sort();
  };

  it('reads the whole words every match starts with', () => {
    expect(first('(?:discount|promo)\\s+codes?|coupons?')).toEqual(['coupon', 'coupons', 'discount', 'promo']);
    expect(first('pre-?orders?\\s+open')).toEqual(['pre', 'preorder', 'preorders']);
    expect(first('amazon\\.co\\.uk')).toEqual(['amazon']);
    // a lookahead that lets no letter follow ends the word
    expect(first('code(?![a-z0-9])\\s*:?([a-z0-9]{4,20})')).toEqual(['code']);
  });

  it('reads the letters a digit follows in a word that starts with them', () => {
    expect(first('\\d{1,2}\\s*%\\s+off|half price')).toEqual(['+digit', 'half']);
    expect(first('(?:sw|ip)\\d[a-z]?|gir\\s?0aa')).toEqual(['gir', 'gir0aa', 'ip+digit', 'sw+digit']);
    expect(first('(?<mn>jan|feb)\\s+\\d|(?<d>\\d{1,2})(?<sep>[/.])\\d\\k<sep>')).toEqual(['+digit', 'feb', 'jan']);
  });

  it('reads none where a match may start otherwise or its first word may run on', () => {
    expect(first('£\\d+')).toBeUndefined(); // a symbol
    expect(first('[a-z0-9-]+\\.com')).toBeUndefined(); // any word
    expect(first('code\\s*:?([a-z0-9]{4,20})')).toBeUndefined(); // "codeSUMMER20" starts with no word it can name
    expect(first('x+y')).toBeUndefined();
    expect(first('buy now|[a-z]+ly')).toBeUndefined(); // one alternative with none is enough
  });
});

describe('word patterns found in one reading', () => {
  // patterns that overlap, match at the same place, nest, hold groups of their own, have no first word (and so
  // are scanned) or a first word that is a prefix of another's
  const patterns = [word('buy\\s+now|order\\s+now'), word('now(?:\\s+open)?'), word('(\\d+)\\s*%\\s+off'), word('order'), word('buy\\s+one\\s+get\\s+one'), word('open'), word('orders?(?=\\s)'), word('no\\s+w'), word('one\\s+one'), word('x\\d+'), word('(?:no|o)\\d+\\s*%|now'), word('\\d+x')];
  const set = new WordPatternSet(patterns);
  const spans = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}`);

  it('finds for each pattern exactly what its own scan finds, on made-up texts', () => {
    const pieces = ['buy', 'now', 'order', 'open', '20', '%', 'off', 'one', 'get', ' ', ' ', 'é', 'x', '\n', 's', 'no', 'w', 'Z', '2', '0', 'o'];
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let found = 0;
    for (let n = 0; n < 4_000; n++) {
      let text = '';
      for (let i = 0, length = 1 + Math.floor(random() * 14); i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const together = set.matches(text);
      patterns.forEach((re, k) => {
        const alone = spans(wordMatches(re, text));
        expect(spans(together[k]!), `${k} in ${JSON.stringify(text)}`).toEqual(alone);
        found += alone.length;
      });
    }
    expect(found).toBeGreaterThan(500); // the texts hold matches, so the comparison means something
  });

  it('finds nothing for a pattern that is not wanted, and still finds the others', () => {
    const found = set.matches('buy now, order now', (k) => k !== 0);
    expect(found[0]).toEqual([]);
    expect(spans(found[1]!)).toEqual(['4:now:', '15:now:']);
    expect(spans(found[3]!)).toEqual(['9:order:']);
  });

  it('starts no match inside the same pattern\'s last match, as a scan would not', () => {
    const found = set.matches('one one one');
    expect(spans(found[8]!)).toEqual(spans(wordMatches(patterns[8]!, 'one one one')));
    expect(spans(found[8]!)).toEqual(['0:one one:']);
  });

  it('refuses a pattern that does not open with the shared word start', () => {
    expect(() => new WordPatternSet([word('a'), /b/gu])).toThrow(/opens with/);
  });
});

describe('a match that starts with an emoji', () => {
  it('is passed over one code point at a time, not read again for ever, after a letter of another script', () => {
    const re = new RegExp(`${wordStart()}(?:🛍|shop)`, 'gu');
    expect(wordMatches(re, 'é🛍 and the shop').map((m) => m.index)).toEqual(['é🛍 and the '.length]);
    expect(hasWordMatch(re, 'é🛍')).toBe(false);
  });

  it('and an empty match at an emoji goes on past it', () => {
    const re = new RegExp(`${wordStart()}(?=🛍)`, 'gu');
    expect(wordMatches(re, '🛍🛍').map((m) => m.index)).toEqual([0, 2]);
  });
});

