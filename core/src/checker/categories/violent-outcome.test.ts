import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import { compileChecker, ALL_BUILDERS } from '../../index.js';
import { tokenise } from './offensive-tokens.js';
import { violentOutcomes } from './violent-outcome.js';
import { streamWords } from './stream-words.js';

/** what each finding covers, in the stream's spelling */
const found = (text: string) => {
  const stream = tokenise(prepare(text, 'comment').folded).stream.text;
  return violentOutcomes(streamWords(stream)).map((h) => stream.slice(h.start, h.end));
};

describe('a threat told by what will be left afterwards, or by the weapon brought', () => {
  it.each([
    ["I'll come up and send a few of youse home in an ambulance lad", 'il come up and send a few of youse home in an ambulance'],
    ['im puttin him in the ground at the rec', 'im putin him in the ground'],
    ["Say that again and I'll put you in a wheelchair", 'il put you in a whelchair'],
    ['ur lucky the cameras r there otherwise u wud be in hospital rn', 'u wud be in hospital'],
    ['bringing the sh4nk in monday fr', 'bringing the shank in'],
    ["I'll be the one at the gate with the hammer if my son isn't let back in.", 'il be the one at the gate with the hamer'],
    ['I will throw acid on that teacher', 'throw acid on that teacher'],
    ["tell Harvey's mum to stop stirring or she'll be picking her front teeth up off the playground", 'picking her front teth up of the playground'],
    ["The TA who took my son's phone can collect her teeth from the car park.", 'colect her teth from the car park'],
    ['Anyone who talks will be on crutches for a while.', 'who talks wil be on crutches'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    "He's in hospital after his operation, get well soon Mr Hughes",
    'The ambulance came for Nan during assembly but she is fine now',
    'Pupils must never bring a knife to school.',
    'Please bring a hammer for DT tomorrow if you have one',
    "I'll be in hospital on Monday so Miss Khan is covering",
    "if he falls off that wall he'll end up in hospital",
    'We sent him home in an ambulance as a precaution after the fall',
    'Science: we will be using dilute acid on the copper in Year 9',
    'The tooth fairy will collect her teeth tonight',
    'Anyone who plays on the ice will be on crutches, be careful',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is a threat warning through the checker', () => {
    const checker = compileChecker({ school: { name: 'Oakfield Primary', short: 'Oakfield', town: 'Leeds', postcode: 'LS1 1AA' }, pupils: [], staff: [] }, ALL_BUILDERS);
    const text = 'ur lucky the cameras r there otherwise u wud be in hospital rn';
    const f = checker.check(text, 'comment').filter((x) => x.category === 'threat');
    expect(f.map((x) => [x.severity, text.slice(x.start, x.end)])).toEqual([['warning', 'u wud be in hospital']]);
    expect(f[0]!.reason).toMatch(/hospital/);
  });
});

describe('what will be left of someone named or described (list k, 2026-12-07)', () => {
  it.each([
    ['Mr Barker is going to need a lot of stitches. Passing that on as a courtesy.', 'mr barker is going to ned a lot of stitches'],
    ['The SENCO will need her jaw wired by the time I have finished with her.', 'the senco wil ned her jaw wired'],
    ['Next parents evening Miss Grant leaves in an ambulance. Mark my words.', 'mis grant leaves in an ambulance'],
    ['That head is going to wake up in hospital not knowing his own name.', 'that head is going to wake up in hospital'],
    ['i swear mr pike will be coughing up his teeth friday', 'mr pike wil be coughing up his teth'],
    ['The lad who keeps bullying my son will be sucking his meals through a straw after I meet his dad.', 'the lad who keps bulying my son wil be sucking his meals through a straw'],
    // he or she, after the writer's own doing
    ['when i see the receptionist who hung up on me she will be needing a dentist', 'the receptionist who hung up on me she wil be neding a dentist'],
    ["I'm going to put the form tutor in the ground.", 'im going to put the form tutor in the ground'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'Mr Patel will need a wheelchair ramp for the trip, so we have booked accessible transport.',
    'Mrs Jones is going to need a new cast for the school play after three Year 6s left.',
    'The head will need a dentist appointment on Friday so Mr Ali is taking assembly.',
    'Miss Grant leaves in an ambulance every week as a volunteer first aider.',
    'Mr Hughes will need crutches after his operation, so please hold the doors for him.',
    'She will need stitches if she falls off that wall again.',
    "He'll need a dentist after all those sweets",
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("young people's words for it (list m, 2026-12-07)", () => {
  it.each([
    ['gc: everyone meet at the park after school, bring ur ting, hes not walkin home tonite', 'bring ur ting'],
    ['lol keep deletin my comments, ill come say it in person with the ting in my waistband', 'ting in my waistband'],
    ['aye the morra efter school, park behind the chippy, bring the blades boys', 'bring the blades'],
    ["mandem link at the chicken shop 3:30, tyler's gettin done, dont be late", 'getin done'],
    ['that grass in 4th year is gettin chibbed', 'getin chibed'],
    ['all my friends are sayin dont do it but im doin it, shes gettin slashed', 'getin slashed'],
    ['anyone who speaks on my name at lunch gets wet', 'gets wet'],
    ['the bus stop by the church thursday, all of year 11 come watch him get merked', 'get merked'],
    ['me n the boys after school, someone tell josh to write a will', 'to write a wil'],
    ['tell ur grass of a son to stay indoors, hes got a price on him now', 'got a price on him'],
    ['ur lucky its half term, first day back ur in a body bag', 'in a body bag'],
    ['he dont know his whole family gettin it', 'family getin it'],
    ['geordie lads actin hard, come the quayside sat n we will see who needs stitches', 'se who neds stitches'],
    ['mr lewis u gave me isolation so ill give u a black eye, fair trade', 'il give u a black eye'],
    ['Ur mum cant protect u forever. Wait till shes not at the gate', 'cant protect u'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'Our PCSOs talked to Year 6 about why carrying a blade makes you less safe, not more.',
    'got my nails done for prom, getting my hair done friday',
    'my car is getting done at the garage on monday',
    'he got done for speeding on the way to school lol',
    'the jobs get done every week by the PTA volunteers',
    'j4yden is so trash at fortnite he gets bodied by actual bots',
    'bring ur PE kit and ur water bottle tmrw',
    'the strap on my bag broke at lunch',
    'I found a knife in my bag after DT and handed it straight to Miss',
    'My grandad says in his day a kid who cheeked the teacher got clipped round the ear',
    'Year 11 are writing a will in PSHE as part of their money unit',
    "Sun cream can't protect you all day, so reapply at lunch",
    'I will be there to pick him up in one piece after the trip, promise',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
