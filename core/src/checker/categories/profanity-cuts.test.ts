import { describe, expect, it } from 'vitest';
import { evalRoster } from '../../../eval/roster-data.js';
import { prepare } from '../normalise.js';
import { offensive } from './offensive.js';

const run = offensive.build(evalRoster());
/** the text with each profanity's cut written in (last first, so the ranges hold), or the findings that offer none */
const cut = (text: string) => {
  const found = run(prepare(text, 'personal_post')).filter((f) => f.category === 'profanity');
  expect(found.length, text).toBeGreaterThan(0);
  if (found.some((f) => f.suggestion === undefined)) return undefined;
  return found.reduceRight((t, f) => t.slice(0, f.replaces!.start) + f.suggestion + t.slice(f.replaces!.end), text);
};

describe('profanity cuts', () => {
  it('takes out a word that only adds force, however it is disguised', () => {
    expect(cut('This is bloody ridiculous, three INSET days in a row')).toBe('This is ridiculous, three INSET days in a row');
    expect(cut('What a f***ing joke')).toBe('What a joke');
    expect(cut('Absolute f.u.c.k.i.n.g chaos at the gate')).toBe('Absolute chaos at the gate');
    expect(cut('Bloody brilliant effort from Year 6!')).toBe('brilliant effort from Year 6!');
    expect(cut('Typical sodding luck.')).toBe('Typical luck.');
  });

  it('takes out an exclamation standing on its own, at a sentence\u2019s start or a post\u2019s end', () => {
    expect(cut('FFS another inset day??')).toBe('another inset day??');
    expect(cut('Ofsted next week. FML.')).toBe('Ofsted next week.');
    expect(cut('some of us have jobs ffs')).toBe('some of us have jobs');
  });

  it('offers no cut where the word carries the sentence', () => {
    expect(cut('Bloody hell, the queue this morning')).toBeUndefined();
    expect(cut('It has been pissing it down all day')).toBeUndefined();
    expect(cut('That new rule is bollocks')).toBeUndefined();
    expect(cut('wtf is that lunch menu')).toBeUndefined();
  });
});
