import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { childSpecific } from './child-specific.js';

const aPupil = (given: string, family: string, year = '3') => ({ given, family, dob: '2016-05-01', year, photoConsent: true });
const aRoster = (): Roster => ({
  school: { name: 'Cambois Primary School', short: 'Cambois', town: 'Blyth', postcode: 'NE24 1QY' },
  pupils: [aPupil('May', 'Chen'), aPupil('Tom', 'Hughes', '4'), aPupil('Grace', 'Adams', '5')],
  staff: [],
});
const run = childSpecific.build(aRoster());
const check = (text: string) => run(prepare(text, 'official_post'));

describe('child-specific talk', () => {
  it('blocks a named child with a health detail and explains seed 004', () => {
    const text = 'Tom Hughes is back after his asthma attack. Welcome back!';
    const [f] = check(text);
    expect(f).toMatchObject({ category: 'child_specific', severity: 'block' });
    expect(text.slice(f!.start, f!.end)).toBe('Tom Hughes is back after his asthma');
    expect(f!.reason).toContain("a named child's health (asthma)");
    expect(f!.reason).toContain('phone, face to face, email or letter');
    expect(f!.advice).toMatch(/^Take this to the family/);
    expect(f!.suggestion).toBeUndefined();
  });

  it('finds a family pointed at by its child\'s year, with what happened to their home', () => {
    expect(check('We are supporting a family in Year 3 who lost their home in a fire.')).toHaveLength(1);
    expect(check('Thank you to every family in Year 3 who came to the fair.')).toEqual([]);
    expect(check('A family in Year 3 has kindly donated books to the library.')).toEqual([]);
  });

  it('finds one child named in a reminder, and a named child sent to the nurture room after an incident', () => {
    expect(check('A reminder that a boy in Year 1 has a severe nut allergy, so no nuts in lunchboxes.')).toHaveLength(1);
    expect(check("Tom will be in the nurture room this week after Monday's incident.")).toHaveLength(1);
    expect(check('A reminder that nuts are not allowed in lunchboxes.')).toEqual([]);
    // advice to everyone, given because of one child
    expect(check('Please do not send nuts, as the new boy in Year 2 has a severe allergy.')).toHaveLength(1);
    expect(check('Please keep your child at home if they are unwell.')).toEqual([]);
  });

  it('finds a child pointed at, whatever the sentence then asks of families', () => {
    for (const text of [
      'Please remember we are a nut-free school: one of our Year 1 boys has a severe nut allergy and carries an EpiPen, so please check cereal bars.',
      'Please be gentle with our Year 2 boy whose mum died last week.',
      'Two new pupils join us this week. The Year 3 boy has joined us from a foster placement in Gloucester, so please help him feel at home.',
      "We're sending our love to one of our Reception girls, whose dad died suddenly last week; please be gentle with her family.",
      'Thank you, Year 5, for staying so calm when one of your classmates had a diabetic hypo during assembly.',
    ])
      expect(check(text), text).toHaveLength(1);
    // a condition makes it any child; a report to the police is no detail of the child
    // nor is a police officer's visit to talk to a class
    for (const text of [
      'If one of our pupils feels unwell at school, please collect them promptly.',
      'One child was sent a message by an account he did not know. The police have been informed.',
      'Year 1 practised crossing the road with our police community support officer, and one child asked brilliant questions.',
      'The police officers visited Year 6 and one pupil got to sit in the car.',
      // what could happen to any child
      'Snowballs with stones packed in can break a car window, knock a child over or cause a serious eye injury.',
      'A firework in a pocket could burn a child badly, so please leave them at home.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('finds a child placed in a year whom families are asked to think of, twins, and a year\'s only wheelchair user', () => {
    expect(check('Please keep a boy in Year 2 in your thoughts as he recovers from his operation.')).toHaveLength(1);
    expect(check('The twins in Year 1 have had a tough time since their parents split up.')).toHaveLength(1);
    expect(check("Year 5's only wheelchair user had a great time on the trip.")).toHaveLength(1);
    // advice to every family still reads as general
    expect(check('Please tell us if a child in Year 2 is unwell on the morning of the trip.')).toEqual([]);
    expect(check('Please send a child in Year 2 home with their inhaler only if they need it.')).toEqual([]);
    expect(check('Please make sure our twins activity pack reaches every family.')).toEqual([]);
  });

  it('finds a named child\'s broken arm, operation or therapy, however it is said', () => {
    const roster = { ...aRoster(), pupils: [aPupil('Jude', 'Lawson', '2'), aPupil('Arlo', 'Brooks', '1'), aPupil('Zoe', 'Martin', '2')] };
    const named = childSpecific.build(roster);
    for (const text of ['Jude Lawson has broken his arm falling off a trampoline, so he will narrate.', 'Arlo has had his tonsils out and won\'t be back until after half term.', 'Zoe Martin is excused from swimming after having grommets fitted.'])
      expect(named(prepare(text, 'official_post')), text).toHaveLength(1);
  });

  it('finds a sprain, a parent taken ill, and who may collect a child (set 28 and 31, read)', () => {
    expect(check('Tom Hughes sprained his ankle on the climbing wall this morning.')).toHaveLength(1);
    expect(check('Please keep Grace Adams and her family in your thoughts; her dad had a stroke on Sunday.')[0]!.reason).toContain('family');
    expect(check('Please note that May Chen is to be collected only by her grandparents, and must not be released to her father.')[0]!.reason).toContain('family');
    expect(check('Well done Tom Hughes, his front crawl stroke has really improved!')).toEqual([]);
    expect(check('Please keep our friends in Turkey in your thoughts this week.')).toEqual([]);
  });

  it('finds a parent in treatment and a move to a refuge (sets 37 and 38, read)', () => {
    expect(check('Tom Hughes will be off until Easter while his mum is having treatment at the hospital.')[0]!.reason).toContain('family');
    expect(check('May Chen and her mum have had to move to a refuge, so she is starting a new school.')[0]!.reason).toContain('family');
    expect(check('Year 3 visited the hedgehog refuge today.')).toEqual([]);
  });

  it('does not read the words a post quotes as details of the child (sets 21, 24, 26 and 29, read)', () => {
    // the message a child was sent ("ill" is "I'll"), a pupil's poem
    expect(check('Online safety alert: a Year 5 child was sent this in a chat: "got ur school off ur shirt, ill be at the gate fri".')).toEqual([]);
    expect(check("Grace Adams wrote about the wind 'shoving the leaves round the playground like a bully'. Come and read it!")).toEqual([]);
    // what the post itself says of the child still counts, quotation or not
    expect(check('A Year 5 child was sent "see you at the gate" and is now off school with anxiety.')).toHaveLength(1);
    expect(check('Grace Adams was "really poorly" last week.')).toHaveLength(1);
  });

  it('finds a detail in the sentence after the name', () => {
    expect(check('Get well soon Grace! She broke her arm at the weekend.')).toHaveLength(1);
  });

  it('warns about an unnamed but identifiable child with behaviour details', () => {
    const [f] = check('A boy in Year 6 was excluded today for fighting.');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.reason).toContain("one child's behaviour");
  });

  it('finds family and home details', () => {
    expect(check("One of our Year 4 girls is in foster care now.")[0]!.reason).toContain('family');
    expect(check('Tom Hughes lives on Marsh Road.')[0]!.reason).toContain('home or whereabouts');
  });

  it('finds emergency housing, a child who ran out of the gate, and trips to the head\u2019s office', () => {
    expect(check('Tom has his last day on Friday as his family are moving into emergency housing in Swindon.')[0]!.reason).toContain('family');
    expect(check('The boy in Year 1 who ran out of the gate was found safe in the park.')[0]!.reason).toContain('home or whereabouts');
    expect(check("Well done to Tom Hughes for his first week without a single trip to the headteacher's office!")[0]!.reason).toContain('behaviour');
    expect(check('Year 2 ran out of the gate at home time to meet the ice cream van')).toEqual([]);
  });

  it('finds a child\u2019s family circumstances: courts, who they live with, who may collect them, a home lost', () => {
    expect(check('Please note Tom Hughes must only be collected by his mum, following a court order.')[0]!.reason).toContain('family');
    expect(check('May Chen has found it hard to settle since moving in with her nan.')).toHaveLength(1);
    expect(check('We are supporting the family of a Year 4 pupil whose house fire left them with nothing.')).toHaveLength(1);
    expect(check('Grace Adams\u2019s home was flooded last week.')).toHaveLength(1);
  });

  it('finds a separation, a fire at home and a child staying with relatives', () => {
    for (const text of [
      "May C will be leaving us at Easter, as her family is moving after her parents' separation.",
      'After the fire at their house, Tom and his sisters are staying with relatives for now.',
      'Tom is staying with relatives while things settle down.',
    ])
      expect(check(text), text).toHaveLength(1);
  });

  it('finds a faint, a reduced timetable, who collects a child, a lost grandparent; not "a bit" for biting', () => {
    for (const text of [
      'The Year 2 boy who fainted at sports day is fine now.',
      'Tom Hughes is on a reduced timetable until Easter.',
      'May Chen will now be collected by her nan, as her dad is no longer allowed contact.',
      'Grace Adams lost her grandma at the weekend.',
    ])
      expect(check(text), text).toHaveLength(1);
    expect(check('Well done May Chen for her castle. The drawbridge was a bit wobbly!')).toEqual([]);
    expect(check('Tom Hughes bit a child at lunch.')).toHaveLength(1);
  });

  it('reads SEN and SEND as needs only in capitals: "we send our love" is the verb', () => {
    expect(check('A boy in Year 4 won the cross-country; we send our congratulations to him.')).toEqual([]);
    expect(check('A boy in Year 4 with SEND won the cross-country.')).toHaveLength(1);
  });

  it('knows appendicitis, a hypo and a child recovering as health', () => {
    expect(check('A girl in Year 3 is recovering from appendicitis and hopes to be back after half term.')).toHaveLength(1);
    expect(check('A boy in Year 5 had a hypo during assembly on Monday.')).toHaveLength(1);
  });

  it('does not take "we are all thinking of you" for advice to every family', () => {
    expect(check('Our thoughts are with the Reception child who was taken to hospital on Tuesday: we are all thinking of you.')).toHaveLength(1);
    expect(check('If a child is unwell, please keep them at home and tell the office.')).toEqual([]);
  });

  it('sees through accents and look-alike letters in the detail', () => {
    expect(check('Tom Hughes has \u0430sthma.')).toHaveLength(1); // Cyrillic а
  });

  it.each([
    'Well done Year 5 for a brilliant assembly!',
    'Our football team won the league. So proud of them!',
    'Well done May Chen for her wonderful poem.',
    'If your child is unwell, please keep them at home for 48 hours.',
    'Several pupils have chickenpox; please look out for spots.',
    'Reminder: any child with an inhaler must bring it on the trip.',
    'Year 3 learned about healthy eating and the heart.',
    'Children must be collected by an adult from the KS1 gate.',
    'Year 6 visited the Crown Court to learn about the justice system.',
    'Fire safety week: Year 2 learned what to do if there is a house fire.',
  ])('does not fire on general posts: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('child-specific talk: a child new to English (fresh wordings, 2026-12-07)', () => {
  it('warns where one child is said to speak little English', () => {
    const text = 'Please welcome our new pupil from Ukraine who joins Year 3 next week, he speaks little English';
    expect(check(text).map((f) => text.slice(f.start, f.end))).toEqual(['our new pupil from Ukraine who joins Year 3 next week, he speaks little English']);
  });

  it('leaves the families of a school alone', () => {
    expect(check('Many of our families speak little English, so letters are translated')).toEqual([]);
  });
});

describe('child-specific talk: one child singled out for letting others down (2026-12-07)', () => {
  it.each([
    ['Everyone remembered this week except one boy in Year 3, who has now forgotten it 11 times.', 'one boy in Year 3, who has now forgotten it 11 times'],
    ['Well done to everyone in Year 3 except one pupil, who let the whole class down on sports day.', 'one pupil, who let the whole class down'],
  ])('%s', (text, span) => {
    expect(check(text).map((f) => text.slice(f.start, f.end))).toEqual([span]);
  });

  it.each([
    'Please do not let the whole class down: if your child has forgotten their PE kit again, they can borrow one.',
    'Our Year 6 team did not let anyone down on sports day, well done all!',
  ])('leaves alone: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});
