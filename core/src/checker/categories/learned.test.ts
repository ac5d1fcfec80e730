import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { learnedHits, loadModel, raiseFor, sentenceCount, sentenceFeatures, sentencesOf, TEXT_SENTENCES } from './learned.js';
import { offensiveWith } from './offensive.js';
import { streamWords } from './stream-words.js';

const roster: Roster = {
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [{ given: 'Tom', family: 'Hill', dob: '2016-05-01', year: '3', photoConsent: true }],
  staff: [{ given: 'Sarah', family: 'Cole', role: 'teacher' }],
};
const THRESHOLDS = { threat: 0.9, hate: 0.9, bullying: 0.9, sexual: 0.9 };

describe('learned reading: its parts', () => {
  it('reads a sentence as its words and pairs, a roster name as one word', () => {
    const words = ['tom', 'is', 'dead'];
    expect(sentenceFeatures(words, 0, 3, new Set(['tom']))).toEqual(['w:<name>', 'w:is', 'b:<name> is', 'w:dead', 'b:is dead']);
  });

  it('splits the stream into sentences at their ends', () => {
    expect(sentencesOf(streamWords('hi there . bye .'))).toEqual([{ first: 0, end: 2 }, { first: 3, end: 4 }]);
  });

  it('flags a sentence whose score passes the threshold, and no other', () => {
    const model = loadModel({ categories: ['threat', 'hate', 'bullying', 'sexual'], bias: [-5, -5, -5, -5], features: 'w:zorp\t10,0,0,0\nw:mild\t4,0,0,0' });
    const w = streamWords('a zorp here . a mild one . nothing .');
    expect(learnedHits(model, w, new Set(), THRESHOLDS)).toEqual([{ category: 'threat', first: 0, end: 3, probability: expect.closeTo(0.9933, 3) }]);
  });
});

describe('learned reading: a long text', () => {
  it(`asks each sentence of a text over ${TEXT_SENTENCES} sentences to be surer, by the log of how many more it has`, () => {
    expect(raiseFor(1)).toBe(0);
    expect(raiseFor(TEXT_SENTENCES)).toBe(0);
    expect(raiseFor(TEXT_SENTENCES * 10)).toBeCloseTo(Math.log(10), 9);
    expect(sentenceCount(streamWords('hi there . bye . . and again'))).toBe(3);
  });

  it('lets a sentence just over the threshold through alone, and not among forty', () => {
    // log-odds 0.5 over a 0.9 threshold's: a warning in a short text; in a text of forty sentences (raise log 10) none
    const bar = Math.log(0.9 / 0.1);
    const model = loadModel({ categories: ['threat', 'hate', 'bullying', 'sexual'], bias: [-5, -5, -5, -5], features: `w:zorp\t${5 + bar + 0.5},0,0,0\nw:blast\t${5 + bar + 3},0,0,0` });
    const short = streamWords('a zorp here .');
    expect(learnedHits(model, short, new Set(), THRESHOLDS, raiseFor(sentenceCount(short)))).toHaveLength(1);
    const long = streamWords(`a zorp here . ${'all fine . '.repeat(38)}a blast here .`);
    const hits = learnedHits(model, long, new Set(), THRESHOLDS, raiseFor(sentenceCount(long)));
    // the sentence far surer than its threshold still counts
    expect(hits.map((h) => long.words.slice(h.first, h.end).join(' '))).toEqual(['a blast here']);
  });
});

describe('learned reading: the trained model in the checker', () => {
  const check = offensiveWith({}).build(roster);
  const rules = offensiveWith({ learned: false }).build(roster);
  const found = (text: string) => check(prepare(text, 'comment'));

  it('finds threats, hate and bullying worded in ways no rule knows, as warnings that say a model thinks so', () => {
    for (const [text, category] of [
      ['that teacher is getting it, mark my words', 'threat'],
      ["people like that shouldn't be allowed near our kids", 'hate'],
      ['the head is a waste of a salary', 'bullying'],
    ] as const) {
      expect(rules(prepare(text, 'comment')), text).toEqual([]);
      const [f] = found(text);
      expect(f, text).toMatchObject({ category, severity: 'warning', start: 0, end: text.length });
      expect(f!.reason).toMatch(/^Reads .*a model learned from school texts/);
    }
  });

  it('in an official post, warns of bullying only where the post quotes or reports someone', () => {
    const official = (text: string) => check(prepare(text, 'official_post')).map((f) => f.category);
    // an insult as a comment, in the school's own words (read for its sense only where it reports someone), and reported
    expect(found('the head is a waste of a salary').map((f) => f.category)).toEqual(['bullying']);
    expect(official('the head is a waste of a salary')).toEqual([]);
    expect(official('We removed a comment that said "the head is a waste of a salary"')).toEqual(['bullying']);
  });

  it('in an official post, warns of sexual content only where the post quotes or reports someone', () => {
    const official = (text: string) => check(prepare(text, 'official_post')).map((f) => f.category);
    const comment = 'the little blonde one in the gala pics has a cracking figure';
    expect(found(comment).map((f) => f.category)).toEqual(['sexual']);
    expect(official(comment)).toEqual([]);
    expect(official(`We removed a comment that said "${comment}"`)).toEqual(['sexual']);
    expect(official('Rugby shirt day tomorrow to mark the start of the Six Nations! Wear any rugby shirt and bring a small donation.')).toEqual([]);
  });

  it('reads no ordinary word as sexual on its own, however few clean sentences held it', () => {
    for (const text of [
      'My mum has been lonely since dad died, so please say hello to her at pick up',
      'Feeling lonely this Christmas? Our coffee morning is open to all',
      'Bored this half term? Come to the library',
      'Bet you cannot guess who won the raffle',
    ]) expect(found(text), text).toEqual([]);
  });

  it('leaves everyday school posts alone', () => {
    for (const text of [
      'Well done to Year 6 for a brilliant SATs week',
      'Tickets for the summer fair are on sale at the office',
      'Please remember PE kits on Tuesday',
      'Mrs Cole is a lovely teacher',
      'Our Traveller families are very welcome at the coffee morning',
      'Tom Hill read his poem in assembly today',
    ]) expect(found(text), text).toEqual([]);
  });

  it('warns of no sentence that holds a word or phrase the school has allowed, and of every other as before', () => {
    const supermarket = "The supermarket in town has good ones at the moment, we got two cozzies there last week and they've lasted so far.";
    const notice = 'Comments calling a teacher names will be deleted';
    const threat = 'that teacher is getting it, mark my words';
    // the model misreads these two everyday sentences, as hate and as bullying
    expect(found(supermarket).map((f) => f.category)).toEqual(['hate']);
    expect(found(notice).map((f) => f.category)).toEqual(['bullying']);
    const school = offensiveWith({ allow: ['cozzies', 'calling a teacher names'] }).build(roster);
    const foundHere = (text: string) => school(prepare(text, 'comment'));
    expect(foundHere(supermarket)).toEqual([]);
    expect(foundHere(notice)).toEqual([]);
    // a sentence without them is read as before, in the same text too
    expect(foundHere(threat).map((f) => f.category)).toEqual(['threat']);
    const both = `${supermarket} ${threat}`;
    expect(foundHere(both).map((f) => both.slice(f.start, f.end))).toEqual([threat]);
  });

  it('adds nothing where a rule has found the same category, and nothing when a school turns it off', () => {
    const text = "I'll stab you after school";
    expect(found(text)).toEqual(rules(prepare(text, 'comment')));
    expect(found(text).map((f) => f.category)).toEqual(['threat']);
    expect(offensiveWith({ learned: false }).build(roster)(prepare('that teacher is getting it, mark my words', 'comment'))).toEqual([]);
  });
});
