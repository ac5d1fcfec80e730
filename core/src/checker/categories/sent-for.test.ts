import { describe, expect, it } from 'vitest';
import { sentFor } from './sent-for.js';

const read = (text: string) => sentFor(text).map((h) => text.slice(h.start, h.end));

describe('menace by someone coming back', () => {
  it('reads a man back from prison, the rigs or the army with a member of staff on his mind, after a grievance', () => {
    expect(read("They kept my boy in all week. His cousin's out of Bristol nick on Monday and he's heard all about Mrs Frost.")).toEqual([
      "His cousin's out of Bristol nick on Monday and he's heard all about Mrs Frost.",
    ]);
    expect(read('After what that teacher said to my son? My fella is home from the army Friday and wants a quiet word with Mr Lloyd.')).toHaveLength(1);
    expect(read("Excluded for a week for nothing. My brothers get back on Saturday and they're asking for whichever teacher did it.")).toHaveLength(1);
  });

  it('leaves a dad home for the nativity, and a complaint taken the right way', () => {
    expect(read("My husband's back from Dubai on Friday and he'd love a word with Miss Reid about the trip.")).toEqual([]);
    expect(read("My hubby's back off the rigs Friday so he'll do pick up, which one's Miss Reid so he knows who to ask?")).toEqual([]);
    expect(read("Her dad's home early so he can meet Mr Walsh about the exclusion, can we book a time?")).toEqual([]);
    expect(read('My partner is back from his trip and wants to see the head about how our son was shouted at.')).toEqual([]);
  });
});
