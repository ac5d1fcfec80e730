import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { sidewaysThreats } from './sideways-threat.js';

const found = (text: string) => sidewaysThreats(text).map((h) => text.slice(h.start, h.end));

describe('threats said sideways', () => {
  it.each([
    // an attack announced
    ["Bomb in the boys' toilets by the canteen. Not telling you which cubicle.", "Bomb in the boys' toilets by the canteen."],
    ['There is a device in the sports hall. It goes off at 2pm.', 'There is a device in the sports hall.'],
    ["This school's going up in flames, not even joking, mark the date, the 14th.", "This school's going up in flames, not even joking, mark the date, the 14th."],
    ["Don't send your kids in Thursday. That's all I'm saying.", "Don't send your kids in Thursday."],
    // the writer's violence told as a warning
    ['Did four years for GBH in 2012. Temper hasn\'t mellowed. Passing that on to whoever decided the review can wait.', 'Did four years for GBH in 2012.'],
    ['Ask your head of year what happened to the last bloke who stitched up my family.', 'Ask your head of year what happened to the last bloke who stitched up my family.'],
    ['One phone call and your PE teacher is having a very long weekend in the General.', 'One phone call and your PE teacher is having a very long weekend in the General.'],
    // an ultimatum with something to lose
    ["He's got till Friday or his kneecaps belong to us.", "He's got till Friday or his kneecaps belong to us."],
    ['For every day my son is excluded, one window goes. Day one was yesterday.', 'For every day my son is excluded, one window goes.'],
    // luck that will run out
    ["That supply teacher's lucky I wasn't at pick-up today. Tell her that.", "That supply teacher's lucky I wasn't at pick-up today."],
    ['He is lucky he still has his front teeth after what he said to my girl.', 'He is lucky he still has his front teeth after what he said to my girl.'],
    ["Walked past you in Asda, miss. Next time you won't be so lucky.", "Next time you won't be so lucky."],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'Today we practised what we would do if there were a bomb in the school hall: a lockdown drill.',
    "You've got until Friday to return the form or your place goes to the next child.",
    "Don't send your kids in Thursday, it's an INSET day!",
    'The plumber is sending someone round to see the boiler on Friday.',
    'He did four years at university before teaching here and is brilliant.',
    "We're so lucky to have such lovely teachers, and she's lucky there are such kind dinner ladies too.",
    "She's lucky she still has both her grandparents, and she's lucky it was only a sprain.",
    "Ha, you won't be so lucky in the raffle next time, Mr Bell!",
    'Lucky fella, congratulations to you both!',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is a threat warning in a comment, and not read in the school’s own posts', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const text = 'There is a device in the sports hall. It goes off at 2pm.';
    expect(checker.check(text, 'comment').filter((f) => f.category === 'threat').map((f) => f.severity)).toContain('warning');
    expect(checker.check(text, 'official_post').filter((f) => f.reason.startsWith('Reads as a threat said sideways'))).toEqual([]);
  });
});

describe('more threats said sideways (list k, 2026-12-07)', () => {
  it.each([
    // an attack announced: an event to keep children from, a package, something planted
    ["Don't send your kids to sports day. That's all I'm saying.", "Don't send your kids to sports day."],
    ["Something's going to happen at that school on Friday. Keep your children at home if you love them.", 'Keep your children at home if you love them.'],
    ["There's a package in the science block. You have until lunch. Not a joke.", "There's a package in the science block."],
    ['planted something in the library. anyone in there after lunch is finished.', 'planted something in the library.'],
    // the writer's violence told as a warning
    ["I've done time for less than what your head of year did to my son today. Remember that.", "I've done time for less than what your head of year did to my son today."],
    ["Not me you need to worry about. My partner's been inside for less and he's fuming.", "My partner's been inside for less and he's fuming."],
    ['I put a man in hospital for looking at my wife wrong. What do you think I will do to a teacher?', 'I put a man in hospital for looking at my wife wrong.'],
    ['Mrs Okoro clearly does not know my family. Ask anyone what happens to people who upset us.', 'Ask anyone what happens to people who upset us.'],
    // days said to be numbered
    ['Mr Doyle better enjoy using his knees while he still can', 'Mr Doyle better enjoy using his knees while he still can'],
    ['Mr Bell should enjoy his weekends while he still can.', 'Mr Bell should enjoy his weekends while he still can.'],
    ["That headteacher won't live to see Ofsted. I'll make sure of it.", "That headteacher won't live to see Ofsted."],
    ["Cancel the nativity. I'm serious. If it goes ahead people will get hurt.", 'If it goes ahead people will get hurt.'],
    // things turning ugly for someone (2026-12-08)
    ['Things are going to get very unpleasant for Mrs Hale if the exclusion stands.', 'Things are going to get very unpleasant for Mrs Hale if the exclusion stands.'],
    ["Fine. It's going to get nasty for that PE teacher, mark my words.", "It's going to get nasty for that PE teacher, mark my words."],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'Keep your child at home for 48 hours after sickness, please.',
    'Please keep your children at home if they have a temperature.',
    "Don't send your kids to sports day without sun cream, that's all I'm saying!",
    "There's a package in the school office for Mrs Dean, please collect it by Friday.",
    'We planted something in the library garden: sunflowers!',
    "I've been inside for hours because of the rain.",
    'We put a man in hospital beds for our first aid role play.',
    'Enjoy your lie-ins while you still can, Year 11, mocks start in January!',
    "Mr Bell should enjoy his retirement while he still can travel, he's earned it!",
    'I won\'t live to see my pension at this rate',
    'If the trampoline isn\'t fixed someone will get hurt.',
    'If parents keep parking on the zigzags someone will get hurt.',
    'Things are going to get very difficult for schools if the cuts go ahead.',
    'Things are going to get messy at the paint party on Friday!',
    "It's going to get ugly for the other team on Saturday.",
    "It's going to get messy for the lady doing the face paints!",
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('luck that will run out, in a pupil\'s words (list m, 2026-12-07)', () => {
  it('finds it', () => {
    const text = 'ur lucky theres teachers in this photo kyle, after 3 its just me n u n my cousins';
    expect(found(text)).toEqual([text]);
  });
  it.each([
    "we're lucky there's teachers like Mrs Day who stay late for revision club",
    "you're lucky it's half term, I'd have given you so much homework",
    'Slips must be back by tomorrow; the cooking club has until tmrw to bring a knife and a chopping board.',
  ])('leaves alone: %s', (text) => expect(found(text)).toEqual([]));
});
