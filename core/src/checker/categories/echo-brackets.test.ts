import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { echoBrackets } from './echo-brackets.js';
import { offensiveWith } from './offensive.js';

const roster: Roster = { school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Leeds', postcode: 'LS1 1AA' }, pupils: [], staff: [] };
const check = offensiveWith({ learned: false }).build(roster);

describe('the antisemitic "echo"', () => {
  it('finds a name or a word in triple brackets, as hate that must change', () => {
    const text = 'Funny how (((Goldberg))) got the head job';
    const [f] = check(prepare(text, 'comment'));
    expect(f).toMatchObject({ category: 'hate', severity: 'block' });
    expect(text.slice(f!.start, f!.end)).toBe('(((Goldberg)))');
    expect(echoBrackets('who runs the council? ((( the bankers )))')).toHaveLength(1);
  });

  it('leaves sums, single and double brackets alone', () => {
    for (const text of ['Work out ((2 + 3) × 4) - 1', 'Year 6 (and Year 5 (the choir)) sang', 'Answer: (((7)))', 'a smile (:'])
      expect(echoBrackets(text), text).toEqual([]);
  });
});
