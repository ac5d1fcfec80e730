// The reading of meaning with the real sentence encoder and the shipped heads: what it adds to the rules, what it
// leaves alone, and that the server's worker thread encodes as the in-process encoder does.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_BUILDERS, compileChecker, withMeaning } from '../src/index.js';
import { parseRoster } from '../cli/roster-schema.js';
import { embed, EMBEDDING_SIZE } from './encoder.js';

const roster = parseRoster(readFileSync(fileURLToPath(new URL('../eval/roster.json', import.meta.url)), 'utf8'), 'roster.json');
const checker = compileChecker(roster, ALL_BUILDERS);
const check = async (text: string) => withMeaning(text, 'comment', checker.check(text, 'comment'), embed);

describe('the sentence encoder', () => {
  it('gives each sentence 512 values, the same each time', async () => {
    const [a, b, c] = await embed(['See you at the gate.', 'See you at the gate.', 'Well done, Year 5!']);
    expect(a).toHaveLength(EMBEDDING_SIZE);
    expect([...b!]).toEqual([...a!]);
    expect([...c!]).not.toEqual([...a!]);
  });

  describe('on its worker thread', () => {
    const worker = new Worker(createRequire(import.meta.url).resolve('@lanyard/core/encoder-worker'));
    afterAll(() => worker.terminate());
    const ask = (id: number, sentences: string[]) =>
      new Promise<{ id: number; encodings?: Float32Array[]; error?: string }>((resolve) => {
        const on = (m: { id: number }) => m.id === id && (worker.off('message', on), resolve(m));
        worker.on('message', on);
        worker.postMessage({ id, sentences });
      });

    it('encodes as the encoder does in process, answering each request by its id', async () => {
      const sentences = ['I know where you live.', 'The fair starts at 3pm.'];
      const [first, second] = await Promise.all([ask(1, sentences), ask(2, sentences.slice(1))]);
      const local = await embed(sentences);
      expect(first.encodings!.map((e) => [...e])).toEqual(local.map((e) => [...e]));
      expect([...second.encodings![0]!]).toEqual([...local[1]!]);
    });
  });
});

describe('the reading of meaning, with the shipped heads', () => {
  // Worded so that no phrase of the lexicon and no word weight of the learned reading finds them (each is asserted).
  it.each([
    ['threat', 'I hope her house burns down with her in it.'],
    ['threat', 'Your car would look better with all four tyres flat.'],
    ['threat', "I'd love to see that school burn to the ground with the head inside."],
    ['hate', 'The gays are trying to brainwash our children in assemblies.'],
    ['bullying', 'Everyone knows that boy has no friends and never will.'],
  ])('finds %s the rules miss: %s', async (category, text) => {
    expect(checker.check(text, 'comment').filter((f) => f.category === category)).toEqual([]);
    const found = (await check(text)).filter((f) => f.category === category);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', start: 0, end: text.length - 1 });
    expect(found[0]!.reason).toMatch(/sense of this sentence/);
  });

  it('leaves clean an inclusive official post the words reading alone warns on', async () => {
    const text = 'Many of our families speak Polish at home, and we celebrate that.';
    expect(checker.check(text, 'official_post').map((f) => f.category)).toEqual(['hate']);
    expect(await withMeaning(text, 'official_post', checker.check(text, 'official_post'), embed)).toEqual([]);
    // in a comment the words reading's warning stands: the reading of meaning only adds there
    expect((await withMeaning(text, 'comment', checker.check(text, 'comment'), embed)).map((f) => f.category)).toEqual(['hate']);
  });

  it('leaves everyday school posts alone, including ones about war, fire, faith and danger', async () => {
    const clean = [
      'Dreadful weather for sports day but the children were brilliant.',
      'Year 6 have been learning about the Second World War and the Blitz.',
      'The fire drill went well and everyone was out in two minutes.',
      'We had a visit from the local police to talk about road safety.',
      'Year 4 made volcanoes that exploded all over the playground.',
      "Anti-bullying week starts Monday: this year's theme is choose respect.",
      'Polish Saturday school runs in our hall, all welcome.',
      'Our Eid celebration was a joy, thank you to all our families.',
      'The football team crushed it on Saturday, 6-0!',
      'Brilliant assembly on the history of the Windrush generation.',
      "Please don't park on the zig-zags, it puts children in danger.",
      'Can parents please stop letting their kids run riot in the playground after school.',
    ];
    const found = await Promise.all(clean.map(async (t) => (await check(t)).map((f) => `${f.category}: ${t}`)));
    expect(found.flat()).toEqual([]);
  });
});
