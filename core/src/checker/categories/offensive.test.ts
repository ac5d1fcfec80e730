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

  it('blocks harm aimed at a person\'s body, by the speaker or wished on them', () => {
    for (const text of ["I'm gonna find you and break your legs", 'I will smash his head in', 'Someone should kick your teeth out', "I'll give him a good kicking", 'Somebody needs to beat that teacher up', 'gonna stab the next person who does that'])
      expect(categoriesIn(text), text).toEqual(['threat']);
  });

  it('blocks wishing a beating on someone', () => {
    expect(categoriesIn('That man wants a good kicking')).toEqual(['threat']);
    expect(categoriesIn('she deserves a proper slap')).toEqual(['threat']);
  });

  it('blocks threats of arson, bombs and guns against the school, however the words are ordered', () => {
    for (const text of ['Someone should burn the school down', "I'll set fire to this school", 'that school should be blown up', 'gonna blow the place up'])
      expect(categoriesIn(text), text).toEqual(['threat']);
  });

  it('blocks menace aimed at a person', () => {
    for (const text of ['We know where your kids live', 'Better watch your back', "You'll be dead by Friday", "you're gonna get what's coming to you"])
      expect(categoriesIn(text), text).toEqual(['threat']);
    expect(findingsIn("Do that again and you'll regret it")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    expect(findingsIn("He won't walk away next time")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
  });

  it('treats wishing someone would kill themselves as incitement to self-harm', () => {
    expect(findingsIn('that girl should just kill herself')).toMatchObject([{ category: 'threat', severity: 'block', reason: expect.stringMatching(/self-harm/) }]);
  });

  it('treats telling someone to kill themselves as self-harm incitement and as bullying', () => {
    const found = findingsIn('just kill yourself');
    expect(found.map((f) => f.category).sort()).toEqual(['bullying', 'threat']);
    expect(found[0]!.reason).toMatch(/self-harm/);
    expect(categoriesIn('kys').sort()).toEqual(['bullying', 'threat']);
  });

  it('blocks telling people to leave the country', () => {
    for (const text of ['Go back to your own country', 'they should go back to where they came from', 'send them back to their own country'])
      expect(categoriesIn(text), text).toEqual(['hate']);
  });

  it('blocks hate that damns a whole group for its religion, race, sexuality or disability', () => {
    for (const text of ['Jews are all criminals', 'all the immigrants are scum', 'Trans people shouldn’t be allowed in schools', 'autistic children should not be in our classes', 'deport all the Muslims', 'Catholics cannot be trusted'])
      expect(categoriesIn(text), text).toContain('hate');
  });

  it('finds an insult aimed at someone described rather than named', () => {
    expect(categoriesIn('That Year 3 boy is the most annoying brat')).toEqual(['bullying']);
    expect(categoriesIn('my boss is a lazy, useless waste of space')).toEqual(['bullying']);
    expect(categoriesIn('she is a joke')).toEqual(['bullying']);
    expect(categoriesIn('nobody can stand her')).toEqual(['bullying']);
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

  it('leaves idioms, accidents, buildings and talk about communities alone', () => {
    const benign = [
      'Break a leg in the play tonight!',
      'Careful on the ice, we do not want anyone to break a leg',
      'He broke his arm on the trampoline',
      'You won\'t regret coming to the summer fair',
      'Nobody will walk away empty-handed from the raffle',
      'The old school building will be knocked down in July',
      'Happy Eid to all our Muslim families',
      'Jewish pupils are welcome to leave early on Friday',
      'Refugees are welcome here',
      'After the trip the coach goes back to where it came from',
      'I will be waiting at the gate at 3.15',
      'We will kick off at 2pm',
      'I am going to punch in the door code',
      'The kids punch holes in the card',
      "We'll shoot the kids' photos after lunch",
      'The boy is a clown in the play',
      'The roadworks are annoying, they are annoying',
      'The tent poles are dangerous',
    ];
    for (const text of benign) expect(findingsIn(text), text).toEqual([]);
  });

  it('leaves numbers alone, though digits can stand for letters inside a word', () => {
    for (const text of ['Call me on 07700 900 455', 'Room 455', 'Ring 0800-455-123', 'Score 4 5 5'])
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

  it('reads a vowel swapped for a look-alike symbol and a word with three hidden letters', () => {
    strong('what a load of b@ll0cks', 'b@ll0cks');
    strong('F***ing shattered', 'F***ing');
  });

  it('warns about abbreviations of strong language', () => {
    for (const text of ['FFS not again', 'Ofsted next week. FML.', 'wtaf is this'])
      expect(findingsIn(text), text).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('gtfo')).toMatchObject([{ category: 'profanity', severity: 'block' }]);
  });

  it('finds someone behaving like a prick', () => {
    expect(categoriesIn('stop acting like a prick')).toEqual(['profanity']);
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
