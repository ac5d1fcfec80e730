import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS, compileChecker } from '../../index.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { accidentWarning } from './accident-warning.js';

const alone = (sentence: string) => accidentWarning(sentence, sentence);

describe('a warning of an accident', () => {
  it('reads "someone is going to get hurt" of a road, a car park or a climbing frame as a warning', () => {
    expect(alone('The car park at pick-up is a joke, someone is going to get hurt')).toBe(true);
    expect(alone('That new zebra crossing is a death trap, someone’s going to get run over one of these days')).toBe(true);
    expect(alone('Those cars doing 40 past the gate... a child is going to get hurt and then everyone will act shocked')).toBe(true);
    expect(alone('Please fix the climbing frame before a child gets hurt')).toBe(true);
    // the danger named in another sentence of the text
    expect(accidentWarning('Someone will get hurt.', 'Sorry to be that parent but the car park is still a death trap. Someone will get hurt.')).toBe(true);
  });

  it('not where someone says they will do it, or that it will be no accident, or where no danger is named', () => {
    expect(alone("Someone's going to get hurt at this school, and it won't be an accident")).toBe(false);
    expect(alone('I AM COMING UP THERE RIGHT NOW AND SOMEBODY IS GETTING HURT')).toBe(false);
    expect(alone("Keep parking across my drive and I'll make sure someone gets hurt")).toBe(false);
    expect(alone('Someone is going to get hurt if that teacher carries on')).toBe(false);
  });

  it('keeps the learned reading from calling a parking complaint a threat', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const threats = (text: string) => checker.check(text, 'comment').filter((f) => f.category === 'threat');
    expect(threats('Honestly the parking at pick up is dangerous, someone is going to get run over one day')).toEqual([]);
    expect(threats('this car park is going to end in someone getting hurt, SLOW DOWN people!!')).toEqual([]);
    // a threat in the same words still is one
    expect(threats('keep blocking my drive at drop-off and see what happens to your tyres')).not.toEqual([]);
  });
});
