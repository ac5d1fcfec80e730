import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';
import { gated } from './first-word-gate.js';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}`);

describe('every match of a global pattern', () => {
  it('is what matchAll finds, empty matches and code points past the first plane included', () => {
    for (const [re, text] of [
      [/(\w+)/g, 'one two  three'],
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a😂b'],
      [/\b(?:lives?|where)\b/gi, 'where he lives and Lives'],
    ] as const) expect(spans(allMatches(re, text))).toEqual(spans(text.matchAll(new RegExp(re.source, re.flags))));
  });

  it("uses the pattern's own exec, so a gated pattern keeps its gate, and leaves its lastIndex at 0", () => {
    const re = gated(/\bwhere\s+(?:he|she)\s+lives\b/gi);
    expect(spans(allMatches(re, 'I know where she lives; where HE lives'))).toEqual(['7:where she lives:', '24:where HE lives:']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });
});
