import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../eval/generate-corpus.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { prepare } from '../normalise.js';
import type { Finding, Roster, TextKind } from '../types.js';
import { names } from './names.js';

const aPupil = (given: string, family: string, year: string) => ({ given, family, dob: '2016-05-01', year, photoConsent: true });
const roster: Roster = {
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [aPupil('May', 'Chen', '3'), aPupil('Grace', 'Adams', '4'), aPupil('Tom', 'Hughes', '4'), aPupil('Ruby', 'Patel', '6'), aPupil('Jack', 'Wilson', '3')],
  staff: [{ given: 'Sarah', family: 'Whitworth', role: 'headteacher' }],
};
const run = names.build(roster);
const check = (text: string, kind: TextKind = 'official_post') => run(prepare(text, kind));
/** the one rewrite the text's names offer (every name of a sentence offers the same) */
const rewriteOf = (text: string, kind: TextKind = 'official_post') => {
  const offered = new Set(check(text, kind).flatMap((f) => (f.suggestion === undefined ? [] : [JSON.stringify([f.suggestion, f.replaces])])));
  expect(offered.size, text).toBe(1);
  return JSON.parse([...offered][0]!)[0] as string;
};
const writeIn = (text: string, f: Finding) => text.slice(0, f.replaces!.start) + f.suggestion! + text.slice(f.replaces!.end);

describe('name rewrites', () => {
  it('rewrites every name of a sentence at once, so writing in either finding\u2019s rewrite names no one', () => {
    const text = 'Congratulations to May Chen and Ruby Patel for their poems. See you Monday.';
    const found = check(text);
    expect(found.map((f) => f.suggestion)).toEqual(['Congratulations to two pupils for their poems.', 'Congratulations to two pupils for their poems.']);
    expect(writeIn(text, found[1]!)).toBe('Congratulations to two pupils for their poems. See you Monday.');
  });

  it('makes a list of names one stand-in, with their year where they share one, and a possessive list plural', () => {
    expect(rewriteOf('Well done Grace Adams, Tom Hughes and May Chen!')).toBe('Well done to three pupils!');
    expect(rewriteOf('Grace Adams & Tom Hughes (Year 4) sang beautifully.')).toBe('Two Year 4 pupils sang beautifully.');
    expect(rewriteOf("Grace Adams and Tom Hughes's model won.")).toBe("Two Year 4 pupils' model won.");
  });

  it('leaves names out where the words before them say who they are, or the family names a child (sets 37 to 39)', () => {
    expect(rewriteOf('Top bakers Grace Adams and May Chen won the cake sale.')).toBe('Top bakers won the cake sale.');
    expect(rewriteOf('Year 4 pupils Grace Adams and Tom Hughes sang beautifully.')).toBe('Year 4 pupils sang beautifully.');
    expect(rewriteOf('Our top bakers, Grace Adams and May Chen, won the cake sale.')).toBe('Our top bakers won the cake sale.');
    // a year or class before the part says who it is too
    expect(rewriteOf('Our Year 4 pupil Grace Adams came first.')).toBe('Our Year 4 pupil came first.');
    expect(rewriteOf('My Y3 son Jack Wilson loved it.', 'comment')).toBe('My Y3 son loved it.');
    expect(rewriteOf('The Hughes lad was brilliant in goal.', 'comment')).toBe('The lad was brilliant in goal.');
    expect(rewriteOf('That Tom kid bit my son again.', 'comment')).toBe('That kid bit my son again.');
    expect(rewriteOf('This girl Grace is very unkind to my daughter.', 'comment')).toBe('This girl is very unkind to my daughter.');
    // "that" joining a clause is not pointing at the child
    expect(rewriteOf('Sorry to share that Jack Wilson is off school.')).toBe('Sorry to share that a Year 3 pupil is off school.');
    // one alone after a part is left to the stand-in
    expect(rewriteOf('Well done Grace Adams!')).toBe('Well done to a Year 4 pupil!');
  });

  it('makes a part worn as a title "our" part, not "Captain a Year 4 pupil"', () => {
    expect(rewriteOf('Captain Grace Adams lifted the cup.')).toBe('Our captain lifted the cup.');
    expect(rewriteOf("Player of the match Tom Hughes's goal won it.")).toBe("Our player of the match's goal won it.");
    expect(rewriteOf('We cheered as captain Grace Adams lifted the cup.')).toBe('We cheered as our captain lifted the cup.');
    expect(rewriteOf('Our captain, Grace Adams, lifted the cup.')).toBe('Our captain lifted the cup.');
    expect(rewriteOf('Good luck to our Year 4 netball captain Grace Adams at the trials!')).toBe('Good luck to our Year 4 netball captain at the trials!');
  });

  it('says a wish to a child addressed after a comma, and leaves the name out where nothing but the close follows it', () => {
    expect(rewriteOf('Get well soon, Ruby Patel!')).toBe('Get well soon to a Year 6 pupil!');
    expect(rewriteOf('Thank you, Tom Hughes, for the flowers.')).toBe('Thank you to a Year 4 pupil for the flowers.');
    expect(rewriteOf('Keep it up, Grace Adams!')).toBe('Keep it up!');
    expect(rewriteOf('Great run today, Tom Hughes \u{1f3c3}')).toBe('Great run today \u{1f3c3}');
    // a pause before a name the sentence needs is not a child addressed
    expect(rewriteOf('And the winner is, Jack Wilson!')).toBe('And the winner is a Year 3 pupil!');
    expect(rewriteOf('The cup goes to, Ruby Patel!')).toBe('The cup goes to a Year 6 pupil!');
    // a name after a comma with more of the sentence to come is not said to
    expect(rewriteOf('After lunch, Grace Adams read to the class.')).toBe('After lunch, a Year 4 pupil read to the class.');
  });

  it('leaves out a name the sentence opens by speaking to, and keeps the stand-in where the name does something', () => {
    expect(rewriteOf('Mrs Whitworth if you see this, thank you for everything.', 'comment')).toBe('If you see this, thank you for everything.');
    expect(rewriteOf('Sarah Whitworth can you ring me back please.', 'comment')).toBe('Can you ring me back please.');
    expect(rewriteOf('Grace Adams, well done mate!', 'comment')).toBe('Well done mate!');
    expect(rewriteOf("Ruby Patel you're a star!!!", 'comment')).toBe("You're a star!!!");
    expect(rewriteOf('Grace Adams and Tom Hughes, we are so proud of you.')).toBe('We are so proud of you.');
    expect(rewriteOf('Lovely day. Mrs Whitworth you are a legend.', 'comment')).toBe('You are a legend.');
    // a greeting or answer keeps its word and loses the name; a letter's "Dear" goes with it
    expect(rewriteOf('Hi Mrs Whitworth, is there PE tomorrow?', 'comment')).toBe('Hi, is there PE tomorrow?');
    expect(rewriteOf('Yes Mrs Whitworth, we will be there.', 'comment')).toBe('Yes, we will be there.');
    expect(rewriteOf('Hello Sarah Whitworth!', 'comment')).toBe('Hello!');
    expect(rewriteOf('Dear Mrs Whitworth, thank you for your help.', 'comment')).toBe('Thank you for your help.');
    expect(rewriteOf('Dear Mrs Whitworth.', 'comment')).toBe('Dear member of staff.');
    // a title before a surname found on its own goes with it
    expect(rewriteOf('Mrs W-h-i-t-w-o-r-t-h is never there.', 'comment')).toBe('A member of staff is never there.');
    // thanks or a wish to the person, the rest saying "you", or a wish a stand-in reads badly after
    expect(rewriteOf('Thank you Mrs Whitworth for all your hard work this year', 'comment')).toBe('Thank you for all your hard work this year');
    expect(rewriteOf('Thanks Mrs Whitworth, you are a star.', 'comment')).toBe('Thanks, you are a star.');
    expect(rewriteOf('Happy retirement Mrs Whitworth!', 'comment')).toBe('Happy retirement!');
    expect(rewriteOf('Welcome Sarah Whitworth!', 'comment')).toBe('Welcome!');
    expect(rewriteOf('Get well soon Ruby Patel!')).toBe('Get well soon to a Year 6 pupil!');
    expect(rewriteOf('Well done Grace Adams, you were brilliant.')).toBe('Well done, you were brilliant.');
    // the name's own verb, or words about the person, keep the stand-in
    expect(rewriteOf('Mrs Whitworth thanks the PTA for the raffle.', 'comment')).toBe('A member of staff thanks the PTA for the raffle.');
    expect(rewriteOf('Jack Wilson just scored again!')).toBe('A Year 3 pupil just scored again!');
    expect(rewriteOf('Mrs Whitworth will be missed by us all.', 'comment')).toBe('A member of staff will be missed by us all.');
    expect(rewriteOf('Well done, Jack Wilson, you were brilliant.')).toBe('Well done, you were brilliant.');
  });

  it('puts the stand-in after fond words, with "our", not "Little a Year 3 pupil"', () => {
    expect(rewriteOf('Little Jack Wilson has been so brave.')).toBe('Our little Year 3 pupil has been so brave.');
    expect(rewriteOf('Poor little Jack Wilson was sick today.', 'personal_post')).toBe('Our poor little Year 3 pupil was sick today.');
    expect(rewriteOf('Well done to our brave Grace Adams.')).toBe('Well done to our brave Year 4 pupil.');
    expect(rewriteOf('Brave Grace Adams and Tom Hughes climbed the wall.')).toBe('Two brave Year 4 pupils climbed the wall.');
    // said of the name, not worn by it
    expect(rewriteOf('I cannot say how brilliant Grace Adams has been.', 'personal_post')).toBe('I cannot say how brilliant a Year 4 pupil has been.');
  });

  it('writes a colleague in a staff member\'s own post, and leaves a name out after "my work wife"', () => {
    expect(rewriteOf('Leaving do for Sarah Whitworth tonight!', 'personal_post')).toBe('Leaving do for a colleague tonight!');
    expect(rewriteOf('Thank you Sarah Whitworth for the lift.', 'comment')).toBe('Thank you to a member of staff for the lift.');
    expect(rewriteOf('Happy birthday to my work wife Sarah Whitworth!', 'personal_post')).toBe('Happy birthday to my work wife!');
    // a part in the school says who it is as well: "our SENCo Nadia", "our caretaker Gareth"
    expect(rewriteOf('Our SENCo Sarah Whitworth is the best', 'personal_post')).toBe('Our SENCo is the best');
  });

  it('keeps names apart where words other than "and" or a comma stand between them', () => {
    expect(rewriteOf('Grace Adams played the drum while Ruby Patel sang.')).toBe('A Year 4 pupil played the drum while a Year 6 pupil sang.');
  });

  it('gives names in different sentences rewrites of their own sentence', () => {
    const found = check('Well done Grace Adams. Ruby Patel was brilliant too!');
    expect(found.map((f) => f.suggestion)).toEqual(['Well done to a Year 4 pupil.', 'A Year 6 pupil was brilliant too!']);
  });

  it('leaves out a name that only says again who is meant', () => {
    expect(rewriteOf('My son Jack Wilson has loved his first week.', 'comment')).toBe('My son has loved his first week.');
    expect(rewriteOf("My son's friend Jack Wilson came round.", 'comment')).toBe("My son's friend came round.");
    expect(rewriteOf('Please welcome our new pupil, Ruby Patel, who joins Year 6.')).toBe('Please welcome our new pupil, who joins Year 6.');
    expect(rewriteOf('Our headteacher, Mrs Whitworth, will be at the gate.', 'comment')).toBe('Our headteacher will be at the gate.');
    expect(rewriteOf('Well done to our star of the week, Grace Adams!')).toBe('Well done to our star of the week!');
    expect(rewriteOf('Our winners: Grace Adams and Tom Hughes!')).toBe('Our winners: two Year 4 pupils!');
    // a possessive goes to the words that say who
    expect(rewriteOf("My son Jack Wilson's party was great.", 'comment')).toBe("My son's party was great.");
    expect(rewriteOf("My twins Grace Adams and Tom Hughes's party was great.", 'comment')).toBe("My twins' party was great.");
  });

  it('takes an initial\u2019s full stop with the name where the sentence goes on', () => {
    expect(rewriteOf('Star of the week: Ruby P. for always being kind.')).toBe('Star of the week: a Year 6 pupil for always being kind.');
    const text = 'Well done to Ruby P. Brilliant work this week.';
    expect(rewriteOf(text)).toBe('Well done to a Year 6 pupil.');
  });

  it('leaves a member of staff as written in an official post, and rewrites them with the pupils elsewhere', () => {
    expect(rewriteOf('Thank you Mrs Whitworth and Grace Adams for the assembly.')).toBe('Thank you Mrs Whitworth and a Year 4 pupil for the assembly.');
    expect(rewriteOf('Thanks to Grace Adams, Tom Hughes and Mrs Whitworth!', 'comment')).toBe('Thanks to two Year 4 pupils and a member of staff!');
  });

  it('leaves a name out after its year group\'s part, writing the "a" the part lacks', () => {
    expect(rewriteOf('Year 4 pupil Grace Adams, who lives on Castle Street, raised £200.')).toBe('A Year 4 pupil, who lives on Castle Street, raised £200.');
    expect(rewriteOf('Well done to Year 4 pupil Grace Adams!')).toBe('Well done to a Year 4 pupil!');
    expect(rewriteOf('Well done to the Year 4 girl Grace Adams!')).toBe('Well done to the Year 4 girl!');
    // an initial before a surname goes with it
    expect(rewriteOf('Well done G. Adams for 100% attendance')).toBe('Well done to a Year 4 pupil for 100% attendance');
    // "the" before a part does as "our" does
    expect(rewriteOf('the head teacher Sarah Whitworth needs to answer my email', 'comment')).toBe('the head teacher needs to answer my email');
  });

  it('leaves out a grown-up greeted or spoken to by their child\'s name', () => {
    expect(rewriteOf("Hi Grace Adams's mum, can you message me about the party?", 'comment')).toBe('Hi, can you message me about the party?');
    expect(rewriteOf("Grace Adams's mum, can you message me?", 'comment')).toBe('Can you message me?');
    expect(rewriteOf("Thank you to Grace Adams's mum for the cakes", 'comment')).toBe("Thank you to a Year 4 pupil's mum for the cakes");
  });

  it('leaves out a name said to the person after "you" at the end of a sentence', () => {
    expect(rewriteOf("We'll miss you Grace Adams!")).toBe("We'll miss you!");
    expect(rewriteOf('I told you Grace Adams was ill', 'comment')).toBe('I told you a Year 4 pupil was ill');
  });

  it('leaves a name out after "my gorgeous daughter", keeping the comma the sentence has after it', () => {
    expect(rewriteOf('Happy birthday to my gorgeous daughter Grace Adams, 5 today!', 'personal_post')).toBe('Happy birthday to my gorgeous daughter, 5 today!');
    expect(rewriteOf('Our new pupil, Grace Adams, joins Year 4 today.')).toBe('Our new pupil joins Year 4 today.');
  });

  it('writes a family\'s own child as "my child", not "my pupil"', () => {
    expect(rewriteOf('My Grace Adams loved the nativity, thank you all!', 'comment')).toBe('My child loved the nativity, thank you all!');
    expect(rewriteOf("Your little Ruby Patel's drawing made my day", 'comment')).toBe("Your little child's drawing made my day");
    expect(rewriteOf('my Grace Adams and Ruby Patel both loved it', 'personal_post')).toBe('my two children both loved it');
    // "our" is a family's in a comment or a member of staff's own post, and the school's in its own posts
    expect(rewriteOf('Our Grace Adams is so excited for the trip', 'comment')).toBe('Our child is so excited for the trip');
    expect(rewriteOf('Seven years ago today our Grace Adams arrived', 'personal_post')).toBe('Seven years ago today our child arrived');
    expect(rewriteOf('So proud of our Grace Adams today')).toBe('So proud of our Year 4 pupil today');
  });

  it('lets a word before the name that does the work of "a" do it', () => {
    expect(rewriteOf('So proud of our Jack Wilson today!')).toBe('So proud of our Year 3 pupil today!');
    expect(rewriteOf('Special mention to our very own Ruby Patel!')).toBe('Special mention to our very own Year 6 pupil!');
    // "that" is as often the start of a clause: "Sorry to share that a Year 5 pupil…"
    expect(rewriteOf('Please note that Grace Adams is allergic to sesame.')).toBe('Please note that a Year 4 pupil is allergic to sesame.');
  });

  it('takes out a tag among the tags that end a post, and reads those tags with the sentence before them', () => {
    expect(rewriteOf('Huge cheers for Jack Wilson today #GoJackWilson #proud')).toBe('Huge cheers for a Year 3 pupil today #proud');
    expect(rewriteOf('Congratulations Jack Wilson! #JackWilsonRocks')).toBe('Congratulations to a Year 3 pupil!');
    expect(rewriteOf('A super win today. \u{1F3C6} #ProudOfRubyPatel #TeamOakfield')).toBe('A super win today. \u{1F3C6} #TeamOakfield');
  });

  it('writes the stand-in for a tag that is just the name in the sentence, and offers none for a tag with more in it', () => {
    expect(rewriteOf('Well done #JackWilson')).toBe('Well done to a Year 3 pupil');
    expect(rewriteOf('Cheering on #JackWilson at the finals today')).toBe('Cheering on a Year 3 pupil at the finals today');
    const [found] = check('Cheering on #GoJackWilson at the finals today');
    expect(found).toMatchObject({ category: 'pupil_name', advice: expect.stringContaining('hashtag') });
    expect(found!.suggestion).toBeUndefined();
    // a name beside it, not in a tag, gets no rewrite either (it would leave the tag), and no advice about hashtags
    const [plain, tagged] = check('Cheering on Ruby Patel and #GoJackWilson at the finals today');
    expect(plain).toMatchObject({ category: 'pupil_name' });
    expect(plain!.suggestion ?? plain!.advice).toBeUndefined();
    expect(tagged!.advice).toContain('hashtag');
  });

  it('capitalises a stand-in that starts a quoted line', () => {
    expect(rewriteOf('> Ruby came home covered in glitter, thank you!', 'comment')).toBe('> A Year 6 pupil came home covered in glitter, thank you!');
  });

  it('leaves no name in what any rewrite writes, across the labelled corpus', () => {
    const school = evalRoster();
    const runOn = names.build(school);
    let offered = 0;
    for (const { text, kind } of buildCorpus(school)) {
      for (const f of runOn(prepare(text, kind))) {
        if (f.suggestion === undefined) continue;
        offered++;
        const after = writeIn(text, f);
        const written = { start: f.replaces!.start, end: f.replaces!.start + f.suggestion.length };
        const left = runOn(prepare(after, kind)).filter((g) => g.suggestion !== undefined && g.start >= written.start && g.end <= written.end);
        expect(left.map((g) => after.slice(g.start, g.end)), `${text}\n -> ${f.suggestion}`).toEqual([]);
      }
    }
    expect(offered).toBeGreaterThan(50);
  });
});
