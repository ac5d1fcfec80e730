import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { offensive, offensiveWith } from './offensive.js';

const aRoster = (pupils: [string, string][] = [['Tom', 'Hill']]): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Leeds', postcode: 'LS1 1AA' },
  pupils: pupils.map(([given, family]) => ({ given, family, dob: '2016-01-01', year: 'Year 4', photoConsent: true })),
  staff: [{ given: 'Sarah', family: 'Cole', role: 'Teacher' }],
});

const check = offensive.build(aRoster());
const findingsIn = (text: string) => check(prepare(text, 'comment'));
/** what each finding points at in the original text */
const spansIn = (text: string) => findingsIn(text).map((f) => text.slice(f.start, f.end));
const categoriesIn = (text: string) => [...new Set(findingsIn(text).map((f) => f.category))];

describe('offensive language: what it finds', () => {
  it('blocks strong profanity with a reason that does not repeat the word', () => {
    const [f] = findingsIn('This is fucking ridiculous');
    expect(f).toMatchObject({ category: 'profanity', severity: 'block', start: 8, end: 15, reason: 'Strong language.' });
    expect(f!.reason.toLowerCase()).not.toContain('fuck');
  });

  it('only warns about mild profanity', () => {
    expect(findingsIn('damn, the bus is late')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('what a load of crap')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
  });

  it('finds strong language inside compounds', () => {
    expect(spansIn('total bullshit from a motherfucker')).toEqual(['bullshit', 'motherfucker']);
  });

  it('blocks sexual content', () => {
    expect(findingsIn('send nudes')).toMatchObject([{ category: 'sexual', severity: 'block', reason: 'Sexual content.' }]);
    expect(categoriesIn('watching porn')).toEqual(['sexual']);
  });

  it('blocks racist, religious, homophobic and disability slurs and says which kind, without the slur', () => {
    const reasons = ['he is a paki', 'filthy kike', 'you faggot', 'what a retard'].map((t) => findingsIn(t).find((f) => f.category === 'hate'));
    expect(reasons.map((f) => f?.severity)).toEqual(['block', 'block', 'block', 'block']);
    expect(reasons.map((f) => f?.reason)).toEqual(['A racist slur.', 'A religious slur.', 'A homophobic slur.', 'A slur about disability.']);
  });

  it('blocks threats of violence', () => {
    expect(findingsIn("I'll kill you after school")).toMatchObject([{ category: 'threat', severity: 'block', start: 0, end: 13 }]);
    expect(categoriesIn("We're going to bomb the school")).toEqual(['threat']);
    expect(categoriesIn('I know where you live')).toEqual(['threat']);
  });

  it('treats telling someone to kill themselves as self-harm incitement and as bullying', () => {
    const found = findingsIn('just kill yourself');
    expect(found.map((f) => f.category).sort()).toEqual(['bullying', 'threat']);
    expect(found[0]!.reason).toMatch(/self-harm/);
    expect(categoriesIn('kys').sort()).toEqual(['bullying', 'threat']);
  });

  it('finds harassment aimed at a person', () => {
    expect(spansIn("you're so ugly")).toEqual(["you're so ugly"]);
    expect(categoriesIn('nobody likes you')).toEqual(['bullying']);
    expect(categoriesIn('u r a loser')).toEqual(['bullying']);
    expect(categoriesIn("she's such a freak")).toEqual(['bullying']);
  });

  it('finds an insult aimed at a child or adult named on the roster', () => {
    expect(findingsIn('Tom is a fat loser')).toMatchObject([{ category: 'bullying', severity: 'block', start: 0, end: 18 }]);
    expect(categoriesIn("Miss Cole's so useless")).toEqual(['bullying']);
  });

  it('leaves ordinary talk about people and sport alone', () => {
    for (const text of ['You are so kind, thank you', 'We will beat you on Saturday!', "Don't kill yourself revising", 'The loser of each heat runs again', 'You are dead right about that', 'I could just die of embarrassment', 'Shoot for the stars', 'Kill it on sports day'])
      expect(findingsIn(text), text).toEqual([]);
  });
});

describe('offensive language: obfuscation', () => {
  const strong = (text: string, span: string) => {
    const f = findingsIn(text).filter((x) => x.category === 'profanity');
    expect(f, text).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(span);
  };

  it('reads l33t', () => {
    strong('what a load of sh1t', 'sh1t');
    strong('5h17 happens', '5h17');
    strong('you @$$hole', '@$$hole');
    expect(categoriesIn('n1gg3r')).toEqual(['hate']);
    expect(categoriesIn('p0rn')).toEqual(['sexual']);
  });

  it('sees through symbols inside a word', () => {
    strong('oh f*ck', 'f*ck');
    strong('this is sh!t', 'sh!t');
    strong('f.u.c.k this', 'f.u.c.k');
    strong('f**k off', 'f**k');
    strong('a tw@t', 'tw@t');
  });

  it('joins spaced-out letters and points at all of them', () => {
    strong('well f u c k that', 'f u c k');
    expect(findingsIn('k i l l yourself').map((f) => f.category).sort()).toEqual(['bullying', 'threat']);
  });

  it('reads repeated letters', () => {
    strong('fuuuuuck', 'fuuuuuck');
    strong('shiiiiit!', 'shiiiiit');
  });

  it('folds look-alike letters and ignores invisible characters', () => {
    strong('fuсk', 'fuсk'); // Cyrillic с
    strong('fu\u200Bck off', 'fu\u200Bck');
    strong('ｆｕｃｋ', 'ｆｕｃｋ');
  });

  it('points at the original text when emoji come first', () => {
    strong('🎉🎉 sh*t', 'sh*t');
  });
});

describe('offensive language: the Scunthorpe problem', () => {
  const traps = [
    'Scunthorpe', 'Penistone', 'Essex', 'Sussex', 'Middlesex', 'class', 'classic', 'assess', 'assassin', 'bass', 'cocktail', 'cockpit',
    'Hancock', 'Dickens', 'analysis', 'therapist', 'grape', 'shitake', 'shiitake', 'Matsushita', 'arsenal', 'Arsenal', 'scrap', 'document',
  ];
  for (const word of traps) {
    it(`leaves "${word}" alone`, () => {
      expect(findingsIn(`Our trip: ${word}.`)).toEqual([]);
    });
  }

  it('leaves the pricks of a hedgehog alone, but not a person called a prick', () => {
    expect(findingsIn('Feel the pricks of a hedgehog')).toEqual([]);
    expect(categoriesIn("you're a prick").sort()).toEqual(['bullying', 'profanity']);
  });

  it('leaves innocent phrases that contain a listed word alone', () => {
    for (const text of ['Dick Whittington is our panto', 'blue tits at the feeder', 'Offa’s Dyke walk', 'a field of oilseed rape', 'Cock-a-doodle-doo!', 'graduated magna cum laude', 'fire retardant', 'the A55 is closed', 'sniggering at the back', 'Homo sapiens'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('still finds the plural of a short word, but not a word that merely looks like it', () => {
    expect(spansIn('kick their asses')).toEqual(['asses']);
    expect(findingsIn('she assesses the class')).toEqual([]);
  });
});

describe('offensive language: a school extends the lexicon', () => {
  it('finds a local slur the school adds, and its obfuscations', () => {
    const local = offensiveWith({ add: [{ term: 'grockle', category: 'hate' }] }).build(aRoster());
    expect(local(prepare('go home gr0ckle', 'comment'))).toMatchObject([{ category: 'hate', severity: 'block', start: 8, end: 15 }]);
  });

  it('finds a phrase the school adds', () => {
    const local = offensiveWith({ add: [{ term: 'meet me at the gates', category: 'threat' }] }).build(aRoster());
    expect(local(prepare('Meet me at the gates, loser', 'comment')).map((f) => f.category)).toContain('threat');
  });

  it('allows a word or phrase the school says is fine there', () => {
    const local = offensiveWith({ allow: ['bloody', 'moby dick'] }).build(aRoster());
    expect(local(prepare('Bloody Mary and Moby Dick', 'comment'))).toEqual([]);
  });
});
