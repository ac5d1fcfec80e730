import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { FirstWordRegExp } from '../first-word-gate.js';
import { INSINUATION, watchingMenace } from './watching-menace.js';

const found = (text: string) => watchingMenace(text).map((h) => text.slice(h.start, h.end));

describe('menace by watching', () => {
  it('finds an address, a car or comings and goings given with an insinuation', () => {
    expect(found('Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.')).toEqual([
      'Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.',
    ]);
    expect(found('That teacher lives at 4 Mill Road. Pass it on.')).toEqual(['That teacher lives at 4 Mill Road. Pass it on.']);
    expect(found('Love the new paint on her front door. Would be a shame if anything happened to it.')).toEqual([
      'Love the new paint on her front door. Would be a shame if anything happened to it.',
    ]);
  });

  it('finds "I know" with where they live or what they drive, said to them', () => {
    expect(found('I know it’s 7 Orchard Close and I know what time you get home from work.')).toEqual([
      'I know it’s 7 Orchard Close and I know what time you get home from work.',
    ]);
  });

  it('reads each reply of a pasted thread on its own, and spans only the menacing sentences', () => {
    const text = 'Great trip photos!\n> She lives at 12 Elm Grove btw. Shame if she got visitors.\n> Reported.';
    expect(found(text)).toEqual(['She lives at 12 Elm Grove btw. Shame if she got visitors.']);
    expect(found('Lovely day. Mr Hale drives a blue van, I know where he parks. Pass it on.')).toEqual(['Mr Hale drives a blue van, I know where he parks. Pass it on.']);
  });

  it('finds a question about where someone lives or walks, "asking for a friend", and watching said to them', () => {
    expect(found('does the maths teacher still walk his dog by the canal every night around 9? asking for a friend')).toHaveLength(1);
    expect(found('Anyone know where the new head of year lives? Asking for reasons.')).toHaveLength(1);
    expect(found('Watched you leave at 5:40 again tonight. Same route every day. Silly really.')).toHaveLength(1);
    expect(found('Your husband drops you off at 8 every morning in the silver Astra, doesn’t he. He won’t always be there.')).toHaveLength(1);
    expect(found('u know my big bro right? he knows ur address now too')).toHaveLength(1);
    // curly apostrophes as phones type them
    expect(found('Her silver Astra is on the drive every night. It’d be a shame if anything happened to it.')).toHaveLength(1);
  });

  it('hears the closers that turn a routine into menace, and "I\'ve seen where"', () => {
    // sets 37 to 39 and three earlier writers ended a watched routine with these, and no label-free text did
    expect(found('Mr Dale walks his spaniel round the rec every night about ten. Just saying.')).toHaveLength(1);
    expect(found('She gets the 8.10 train from the halt every morning on her own. Anything could happen.')).toHaveLength(1);
    expect(found('He drives the grey Transit and leaves it round the back of the pub where the cameras don’t reach.')).toHaveLength(1);
    expect(found('I’ve seen where he leaves his van on Saturdays, and I’m in no rush.')).toHaveLength(1);
    expect(found('Everyone parks on the zigzags every morning at 8.40. Just saying.')).toEqual([]);
    // a closer closes: said first, it is only a preface
    expect(found('Just saying, Mrs Jones runs the best book club every Thursday at 3.')).toEqual([]);
  });

  it('finds someone\'s children, and where they are, told to them with an insinuation', () => {
    // sets 37 to 39: three writers threatened a parent through their children, with no word of harm
    expect(found('Mr Dale has two little girls at the infants. Wonder how he’d like it if someone treated them the way he treats ours.')).toHaveLength(1);
    expect(found('Miss Hart’s little boy goes to the nursery on Mill Road. Would be awful if someone picked him up by mistake.')).toHaveLength(1);
    expect(found('That dog’s owner has kids at the juniors too. Hope they enjoy walking home on their own.')).toHaveLength(1);
    expect(found('Dale has a daughter at Castle School. Small town. Just saying')).toHaveLength(1);
    // (2026-12-08) a question of how they would feel, and a routine with "think about that"
    expect(found('How would Mr Dean feel if his girls did not come home from school one day?')).toHaveLength(1);
    expect(found('People round here know how to deal with teachers like her. She should think about that on her walk home.')).toHaveLength(1);
    // what parents say of each other every day
    expect(found('Mrs Patel has two girls at Castle too! Small world. They loved the disco.')).toEqual([]);
    expect(found('Your daughter’s in Year 4 isn’t she? She’s in my son’s class, would be lovely to meet up.')).toEqual([]);
    expect(found('My sister has two boys at the infants and walks them home on her own every day.')).toEqual([]);
    expect(found('Would be awful if it rained on sports day, my kids are in Year 2 and Year 4.')).toEqual([]);
    expect(found('Your kids walk home on their own, do they need a permission slip?')).toEqual([]);
    expect(found('How would you feel if your child was the only one not invited? Please invite the whole class.')).toEqual([]);
    expect(found('My girls didn\'t come home till six because the bus broke down.')).toEqual([]);
    expect(found('On her walk home she found a kitten and brought it to school.')).toEqual([]);
  });

  it('leaves a question about pick-up times, a relative living nearby and an address update alone', () => {
    expect(found('Does anyone know what time pick up is on Friday? Asking for a friend who is new.')).toEqual([]);
    expect(found('My mum lives near the school, she can collect him.')).toEqual([]);
    expect(found('Please update your address with the office every September.')).toEqual([]);
  });

  it('leaves parking complaints, sales, lost property and ordinary news alone', () => {
    expect(found('The man in the silver BMW who parks on the zigzags every morning needs a ticket.')).toEqual([]);
    expect(found('Selling my silver Corsa, collection from 4 Park Lane, Thornbury. £1,200.')).toEqual([]);
    expect(found('Found: car keys with a blue Ford fob outside 3 Oak Road. Handed in to the office.')).toEqual([]);
    expect(found('Mrs Doyle lives near us and drives the minibus on trips, she is lovely.')).toEqual([]);
    expect(found('Mr Walsh leaves at half five every day, he works so hard for our kids.')).toEqual([]);
  });
});

describe('menace by watching in the checker', () => {
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  const threats = (text: string, kind: 'comment' | 'official_post') => checker.check(text, kind).filter((f) => f.category === 'threat');

  it('is a threat warning in a comment, and not read in the school’s own posts', () => {
    const text = 'Mrs Grey drives the red Fiesta and leaves at four on Thursdays. Funny how quiet that lane is.';
    expect(threats(text, 'comment')).toMatchObject([{ severity: 'warning', start: 0, end: text.length }]);
    expect(threats(text, 'official_post')).toEqual([]);
  });
});

describe('menace by watching: more ways of saying where and when, and more insinuations (2026-12-07)', () => {
  it.each([
    ['Shout out to Miss Lewis who lives above the Co-op on the High Street. Hope you sleep well love', 'Shout out to Miss Lewis who lives above the Co-op on the High Street. Hope you sleep well love'],
    ["I've got his home address, his wife's name, his gym times. Next time he shouts at my kid it's a different conversation", "I've got his home address, his wife's name, his gym times. Next time he shouts at my kid it's a different conversation"],
    ['Message to Mr Evans: I know you drink in the Red Lion Fridays. Bring mates.', 'Message to Mr Evans: I know you drink in the Red Lion Fridays. Bring mates.'],
    ['Mrs Hall, you might want to check under your car before you drive home. Just a friendly tip.', 'Mrs Hall, you might want to check under your car before you drive home.'],
    ['Reading the replies, you lot. Screenshots taken. Addresses found.', 'Addresses found.'],
    ['That TA lives by the park gates. See you soon x', 'That TA lives by the park gates. See you soon x'],
    ["Miss Okafor's lad walks home past our flats on his own every Tuesday. Just an observation.", "Miss Okafor's lad walks home past our flats on his own every Tuesday. Just an observation."],
    ["Old fob still works and the head still parks in bay one. Somebody didn't think this through.", "Old fob still works and the head still parks in bay one. Somebody didn't think this through."],
    ['Found your mum on Facebook Mr Bell. Nice care home she is in. Visiting hours are very relaxed there.', 'Found your mum on Facebook Mr Bell. Nice care home she is in. Visiting hours are very relaxed there.'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'Thank you Mrs Hall, see you all soon at the summer fair!',
    'Bit of advice for new parents: label everything, the lost property box is huge.',
    'Sleep well everyone, big day tomorrow for Year 6 SATs.',
    "Thanks Miss, I've seen her reading every night since, lovely progress.",
    'Found a blue coat at pick up, I think it is his, it is in the office.',
    'Our lollipop lady Mrs Kaye lives above the bakery and has helped children cross for 20 years, see you soon Mrs Kaye!',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('menace by watching: stock closers (list k, 2026-12-07)', () => {
  it.each([
    "Your son plays for the Rovers under 11s doesn't he, Mr Gill? Sunday mornings at the park. I'll be watching.",
    'The PE teacher drops his twins at Little Acorns nursery every day at 8. He would do well to remember that.',
  ])('%s', (text) => expect(found(text)).not.toEqual([]));

  it.each([
    "I'll be watching from the side lines on Sunday mornings at the park, good luck Rovers!",
    'Remember that PE kits are needed on Tuesdays.',
    'Keep an eye on them for signs of chickenpox this week.',
    'Mark my words, Year 6 will smash their SATs.',
  ])('leaves alone: %s', (text) => expect(found(text)).toEqual([]));
});

describe('menace by watching, in a pupil\'s words (list m, 2026-12-07)', () => {
  it.each([
    'the teacher with the lanyard, i followed u home yesterday, nice front door',
    'she thinks blockin me stops it, i know her netball practice times',
    'jus know that second stairwell aint got cameras n u walk it every day',
    '👀 ur mum works at the nursery dont she. funny that',
  ])('%s', (text) => expect(found(text)).toEqual([text]));

  it.each([
    'We know your children by name and we know where they are at every point of the day. That is what safeguarding means.',
    "Your mum works at the nursery, doesn't she? Tell her thank you from all of us!",
    'The new netball practice times are on the website; the sports hall has no cameras yet so please keep bags in lockers.',
  ])('leaves alone: %s', (text) => expect(found(text)).toEqual([]));
});

describe('the insinuations are read only where one of their first words stands', () => {
  // an alternative that opens with something other than a word ("(?:^|[.!?]\s*)be a shame") leaves the whole pattern
  // ungated, tried at every character of every reply: 8% of a dense text's time (2026-12-07)
  it('is gated', () => expect(INSINUATION).toBeInstanceOf(FirstWordRegExp));
});
