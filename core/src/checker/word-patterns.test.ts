import { describe, expect, it } from 'vitest';
import { wordMatches, wordStart, WordPatternSet } from './word-patterns.js';

const word = (body: string) => new RegExp(`${wordStart()}(?:${body})(?![\\p{L}\\p{N}])`, 'gu');

describe('word patterns scanned in one pass', () => {
  // patterns that overlap, match at the same place, nest and hold groups of their own
  const patterns = [word('buy\\s+now|order\\s+now'), word('now(?:\\s+open)?'), word('(\\d+)\\s*%\\s+off'), word('order'), word('buy\\s+one\\s+get\\s+one'), word('open')];
  const set = new WordPatternSet(patterns);
  const spans = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}`);

  it('finds for each pattern exactly what its own scan finds, on made-up texts', () => {
    const pieces = ['buy', 'now', 'order', 'open', '20', '%', 'off', 'one', 'get', ' ', ' ', 'é', 'x', '\n'];
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let found = 0;
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      for (let i = 0, length = 1 + Math.floor(random() * 14); i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const together = set.matches(text);
      patterns.forEach((re, k) => {
        const alone = spans(wordMatches(re, text));
        expect(spans(together[k]!), `${k} in ${JSON.stringify(text)}`).toEqual(alone);
        found += alone.length;
      });
    }
    expect(found).toBeGreaterThan(300); // the texts hold matches, so the comparison means something
  });

  it('finds nothing for a pattern that is not wanted, and still finds the others', () => {
    const found = set.matches('buy now, order now', (k) => k !== 0);
    expect(found[0]).toEqual([]);
    expect(spans(found[1]!)).toEqual(['4:now:', '15:now:']);
    expect(spans(found[3]!)).toEqual(['9:order:']);
  });

  it('refuses a pattern that does not open with the shared word start', () => {
    expect(() => new WordPatternSet([word('a'), /b/gu])).toThrow(/opens with/);
  });
});
