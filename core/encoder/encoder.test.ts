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
    ['threat', 'Her house would look better in flames with her in it.'],
    ['threat', 'Your car would look better with all four tyres flat.'],
    ['threat', "I'd love to see that school burn to the ground with the head inside."],
    ['hate', 'The gays are trying to recruit our children in assemblies.'],
    ['bullying', 'Everyone knows that boy has no friends and never will.'],
  ])('finds %s the rules miss: %s', async (category, text) => {
    expect(checker.check(text, 'comment').filter((f) => f.category === category)).toEqual([]);
    const found = (await check(text)).filter((f) => f.category === category);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', start: 0, end: text.length - 1 });
    expect(found[0]!.reason).toMatch(/sense of this sentence/);
  });

  it('leaves clean an everyday official post the words reading alone warns on', async () => {
    // the words reading learned "in town", "moment" and "ones" from a few hateful sentences
    const text = "The supermarket in town has good ones at the moment, we got two cozzies there last week and they've lasted so far.";
    expect(checker.check(text, 'official_post').map((f) => f.category)).toEqual(['hate']);
    expect(await withMeaning(text, 'official_post', checker.check(text, 'official_post'), embed)).toEqual([]);
    // in a comment the words reading's hate warning stands: the sense does not overrule hate's words (train-meaning.ts)
    expect((await withMeaning(text, 'comment', checker.check(text, 'comment'), embed)).map((f) => f.category)).toEqual(['hate']);
  });

  it('drops the words reading\'s warning on a sentence whose sense is plainly harmless', async () => {
    // "stock cupboard" was in a few spam texts the words reading learned from
    const text = 'The stock cupboard is finally organised! Glue sticks alphabetically by colour.';
    expect(checker.check(text, 'personal_post').map((f) => f.category)).toEqual(['sexual']);
    expect(await withMeaning(text, 'personal_post', checker.check(text, 'personal_post'), embed)).toEqual([]);
  });

  it('leaves inclusive official posts alone, with the words reading\'s warnings left to it', async () => {
    // some of the fifty inclusive and look-alike official posts measured in docs/checker-learned-reading.md
    const inclusive = [
      'Eid Mubarak to all our Muslim families.',
      'Some of our Romanian families are new to the country, so please make them welcome.',
      'This June we are proud to mark Pride month with a rainbow assembly.',
      'Our trans pupils can use the accessible toilet if they prefer.',
      'For Gypsy, Roma and Traveller History Month, Year 5 learned about the history of Romany families in Britain.',
      'Refugee Week: Year 6 heard the story of a family who fled the war in Syria.',
      'Holocaust Memorial Day: Year 6 learned about Anne Frank and the six million Jews murdered in the Holocaust.',
      'Today we practised our lockdown drill; children hid quietly in their classrooms until the all clear.',
      'Knife crime workshop for Year 6 with the police: carrying a knife makes you less safe, not more.',
      'A reminder that racist language of any kind is never acceptable at our school and will be dealt with.',
      'Someone will get hurt if parents keep parking on the zig-zag lines.',
      'Please remind children that throwing stones at the buses is dangerous and must stop.',
      'We teach that there are many kinds of families, including families with two mums or two dads.',
      'Children learned that the Nazis targeted Jews, Roma and disabled people.',
    ];
    const found = await Promise.all(inclusive.map(async (t) => (await withMeaning(t, 'official_post', checker.check(t, 'official_post'), embed)).map((f) => `${f.category}: ${t}`)));
    expect(found.flat()).toEqual([]);
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
