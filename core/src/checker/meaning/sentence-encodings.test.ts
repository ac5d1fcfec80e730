// The sentence encodings kept between checks: only new sentences go to the encoder, per school, the oldest dropped first.
import { describe, expect, it } from 'vitest';
import type { Encode } from './meaning.js';
import { SentenceEncodings } from './sentence-encodings.js';

/** An encoder that records what it was asked and encodes a sentence as its length. */
function counting(): { encode: Encode; asked: string[][] } {
  const asked: string[][] = [];
  const encode: Encode = async (sentences) => {
    asked.push([...sentences]);
    return sentences.map((s) => Float32Array.of(s.length));
  };
  return { encode, asked };
}

describe('sentence encodings kept between checks', () => {
  it('asks the encoder only for sentences it has not seen, once each, and answers in order', async () => {
    const { encode, asked } = counting();
    const kept = new SentenceEncodings().forSchool('school-a', encode);
    expect((await kept(['One.', 'Three.', 'One.'])).map((e) => e[0])).toEqual([4, 6, 4]);
    expect((await kept(['One.', 'Changed now.', 'Three.'])).map((e) => e[0])).toEqual([4, 12, 6]);
    expect(asked).toEqual([['One.', 'Three.'], ['Changed now.']]);
    await kept(['Three.', 'One.']);
    expect(asked).toHaveLength(2);
  });

  it('keeps each school apart: the same sentence from another school goes to the encoder', async () => {
    const { encode, asked } = counting();
    const encodings = new SentenceEncodings();
    await encodings.forSchool('school-a', encode)(['Lovely trip.']);
    await encodings.forSchool('school-b', encode)(['Lovely trip.']);
    expect(asked).toEqual([['Lovely trip.'], ['Lovely trip.']]);
  });

  it('drops the least recently used when full', async () => {
    const { encode, asked } = counting();
    const encodings = new SentenceEncodings(2);
    const kept = encodings.forSchool('school-a', encode);
    await kept(['a', 'b']);
    await kept(['a']); // a is now the most recent
    await kept(['c']); // b goes
    expect(encodings.size).toBe(2);
    await kept(['a', 'b']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['b']]);
  });

  it('answers a text longer than it can keep, and keeps nothing when the encoder fails', async () => {
    const { encode } = counting();
    const small = new SentenceEncodings(1);
    expect((await small.forSchool('school-a', encode)(['ab', 'abc', 'abcd'])).map((e) => e[0])).toEqual([2, 3, 4]);
    const failing = new SentenceEncodings();
    const broken: Encode = async () => {
      throw new Error('encoder down');
    };
    await expect(failing.forSchool('school-a', broken)(['x'])).rejects.toThrow('encoder down');
    expect(failing.size).toBe(0);
  });
});
