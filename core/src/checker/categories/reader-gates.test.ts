import { describe, expect, it } from 'vitest';
import { evalRoster } from '../../../eval/roster-data.js';
import { prepare } from '../normalise.js';
import type { TextKind } from '../types.js';
import { offensive } from './offensive.js';
import { readersFor, FIRE, QUOTED_SLUR, SENT_FOR, THEFT_SLUR } from './reader-gates.js';
import { streamWords } from './stream-words.js';

const run = offensive.build(evalRoster());
const reasonsOf = (text: string, kind: TextKind = 'comment') => run(prepare(text, kind)).map((f) => f.reason);

describe('reader gates', () => {
  it('let through every text a gated reader finds something in, whatever the disguise', () => {
    expect(reasonsOf('Pupils were heard calling each other "b3nder".', 'official_post')).toContain('A homophobic slur.');
    expect(reasonsOf("They excluded my son. His dad's home from the army Friday and wants a quiet word with Mr Lloyd.").join()).toMatch(/coming back/);
    expect(reasonsOf('That portakabin would go up like paper if I were you.').join()).toMatch(/would burn/);
    expect(reasonsOf('Nobody about all weekend, if I were you I would fix the CCTV on that hall.').join()).toMatch(/would burn/);
    expect(reasonsOf('Caravans are back. Lock your sheds.').join()).toMatch(/Travellers steal/);
  });

  it('keep the readers from a text with none of their words', () => {
    expect(readersFor(streamWords('well done to everyone in year four for a brilliant assembly').words)).toBe(0);
    expect(readersFor(streamWords('nobody was late and the night was dry').words) & FIRE).toBe(0);
    expect(readersFor(streamWords('my dad likes the school').words) & SENT_FOR).toBe(0);
    expect(readersFor(streamWords('my dad is back from work').words) & SENT_FOR).toBe(SENT_FOR);
    expect(readersFor(streamWords('the roma families came').words) & THEFT_SLUR).toBe(THEFT_SLUR);
    expect(readersFor(streamWords('a bender').words) & QUOTED_SLUR).toBe(QUOTED_SLUR);
  });
});
