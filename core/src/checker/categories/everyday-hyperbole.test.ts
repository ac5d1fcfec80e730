import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { everydayHyperbole, gameTalk, warmJoke } from './everyday-hyperbole.js';

describe('everyday hyperbole: what sounds like violence and is not', () => {
  it.each([
    "I'm gonna kill my son, he's left his PE kit on the bus for the third time this week",
    "who's got the geography homework sheet, i'm gonna die if i get another detention",
    "im literally dead 😭😭 sir's face when the volcano exploded",
    "If I see one more laminated sign I'm going to scream",
    "I will be escalating to the governors and the local authority if I don't hear back by Friday",
    "If I haven't heard back by Friday I'm going to the governors and then straight to Ofsted",
    'Carry on and it goes to the police and the governors',
    'ur getting destroyed in the Mario Kart rematch friday, prepare to cry',
    'gg Jacob, ur gonna smash it at big school bro',
    "my mum's gonna kill me, I've lost my coat again",
    "That isn't acceptable and I'll be raising it with the head",
    "Not good enough, and I'll be saying so in the parent survey",
    // a complaint's other lawful ends (list k, 2026-12-07)
    'If my son\'s detention stands I will be appealing it through every channel available.',
    "If the head wants a fight over this detention she'll get one, in front of the governors, with evidence.",
    "You'll be sorry you ignored parents when the Ofsted report comes out.",
    "I'll be in the head's office on Monday with a written complaint and my union rep.",
    // what young people say every day (list m, 2026-12-07)
    'ur gonna kill it at the county finals ❤️',
    'ur dead to me for watchin the next ep without me 😂',
    'dont come for me in the comments bc i said the year 11 play was mid',
    "he's gonna be dead when his mum sees this pic of him asleep in assembly",
    'that lad is gonna get murdered by the teachers for the prank',
    'gonna set the dancefloor on fire at prom',
    'just got headshotted from across the map 💀',
    "my dad's gonna go mental when he sees i dyed my hair",
    "me nan's gonna batter me for gettin mud on me uniform",
    // harm told to someone who dealt with it, or help offered
    'i told my head of year about the vid where that lad had a blade, its been dealt with',
    'if anyone is gettin threats msg me or a teacher, ur not alone x',
    // idioms whose violent word means nothing violent (2026-12-08)
    "Let's wait for the examiner before we hang anyone out to dry",
    "mine bombed it down the hill on their scooters this morning",
    'I could murder a brew after that staff meeting',
    'My feet are absolutely killing me after sports day',
    'Dead chuffed with the Year 4 choir tonight',
    "We'll just have to bite the bullet and book the coach",
    'Break a leg to everyone in the nativity tomorrow!',
    'The Year 6 leavers\' show blew me away',
    "Honestly I'm dying for a cup of tea",
    'Can someone check the hill before I kill myself getting the double buggy up it',
    'Feeling totally burnt out this half term',
    'Our Reception class went down a bomb at the care home',
  ])('%s', (sentence) => expect(everydayHyperbole(sentence)).toBe(true));

  it.each([
    "I'm gonna kill him if he touches my son again",
    "I'm going to lose it with you at pick up",
    'someone is going to get hurt and it will not be an accident',
    'i want to die',
    "I'm not going to the police. I'm going to find you myself",
    "I'll smash his face in after the match",
    "I'll be appealing it, and then I'll smash his face in",
    'ur dead when i see u, and ur face is getting smashed',
    'unalive and respawn as someone better',
    "i told miss and she did nothing so i'm sorting him out myself",
    // an idiom beside a violent word, or in a sentence said to or of someone
    "I could murder a pint, and then I'll murder him",
    'Take a stab at what happens to your kids next',
    'Over my dead body, I will stab whoever comes near',
    'the site by the ring road wants burning out, caravans and all',
    'hes dying to meet the headmaster',
    "It'd be dead easy to find out where she parks",
    'I could murder a teacher right now',
    "I'm dying for a fight with that head",
  ])('is not: %s', (sentence) => expect(everydayHyperbole(sentence)).toBe(false));

  it("keeps the learned words reading from calling an idiom a threat, and not the same words meant", () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const threats = (text: string) => checker.check(text, 'comment').filter((f) => f.category === 'threat');
    // the words reading weighs "kill myself" and warned here before the idioms were known
    expect(threats('Can someone check the hill before I kill myself getting the double buggy up it.')).toEqual([]);
    expect(threats("Can someone check the hill before I kill myself, I can't go on.")).not.toEqual([]);
  });
});

describe('a game won or lost: no threat, whichever reading found it', () => {
  /** gameTalk over the first place `said` stands in `text` */
  const game = (text: string, said: string) => gameTalk(text, text.indexOf(said), text.indexOf(said) + said.length);

  it.each([
    ["Cup final on Saturday. We're going to batter them, three goals at least ⚽", "We're going to batter them"],
    ['Watch your backs, Year 6, the staff team has been practising for the quiz all week', 'Watch your backs'],
    ["Staff v parents netball next week. Parents, we are coming for you.", 'coming for you'],
    ['My lad is on Fortnite shouting "I\'m going to shoot you" at his cousin again', "shoot you"],
  ])('%s', (text, said) => expect(game(text, said)).toBe(true));

  it.each([
    ["We'll batter them after the match, see you outside the ground", "We'll batter them"],
    ['Watch your back at the football on Saturday, I know what you did', 'Watch your back'],
    ["Next time we play them I'm bringing a knife, watch your backs", 'watch your backs'],
    ["I'm going to shoot you, I mean it", 'shoot you'],
    ['Watch your back, Mr Hughes', 'Watch your back'],
  ])('is not: %s', (text, said) => expect(game(text, said)).toBe(false));

  it('reads the sentences beside a threat, in a sentence without end only the 600 characters either side', () => {
    const filler = 'and then we all went round to the shop for sweets '.repeat(20); // 1,000 characters, no full stop
    const said = "we're gonna batter them";
    expect(game(`cup final tomorrow ${said} ${filler}`, said)).toBe(true);
    // the game named far off in one endless sentence is not what the threat is said of
    expect(game(`cup final tomorrow ${filler} ${said} ${filler}`, said)).toBe(false);
    // nor does a knife far off make a game a fight
    expect(game(`cup final tomorrow ${said} ${filler} knife`, said)).toBe(true);
    // and in the same text read again, after others, the answers are the same (what is worked out for a text is kept)
    expect(game('Watch your back at the football on Saturday, I know what you did', 'Watch your back')).toBe(false);
    expect(game(`cup final tomorrow ${said} ${filler}`, said)).toBe(true);
  });

  it('reads a game named in emoji beside a threat in a long text', () => {
    const filler = 'and then we all went round to the shop for sweets '.repeat(10);
    const text = `${filler}. 🏆⚽ tomorrow we're gonna batter them ⚽🏆. ${filler}`;
    expect(game(text, "we're gonna batter them")).toBe(true);
  });

  it('keeps the checker from calling a game a threat, and not a fight after one', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const threats = (text: string) => checker.check(text, 'comment').filter((f) => f.category === 'threat');
    expect(threats("football final tomorrow, we're gonna batter them ⚽⚽")).toEqual([]);
    expect(threats('Watch your backs at the quiz, our table has been revising 😎')).toEqual([]);
    expect(threats("we're gonna batter them after the match, the lot of them")).not.toEqual([]);
  });
});

describe('a stock menace said in fun, with warmth beside it', () => {
  const joke = (text: string, said: string) => warmJoke(text, text.indexOf(said), text.indexOf(said) + said.length);

  it.each([
    ["Who took my casserole dish home from the harvest lunch? I know where you live 😂 Please bring it back, it was Nan's", 'I know where you live'],
    ['To whoever left flowers on my desk: I will find you, and I will thank you properly ❤️', 'I will find you'],
  ])('%s', (text, said) => expect(joke(text, said)).toBe(true));

  it.each([
    ["Thanks for nothing. I know where you live.", 'I know where you live'],
    ["I've got your reg and I know which class your kids are in. See you at pick up 😘", 'know which class'],
    ["Thank you for the letter. I know what you did to my son, and I know where you live.", 'I know where you live'],
    ["I know where you live. Thanks for the address, it'll come in handy when I smash your face in", 'I know where you live'],
  ])('is not: %s', (text, said) => expect(joke(text, said)).toBe(false));

  it('reads the warmth and the menace beside it within the sentences either side', () => {
    const filler = ' and we had a lovely day at the seaside with the whole class'.repeat(15); // 900 characters, no full stop
    expect(joke(`I know where you live 😂 thank you for the flowers${filler}`, 'I know where you live')).toBe(true);
    expect(joke(`I know where you live${filler} thank you for the flowers`, 'I know where you live')).toBe(false);
    expect(joke(`thanks for the chocolates, I know where you live 😂 smash your face in${filler}`, 'I know where you live')).toBe(false);
  });

  it('keeps the checker from warning on it', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const text = "Who took my casserole dish home from the harvest lunch? I know where you live 😂 Please bring it back, it was Nan's";
    expect(checker.check(text, 'comment').filter((f) => f.category === 'threat')).toEqual([]);
    expect(checker.check('Thanks for nothing. I know where you live.', 'comment').filter((f) => f.category === 'threat')).not.toEqual([]);
  });
});
