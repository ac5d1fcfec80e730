import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { propertyMenace } from './property-menace.js';

const found = (text: string) => propertyMenace(text).map((h) => text.slice(h.start, h.end));

describe('threats through what someone owns', () => {
  it.each([
    // harm to a thing of someone else's, said as what will or may happen
    ['Funny how your tyres went down last week sir. Brakes next.', 'Funny how your tyres went down last week sir.'],
    ['Your Corsa is getting keyed and that is just the start.', 'Your Corsa is getting keyed and that is just the start.'],
    ["Be a shame if that teacher's brakes failed on the bypass", "Be a shame if that teacher's brakes failed on the bypass"],
    ["Tell the headmaster his greyhound will be fished out of the canal if he doesn't reply.", "Tell the headmaster his greyhound will be fished out of the canal if he doesn't reply."],
    ["your cat goes out at night, doesn't it", "your cat goes out at night, doesn't it"],
    ['Nice new minibus. Sugar in the tank is cheap.', 'Nice new minibus. Sugar in the tank is cheap.'],
    ['Caravans burn lovely.', 'Caravans burn lovely.'],
    ['Her husband drives a white van. Nails are cheap, just saying.', 'Her husband drives a white van. Nails are cheap, just saying.'],
    // harm a thing may come to, insinuated, and the thing said to be someone's
    ["Hope the head's house is still standing when he gets back from Spain.", "Hope the head's house is still standing when he gets back from Spain."],
    ['Funny how the deputy has a lovely big conservatory. All that glass.', 'Funny how the deputy has a lovely big conservatory. All that glass.'],
    // someone's thing, or one admired, with an insinuation
    ['Lovely little bungalow your deputy head has. Be a shame if anything happened to it.', 'Lovely little bungalow your deputy head has. Be a shame if anything happened to it.'],
    ["Does the school's insurance cover the head's house too? Asking for a reason.", "Does the school's insurance cover the head's house too? Asking for a reason."],
    // a dog brought or set on people
    ["Exclude him again and I'll bring the dogs down the school field. They ain't friendly.", "Exclude him again and I'll bring the dogs down the school field."],
    ['My staffie doesnt like people who upset my kids.', 'My staffie doesnt like people who upset my kids.'],
    // a car as a weapon
    ["Tell the lollipop lady to step back next time she stops my car. Next time I won't be stopping.", "Next time I won't be stopping."],
    ["Ha, a restraining order. Paper doesn't stop a car.", "Paper doesn't stop a car."],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    // the writer's own, told as what happened
    'Some parent just keyed my car in the car park. Unbelievable.',
    'Whoever keyed the cars on Oakfield Road on Tuesday night, the police have the doorbell footage.',
    'Shout out to the lady who caught the stray football before it went through my windscreen, you legend',
    'Our cat goes out at night and has not come back since Sunday, please check your sheds!',
    // weather, accidents and adverts
    'Storm Isha smashed two panes in the greenhouse. The field will be closed today.',
    'The minibus battery went flat so we will be back about half an hour late.',
    'Thornbury Tyres: 10% off a full set of tyres this week for school families, just quote SNOW10.',
    'Free bike workshop on Saturday: a volunteer mechanic will check brakes and pump up tyres.',
    'Bikes need working brakes and helmets are a must for Bikeability next week.',
    'Year 6 will burn off some energy at the park, then the coach home will leave at 3.',
    'Staff are burnt out. Please be kind at the gate, and if you can, car share.',
    'Parents, could you car share for away matches? It would be lovely to have more drivers.',
    // stories, play and everyday things
    'Lovely new minibus, thank you PTA! Be a shame if it sat in the car park all summer.',
    'One of these days a child is going to step out between two parked cars and get hurt.',
    'My son is the wolf and keeps saying "I\'ll huff and I\'ll puff and I\'ll blow your house down" at the dog.',
    'Year 2 will build a house of bricks for the Three Little Pigs, then we will paint the roof.',
    'I was in bits on the coach home, will miss this lot so much.',
    'Hope the minibus gets to Wales in one piece! Have a lovely week everyone.',
    'The new conservatory classroom is all glass, lovely and light for reading.',
    'Please keep dogs on a lead at the fair, and no dogs on the field itself.',
    'The 3pm bus won\'t be stopping at Church Lane this week because of roadworks.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is a threat warning in a comment, and not read in the school’s own posts', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const text = 'Your Corsa is getting keyed and that is just the start.';
    const reason = (kind: 'comment' | 'official_post') =>
      checker.check(text, kind).filter((f) => f.category === 'threat' && f.reason.startsWith("Speaks of harm coming to someone's car"));
    expect(reason('comment').map((f) => f.severity)).toEqual(['warning']);
    expect(reason('official_post')).toEqual([]);
  });

  it('is read in what an official post quotes', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const post = 'A note was left on a car in the lay-by on Wednesday. It read: "Your Corsa is getting keyed and that is just the start". It has been passed to the police.';
    const found = checker.check(post, 'official_post').filter((f) => f.category === 'threat');
    expect(found.map((f) => post.slice(f.start, f.end))).toEqual(['Your Corsa is getting keyed and that is just the start']);
  });
});

describe('threats through what someone owns: more wordings (list k, 2026-12-07)', () => {
  it.each([
    ['That dog of yours barks a lot at night, Mr Tully. Would be a shame if it stopped for good.', 'That dog of yours barks a lot at night, Mr Tully. Would be a shame if it stopped for good.'],
    ['Your windows are single glazed Mr Price. Bricks go through them easy. Maybe let my son back.', 'Your windows are single glazed Mr Price. Bricks go through them easy.'],
    ["Your cat's very friendly Mr Bates. Comes right up to strangers. Might want to keep it in.", "Your cat's very friendly Mr Bates. Comes right up to strangers. Might want to keep it in."],
  ])('%s', (text, span) => expect(found(text)).toEqual([span]));

  it.each([
    'The dog next door barks a lot at night, shame if it kept the baby awake.',
    'Our windows are single glazed, so the classrooms get cold. Bricks go through the kiln at 900 degrees in pottery club.',
    'The school cat is very friendly. Might want to keep it in during the fireworks.',
  ])('leaves alone: %s', (text) => expect(found(text)).toEqual([]));
});
