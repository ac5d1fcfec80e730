import { describe, expect, it } from 'vitest';
import { gated } from './first-word-gate.js';
import { patternUses as uses } from '../../test/pattern-uses.js';

// texts that put the words where a pattern may or may not start: upper case, after an underscore or a letter of another
// script, inside a longer word, with a digit after letters, twice over
const TEXTS = [
  'I know where SHE lives, and where he lives.',
  'he Lives at no 5 and Lives at no 6',
  'xlives at the end; _lives at; élives at; lives_at',
  'Found your mum on Facebook. FOUND YOUR MUMs',
  'off the m4 bridge, M40 jams, m4a, the m 4',
  'live at home, lives above the shop, LIVES ABOVE',
  '12 Acacia Road, 7b Elm St, no number road',
  '',
];

describe('a pattern tried only where its first words stand', () => {
  const patterns = [
    /\b(?:lives?\s+(?:at|above)|where\s+(?:he|she)\s+lives?|found\s+your\s+mum)\b/i,
    /\b(?:lives?|where)\b/gi,
    /\b(?:(?:the\s+)?m\d{1,2}|bridge)\b/gi,
    /\b(\d{1,3}[a-z]?)\s+[a-z]+\s+(?:road|st)\b/gi,
    /\bfound\s+your\s+mum\b|\blives?\s+at\b/i,
    /\b(?:live|lives)(?=\s+above)\s/gi,
  ];

  it('finds just what the pattern finds, however a reader uses it', () => {
    for (const re of patterns) {
      const gate = gated(re);
      expect(gate).not.toBe(re);
      for (const text of TEXTS) expect(uses(gate, text), `${re} on "${text}"`).toBe(uses(new RegExp(re.source, re.flags), text));
    }
  });

  it('finds what it finds in a text read before, and in one read since', () => {
    const gate = gated(/\bwhere\s+(?:he|she)\s+lives\b/i);
    const other = gated(/\bfound\s+your\s+mum\b/i);
    expect(gate.exec(TEXTS[0]!)?.index).toBe(7);
    expect(other.exec(TEXTS[3]!)?.index).toBe(0);
    expect(gate.exec(TEXTS[3]!)).toBeNull();
    expect(gate.exec(TEXTS[0]!)?.index).toBe(7);
    // more texts than are kept: the first is read again
    for (const text of TEXTS) other.test(text);
    expect(gate.test(TEXTS[0]!)).toBe(true);
  });

  it('leaves alone a pattern that can start elsewhere, or whose first word may run on', () => {
    for (const re of [
      /caravan|travel/i, // no \b: "aroma" holds "roma"
      /\bcaravan|travel/i, // the \b opens one alternative only
      /\b(?:blam[a-z]*|wrong)\b/i, // "blamed", "blaming": the word runs on
      /\bfoo\b/, // case matters: the trie is case-blind
      /\bfoo\b/iu, // Unicode: \b and case work otherwise
      /\b(?:evacuat\w+)/i,
    ]) expect(gated(re)).toBe(re);
  });
});
