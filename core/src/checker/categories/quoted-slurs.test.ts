import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import { quotedSlurs } from './quoted-slurs.js';
import { offensive } from './offensive.js';
import { evalRoster } from '../../../eval/roster-data.js';

const quoted = (text: string) => {
  const { folded } = prepare(text, 'official_post');
  return quotedSlurs(folded).map((q) => `${folded.slice(q.start, q.end)}:${q.kind}`);
};

describe('quoted slurs', () => {
  it('reads a word that is a slur in some uses as the slur when it is quoted on its own', () => {
    expect(quoted('Staff heard pupils calling each other "bender" on the field.')).toEqual(['bender:homophobic']);
    expect(quoted('One of our runners had \u201cdownie\u201d shouted at her.')).toEqual(['downie:disability']);
    expect(quoted("A player was called a 'sooty' by a spectator.")).toEqual(['sooty:racist']);
    expect(quoted('Words they hear: "benders", "b3nder", "b e n d e r" and "b\u0435nder".')).toEqual(['benders:homophobic', 'b3nder:homophobic', 'b e n d e r:homophobic', 'bender:homophobic']);
    expect(quoted('They wrote "$00ty" on the board.')).toEqual(['$00ty:racist']);
  });

  it('leaves the words alone unquoted, or quoted with other words', () => {
    expect(quoted('Year 3 built a bender shelter from hazel rods.')).toEqual([]);
    expect(quoted('Went on a bit of a bender after the quiz.')).toEqual([]);
    expect(quoted('The "bender shelter" session is on Friday.')).toEqual([]);
    expect(quoted('Sooty and Sweep came to the summer fair.')).toEqual([]);
    expect(quoted('Our pipe "benders" are in the DT room.')).toEqual(['benders:homophobic']); // the rare cost, said here
  });

  it('is found by the checker as hate, with the slur\u2019s reason', () => {
    const run = offensive.build(evalRoster());
    const text = 'Lunchtime staff have heard pupils calling each other "b3nder" on the field. This language is not acceptable.';
    const hate = run(prepare(text, 'official_post')).filter((f) => f.category === 'hate');
    expect(hate.map((f) => [text.slice(f.start, f.end), f.reason, f.severity])).toEqual([['b3nder', 'A homophobic slur.', 'block']]);
  });
});
