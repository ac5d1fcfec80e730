import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { dangerDares } from './danger-dare.js';

const found = (text: string) => dangerDares(text).map((h) => text.slice(h.start, h.end));

describe('dares into a place that kills', () => {
  it('finds an order to go where one would fall, drown or be hit', () => {
    expect(found('whoever u are, go and hug a pylon')).toEqual(['whoever u are, go and hug a pylon']);
    expect(found('lost again lol. go play tag on the M5')).toEqual(['go play tag on the M5']);
    expect(found('Do everyone a favour and wade into the canal')).toEqual(['Do everyone a favour and wade into the canal']);
    expect(found('jodie, just jump off the top of the multi storey')).toEqual(['jodie, just jump off the top of the multi storey']);
    // "don't bother …, just …" dismisses; it is not safety talk
    expect(found("Don't bother replying, just go and lie down on the M4")).toEqual(["Don't bother replying, just go and lie down on the M4"]);
    expect(found("Don't go near the quarry, it's dangerous")).toEqual([]);
  });

  it('finds a place wished on someone, and a dare to see how long they last', () => {
    expect(found('Ellie? Theres a viaduct in Bath with her name on it.')).toEqual(['Theres a viaduct in Bath with her name on it.']);
    expect(found('the weir is deep enough, go test it')).toEqual(['the weir is deep enough, go test it']);
    expect(found('see how long u can hold ur breath under the ice')).toEqual(['see how long u can hold ur breath under the ice']);
    // set 31 (read): shown the way, a river by its name, "nobody would stop you"
    expect(found('[19:03] Tyler: someone show her which way the footbridge over the m5 is')).toEqual(['[19:03] Tyler: someone show her which way the footbridge over the m5 is']);
    expect(found("the Severn's deep enough for one more, off you pop.")).toEqual(["the Severn's deep enough for one more, off you pop."]);
    expect(found('nobody would stop you if you walked into the river mate, honestly')).toEqual(['nobody would stop you if you walked into the river mate, honestly']);
  });

  it('reads "with her name on it" up to 300 characters on from the place, not to the end of a sentence without end', () => {
    const between = ' and everyone at the school knows it'.repeat(5); // 180 characters
    const near = `Ellie? Theres a viaduct in Bath${between} with her name on it`;
    expect(found(near)).toEqual([near.slice('Ellie? '.length)]);
    const far = `Ellie? Theres a viaduct in Bath${between.repeat(2)} with her name on it`;
    expect(found(far)).toEqual([]);
  });

  it('leaves directions, days out, safety talk and fundraising alone', () => {
    expect(found('We should go and swim in the sea this summer!')).toEqual([]);
    expect(found('Go over the bridge and the car park is on the left.')).toEqual([]);
    expect(found('Go on the M5 to junction 16 then follow the signs.')).toEqual([]);
    expect(found('Go to the top of the multi storey, there are always spaces.')).toEqual([]);
    expect(found('Stay away from the quarry, it is dangerous.')).toEqual([]);
    expect(found('Can you show me which way the footbridge is from the station?')).toEqual([]);
    expect(found('Show them where the bridge is on the map, then off you go to lunch.')).toEqual([]);
    expect(found('The Thames is deep enough for the big boats, off you go to see them.')).toEqual([]);
    expect(found('Walk along the canal to the park, it is lovely.')).toEqual([]);
    expect(found('Jump in the river for charity on Saturday, raising money for the PTA!')).toEqual([]);
    expect(found('Play on the tracks? Never. We talked about railway safety.')).toEqual([]);
    expect(found('Go and get the ball off the roof, Jack.')).toEqual([]);
    expect(found('Got a bat in the boot with his name on it')).toEqual([]);
  });
});

describe('dares in the checker', () => {
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  const of = (text: string, kind: 'comment' | 'official_post') =>
    checker
      .check(text, kind)
      .filter((f) => f.category === 'threat' || f.category === 'bullying')
      .map((f) => [f.category, f.severity]);

  it('is a threat and bullying warning in a comment, and not read in the school’s own posts', () => {
    expect(of('whoever u are, go and hug a pylon', 'comment')).toEqual([
      ['threat', 'warning'],
      ['bullying', 'warning'],
    ]);
    expect(of('whoever u are, go and hug a pylon', 'official_post')).toEqual([]);
  });
});
