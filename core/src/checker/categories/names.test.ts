import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster, TextKind } from '../types.js';
import { names } from './names.js';

const aPupil = (given: string, family: string, year = '3', photoConsent = true) => ({ given, family, dob: '2016-05-01', year, photoConsent });
const aRoster = (pupils: Roster['pupils'] = [aPupil('May', 'Chen', '3'), aPupil('Grace', 'Adams', '4'), aPupil('Will', 'Okafor', '5'), aPupil('Zoë', 'Brown', '2'), aPupil('Tom', 'Hughes', '4'), aPupil('Hope', 'Nwosu', '1'), aPupil('Ruby', 'Patel', '6')]): Roster => ({
  school: { name: "St Bartholomew's Parish C of E Aided Primary School", short: "St Bart's", town: 'Great Harwood', postcode: 'BB6 7QB' },
  pupils,
  staff: [{ given: 'Sarah', family: 'Whitworth', role: 'headteacher' }],
});
const checkWith = (roster: Roster) => {
  const run = names.build(roster);
  return (text: string, kind: TextKind = 'official_post') => run(prepare(text, kind));
};
const check = checkWith(aRoster());
const named = (text: string, kind: TextKind = 'official_post') => check(text, kind).map((f) => text.slice(f.start, f.end));

describe('names', () => {
  it('finds a pupil named in full and blocks it with a year-group rewrite', () => {
    const [f] = check('Well done May Chen for a brilliant assembly!');
    expect(f).toMatchObject({ category: 'pupil_name', severity: 'block', start: 10, end: 18 });
    expect(f!.reason).toBe('Names a pupil (May Chen, Year 3). Pupils must not be named in public posts.');
    expect(f!.suggestion).toBe('Well done to a Year 3 pupil for a brilliant assembly!');
  });

  it('says which range its rewrite replaces: the sentence around the name, so writing it in keeps the rest', () => {
    const text = 'What a week! Well done May Chen for a brilliant assembly! See you Monday.';
    const [f] = check(text);
    expect(text.slice(f!.replaces!.start, f!.replaces!.end)).toBe('Well done May Chen for a brilliant assembly!');
    const written = text.slice(0, f!.replaces!.start) + f!.suggestion! + text.slice(f!.replaces!.end);
    expect(written).toBe('What a week! Well done to a Year 3 pupil for a brilliant assembly! See you Monday.');
    expect(f!.advice).toBeUndefined();
  });

  it('does not read the verb after a name as another name in a list', () => {
    expect(named('In May, May Chen will represent Year 2 at the art show.')).toEqual(['May Chen']);
    expect(named('Thanks to Grace and Will for tidying up.')).toEqual(['Grace', 'Will']);
    // in a text with capitals, a lower-case word after a name and a comma is no name in a list
    expect(named('Our headteacher, Mrs Whitworth, will be at the gate.')).toEqual(['Mrs Whitworth']);
  });

  it('reads a pupil\'s surname after a title as a grown-up, a parent or a teacher, not the pupil', () => {
    // Ruby Patel is a pupil; no member of staff is a Patel
    expect(named("Mr Patel's class won the attendance cup.")).toEqual([]);
    expect(named('Thanks to Mrs. Patel for running the bake sale.')).toEqual([]);
    // a title before a pupil's full name is a grown-up who shares it, both words of it
    expect(named('Please welcome Miss Grace Adams, our new Year 4 teacher!')).toEqual([]);
    expect(named('Well done Grace Adams!')).toEqual(['Grace Adams']);
    // a visitor's rank or office, with its capital
    expect(named('Year 6 enjoyed a talk from PC Patel about staying safe online.')).toEqual([]);
    expect(named('Sgt. Patel brought the police dog in, and Cllr Patel opened the library.')).toEqual([]);
    expect(named('Well done Patel in Year 6!')).toEqual(['Patel']);
    // a lower-case "miss" is the verb
    expect(named('We will all miss Patel in Year 6', 'comment')).toEqual(['Patel']);
    // a member of staff with the title is still found as such
    expect(named('Our headteacher, Mrs Whitworth, will be at the gate.')).toEqual(['Mrs Whitworth']);
  });

  it('finds a surname made a nickname with a "y", but not where that makes a word', () => {
    const staff = checkWith({ ...aRoster([aPupil('Tom', 'Walsh', '4')]), staff: [{ given: 'Sarah', family: 'Whitworth', role: 'headteacher' }, { given: 'Ian', family: 'Frost', role: 'teacher' }, { given: 'Lee', family: 'Archer', role: 'teacher' }] });
    const found = (text: string) => staff(text, 'personal_post').map((f) => [f.category, text.slice(f.start, f.end)]);
    expect(found("Whitworthy's new haircut is something else")).toEqual([['staff_name', 'Whitworthy']]);
    expect(found('Shout out to Walshy for carrying the chairs')).toEqual([['pupil_name', 'Walshy']]);
    // "Frosty" and "Archery" are words
    expect(found('Frosty morning, then archery club with Year 6')).toEqual([]);
  });

  it('reads a name spelt out letter by letter as the name, and single letters that spell none as they are', () => {
    expect(named('everyone knows what G r a c e   A d a m s did', 'comment')).toEqual(['G r a c e   A d a m s']);
    expect(named('R-u-b-y P-a-t-e-l is a liar', 'comment')).toEqual(['R-u-b-y P-a-t-e-l']);
    expect(named('Ruby.P.a.t.e.l and H.u.g.h.e.s', 'comment')).toContain('H.u.g.h.e.s');
    // an initial before text-speak is still an initial: "u r" is not part of a name
    expect(named('Ruby P u r so annoying', 'comment')).toEqual(['Ruby P']);
    expect(named('Year 6 A B C groups go first, then Year 4', 'official_post')).toEqual([]);
    // l33t vowels among the letters, the first of them too
    expect(named('everyone knows 9 r 4 c 3   4 d 4 m 5 is a liar', 'comment')).toEqual(['9 r 4 c 3   4 d 4 m 5']);
    // a run of single characters that opens with a number is the number: its digits spell no name
    expect(named('Year 6 3 A B 2 groups, and 0 7 7 0 0 for the office', 'official_post')).toEqual([]);
  });

  it('finds a given name with the family initial', () => {
    expect(named('A lovely story by May C. today')).toEqual(['May C']);
  });

  it('does not read "May I ask" as a given name and initial', () => {
    expect(named('May I ask everyone to bring a coat?')).toEqual([]);
  });

  it('finds a surname alone when only one person on the roll has it', () => {
    expect(named('Hughes scored twice.')).toEqual(['Hughes']);
  });

  it('does not find a surname alone that two pupils share', () => {
    const shared = checkWith(aRoster([aPupil('Amir', 'Khan'), aPupil('Sana', 'Khan')]));
    expect(shared('Khan scored twice.')).toEqual([]);
  });

  it('finds possessives of given and family names', () => {
    expect(named("Will's painting won and Chen's poem came second")).toEqual(['Will', 'Chen']);
  });

  it('matches across case and accents both ways', () => {
    expect(named('well done zoe brown')).toEqual(['zoe brown']);
    expect(named('Well done Zoë Brown')).toEqual(['Zoë Brown']);
    const plain = checkWith(aRoster([aPupil('Zoe', 'Brown')]));
    expect(plain('Well done Zoë Brown')).toHaveLength(1);
  });

  it('sees through look-alike letters and invisible characters', () => {
    expect(named('Well done \u041cay \u0421hen')).toEqual(['\u041cay \u0421hen']); // Cyrillic М and С
    expect(named('Well done To\u200Bm Hughes')).toEqual(['To\u200Bm Hughes']);
  });

  it('points at the name in the original text when emoji surround it', () => {
    const text = '🎉🎉 Congratulations to 🌟Tom Hughes🌟 🎉';
    expect(named(text)).toEqual(['Tom Hughes']);
  });

  it('finds an ordinary-word name at the start of a sentence when it does what only a person does', () => {
    expect(named('Year 4 at the Roman Baths. Ruby asked the guide whether the Romans had toilets')).toEqual(['Ruby']);
    expect(named('Hope told us all about her trip')).toEqual(['Hope']);
    expect(named('May is mental health awareness month')).toEqual([]);
    expect(named('Ruby Class asked for more glue sticks')).toEqual([]);
    // one of two people: "Ruby and I", but not a value or a season
    expect(named('Off to the panto! Ruby and I have the best seats', 'personal_post')).toEqual(['Ruby']);
    expect(named('Hope and I: a talk on resilience', 'personal_post')).toEqual([]);
    // an award list, and coming home or first
    expect(named('Writers of the week! Year 3: Ruby for her rainforest poem.')).toEqual(['Ruby']);
    expect(named('Hope came home singing the harvest song')).toEqual(['Hope']);
    expect(named('Summer came early this year')).toEqual([]);
    // in a state only a person is in, or said to be a child
    expect(named('Ruby was upset all weekend because of what happened at school', 'comment')).toEqual(['Ruby']);
    expect(named('Hope got pushed at break', 'comment')).toEqual(['Hope']);
    expect(named('Ruby is such a kind girl, my daughter loves her', 'comment')).toEqual(['Ruby']);
    expect(named('Hope was restored when the sun came out', 'comment')).toEqual([]);
    expect(named('May is a busy month', 'comment')).toEqual([]);
    expect(named("Hope is a girl's name", 'comment')).toEqual([]);
  });

  it('finds an ordinary-word name doing something of their own, said with their pronoun', () => {
    expect(named('Grace looks like she has not slept in a week', 'comment')).toEqual(['Grace']);
    expect(named('I hope Hope knows how brilliant her speech was today', 'personal_post')).toEqual(['Hope']);
    expect(named('Ruby brought in a photo of her hamster')).toEqual(['Ruby']);
    // what only a person does, after the name (set 10, read): "May taught everyone to say…"
    expect(named('and May taught everyone to say "xin nian kuai le"')).toEqual(['May']);
    // the verb "hope" and "will", a flower, a month, a value: no deed of a person's own, whatever pronoun follows
    expect(named('Hope that teacher finds her keys', 'comment')).toEqual([]);
    expect(named('Will tell him tomorrow', 'comment')).toEqual([]);
    expect(named('Ruby chains on the field with her friends', 'comment')).toEqual([]);
    expect(named('May brings her blossom to the school garden')).toEqual([]);
    expect(named('Hope is fading for her team this season', 'comment')).toEqual([]);
    // a deed with nobody's pronoun after it stays unread: "Grace looks lovely in the new hall" may be the hall's
    expect(named('Grace looks lovely in the new hall')).toEqual([]);
  });

  it('finds a name that is a thing said straight to the child, without a comma', () => {
    expect(named('Ruby ur so annoying stop copying me', 'comment')).toEqual(['Ruby']);
    expect(named("Ruby you're next on the register", 'comment')).toEqual(['Ruby']);
    // a name that is a verb or a value says no such thing
    expect(named("Hope you're all well after the holidays", 'comment')).toEqual([]);
    expect(named('Will you help at the fair?', 'comment')).toEqual([]);
  });

  it('finds a given name that is not an ordinary word wherever it appears', () => {
    expect(named('tom played the lead role')).toEqual(['tom']);
  });

  describe('given names that are ordinary words', () => {
    it.each([
      'Will everyone please bring a packed lunch on Friday.',
      'May is mental health month.',
      'We hope you enjoy the holidays.',
      'Grace before lunch is said in the hall.',
      'Our trip is in May this year.',
      'The fair is on 5 May.',
      'Ruby Class won the attendance cup.',
      'Hope Street is closed for roadworks.',
      'Our values of Faith, Hope and Love guide us.',
      'Thank you. May is a busy month for Year 6.',
      'Will Everyone Please Return Their Reading Books',
      'Will Year 6 SATs be affected? No.',
      'Will Reception need a packed lunch on the trip?',
      'We sang Amazing Grace in assembly.',
      'We talked about hope in class today.',
      'The children talked about grace in class today.',
      "The ruby's colour was deep red in class.",
      'Hope in the middle of the storm kept us going.',
      'We loved the Summer in the photo, so sunny.',
    ])('do not fire on ordinary use: %s', (text) => {
      expect(named(text)).toEqual([]);
    });

    it.each([
      ['Well done May Chen', 'May Chen'],
      ['Grace in Year 4 read beautifully.', 'Grace'],
      ['May from Year 3 won the poetry prize.', 'May'],
      ['congratulations to Will!', 'Will'],
      ["Will's painting is in the hall.", 'Will'],
      ['Huge thanks to Grace and Tom for helping.', 'Grace'],
      ['Thanks to Tom and Grace for helping.', 'Grace'],
      ['Happy birthday Hope!', 'Hope'],
      ['A big shout out to Ruby (Y6) for her kindness.', 'Ruby'],
      ['The certificate went to Grace today.', 'Grace'],
      ['We are so proud of Will for his swim.', 'Will'],
      ['Hope in class 3 read beautifully.', 'Hope'],
      // lower case throughout but for one name, with a numbered year group
      ['cant believe hope from year 6 got school council, so fake. Tom Hughes agrees', 'hope'],
      ['we talked about hope in class today', 'hope'],
      // placed in a picture
      ['Is that Hope on the left in the photo?', 'Hope'],
      ['Grace in the middle looks so grown up!', 'Grace'],
      // a question about the child, not one that opens with the verb
      ['Will in Year 5 be on the trip?', 'Will'],
    ])('fire where they name the child: %s', (text, name) => {
      expect(named(text)).toContain(name);
    });
  });

  it('rewrites a possessive and a year reference into the stand-in', () => {
    expect(check("Will's painting is in the hall.")[0]!.suggestion).toBe("A Year 5 pupil's painting is in the hall.");
    expect(check('Grace in Year 4 read beautifully.')[0]!.suggestion).toBe('A Year 4 pupil read beautifully.');
  });

  it('finds a name run together in a camel-case hashtag or handle, and rewrites the hashtag', () => {
    const [f] = check('#StarOfTheWeek goes to #MayChen for her science project!');
    expect(f).toMatchObject({ category: 'pupil_name', start: 24, end: 31 });
    expect(f!.suggestion).toBe('#StarOfTheWeek goes to a Year 3 pupil for her science project!');
    expect(named('Follow @TomHughes4 for match reports')).toEqual(['TomHughes']);
    expect(named('Happy #MayDay from Year 2!')).toEqual([]);
    expect(named('#maychen')).toEqual([]);
  });

  it('leaves a place whose name holds a name on the roll alone (eval:innocent-words)', () => {
    const withPlaces = checkWith(aRoster([aPupil('Oscar', 'Lewis', '5'), aPupil('Hope', 'Nwosu', '1'), aPupil('Helen', 'Marsh', '2')]));
    for (const text of [
      'Our Year 5 trip to the Isle of Lewis was a great day out.',
      'Our Year 5 trip to Stanford-le-Hope was a great day out.',
      'Our Year 5 trip to Burgh le Marsh was a great day out.',
      'Our Year 5 trip to St Helens was a great day out.',
      'Our Year 5 trip to Saint Helens was a great day out.',
    ])
      expect(withPlaces(text).map((f) => text.slice(f.start, f.end)), text).toEqual([]);
    // the child is still found by a cue or a year group, and by the full name
    expect(withPlaces('Well done to Hope in Year 1 for her reading.').map((f) => f.category)).toEqual(['pupil_name']);
    expect(withPlaces('Oscar Lewis visited the Isle of Wight.').map((f) => f.category)).toEqual(['pupil_name']);
  });

  it('reads a given name after "the" as a people or a thing, not a child, but not "the Okafor twins"', () => {
    const withMaya = checkWith(aRoster([aPupil('Maya', 'Patel', '5'), aPupil('Will', 'Okafor', '5')]));
    const named = (text: string) => withMaya(text).map((f) => text.slice(f.start, f.end));
    expect(named('Year 5 have been learning about the Maya.')).toEqual([]);
    expect(named('Year 6 studied the ancient Maya: their calendar and chocolate.')).toEqual([]);
    expect(named('Well done Maya for your project on the Maya!')).toEqual(['Maya']);
    expect(named('Maya in Year 5 made a mask.')).toEqual(['Maya']);
    expect(named('The Okafor twins won the relay.')).toEqual(['Okafor']);
  });

  it('reads an ordinary-word name after "Team" or "House" as the team, but finds the child who shares it', () => {
    expect(named('Congratulations to Team Hope, who absolutely smashed it in the relay')).toEqual([]);
    expect(named('Well done House Ruby for the most points')).toEqual([]);
    expect(named('Congratulations to Hope, who won the relay')).toEqual(['Hope']);
    expect(named('Well done to Team Hope and Ruby Patel')).toEqual(['Ruby Patel']);
  });

  it('splits a hashtag at a capital after an accented letter', () => {
    expect(named('Star of the week: #ZoëBrown!')).toEqual(['ZoëBrown']);
  });

  it('reads letters styled bold or italic as the capitals they are drawn as', () => {
    // "Hope" and "Will" are ordinary words, names only with their capitals: a bold capital is one, in two units
    expect(named('Well done to \u{1D407}\u{1D428}\u{1D429}\u{1D41E} \u{1D40D}\u{1D430}\u{1D428}\u{1D42C}\u{1D42E} for a super week')).toEqual(['𝐇𝐨𝐩𝐞 𝐍𝐰𝐨𝐬𝐮']);
    expect(named('\u{1D407}\u{1D428}\u{1D429}\u{1D41E} you all have a lovely half term')).toEqual([]);
  });

  it('rewrites "the Chen family" as a pupil\u2019s family', () => {
    const [f] = check("Thank you to everyone who gave to the Chen family's appeal.");
    expect(f!.suggestion).toBe("Thank you to everyone who gave to a Year 3 pupil's family's appeal.");
  });

  it('lists everyone a shared given name could mean', () => {
    const twoGraces = checkWith(aRoster([aPupil('Grace', 'Adams', '4'), aPupil('Grace', 'Lee', '2')]));
    const [f] = twoGraces('Well done Grace!');
    expect(f!.reason).toBe('Names a pupil (Grace: Grace Adams, Year 4, or Grace Lee, Year 2). Pupils must not be named in public posts.');
    expect(f!.suggestion).toBe('Well done to a pupil!');
  });

  it('blocks pupil names in comments too', () => {
    expect(check('Go on May Chen!', 'comment')[0]!.severity).toBe('block');
  });

  it('marks staff names as info in official posts and a warning in personal posts and comments', () => {
    expect(check('Thank you Mrs Whitworth for the assembly', 'official_post')[0]).toMatchObject({ category: 'staff_name', severity: 'info' });
    expect(check('Sarah Whitworth was so unfair today', 'personal_post')[0]).toMatchObject({ category: 'staff_name', severity: 'warning' });
    expect(check('Mr. Whitworth?', 'comment')[0]).toMatchObject({ category: 'staff_name', severity: 'warning' });
    expect(check('Thank you Mrs Whitworth', 'official_post')[0]!.reason).toContain('Sarah Whitworth, headteacher');
  });

  it('finds nothing in a text with no names', () => {
    expect(check('Year 5 had a wonderful trip to the museum. Well done everyone!')).toEqual([]);
  });

  describe('nicknames the school added (aka)', () => {
    const withAka = checkWith({
      ...aRoster([aPupil('Oliver', 'Bamford', '5'), aPupil('Sunny', 'Osei', '2'), { ...aPupil('Joy', 'Park', '3'), aka: ['Sunny'] }]),
      staff: [{ given: 'Tom', family: 'Tennant', role: 'teacher', aka: ['Mr T'] }],
    });
    const withOllie = checkWith({ ...aRoster([{ ...aPupil('Oliver', 'Bamford', '5'), aka: ['Ollie B'] }]), staff: [] });

    it('finds a member of staff by their nickname, as that member of staff', () => {
      const text = 'Mr T was so unfair today';
      const [f] = withAka(text, 'personal_post');
      expect(f).toMatchObject({ category: 'staff_name', severity: 'warning' });
      expect(text.slice(f!.start, f!.end)).toBe('Mr T');
      expect(f!.reason).toBe('Names a member of staff (Mr T: Tom Tennant, teacher). Colleagues should not be named in personal posts or comments.');
      expect(f!.suggestion).toBe('A colleague was so unfair today');
      expect(withAka(text, 'comment')[0]!.suggestion).toBe('A member of staff was so unfair today');
    });

    it('finds a pupil by their nickname, as that pupil, with the usual rewrite', () => {
      const text = 'Well done Ollie B for a brilliant swim!';
      const [f] = withOllie(text);
      expect(f).toMatchObject({ category: 'pupil_name', severity: 'block' });
      expect(text.slice(f!.start, f!.end)).toBe('Ollie B');
      expect(f!.reason).toBe('Names a pupil (Ollie B: Oliver Bamford, Year 5). Pupils must not be named in public posts.');
      expect(f!.suggestion).toBe('Well done to a Year 5 pupil for a brilliant swim!');
    });

    it('sees a nickname through case, possessives and look-alike letters', () => {
      const run = (text: string) => withOllie(text).map((f) => text.slice(f.start, f.end));
      expect(run("ollie b's painting")).toEqual(["ollie b"]);
      expect(run('Well done Оlliе B')).toEqual(['Оlliе B']); // Cyrillic О and е
    });

    it('does not find part of a nickname on its own', () => {
      expect(withOllie('Ollie won the race')).toEqual([]);
      expect(withAka('Mr Tennant and T-shirts', 'comment').map((f) => f.category)).toEqual(['staff_name']);
    });

    it('needs the same cue as a given name when a nickname is an ordinary word', () => {
      expect(withAka('What a sunny day for sports day!')).toEqual([]);
      const [f] = withAka('Well done Sunny for your reading!');
      expect(f!.reason).toBe('Names a pupil (Sunny: Sunny Osei, Year 2, or Joy Park, Year 3). Pupils must not be named in public posts.');
    });
  });

  describe('families of words that look like names', () => {
    // a roll with given names that stories and places use, and surnames that are everyday words
    const school = checkWith({
      ...aRoster([aPupil('Jack', 'Wilson', '1'), aPupil('Harry', 'Clarke', '2'), aPupil('May', 'Chen', '3'), aPupil('Rose', 'Hill', '3'), aPupil('Will', 'Okafor', '5'), aPupil('Siân', 'Evans', '4'), aPupil('Summer', 'Davies', '6'), aPupil('Peter', 'Jones', '2'), aPupil('Noah', 'Patel', '2'), aPupil('Muhammad', 'Rahman', '5'), aPupil('Henry', 'Lee', '4'), aPupil('Amy', 'Dawson', '1'), aPupil('Ben', 'Dawson', '3'), aPupil('Sienna', 'Kaur', '6')]),
      staff: [
        { given: 'Fiona', family: 'Grant', role: 'slt' },
        { given: 'Joanne', family: 'Frost', role: 'slt' },
        { given: 'Paul', family: 'Cartwright', role: 'teacher' },
        { given: 'Simon', family: 'Cartwright', role: 'teacher' },
        { given: 'David', family: 'Hughes', role: 'headteacher' },
        { given: 'Neil', family: 'Underwood', role: 'teacher' },
      ],
    });
    const found = (text: string, kind: TextKind = 'official_post') => school(text, kind).map((f) => text.slice(f.start, f.end));

    describe('stories, characters, people and sayings with a name in them are the phrase, not a pupil', () => {
      it.each([
        'Year 1 have been reading Jack and the Beanstalk and growing their own beans.',
        'Harry Potter Book Night is on Thursday.',
        'Our Jack Russell has eaten a whole packet of crayons.',
        'Jack Frost has visited! Please take care on the icy path.',
        'jack frost nipped the sunflowers',
        'Please bring your Jack-in-the-box models home.',
        'Year 2 are making Union Jack bunting for the street party.',
        'Year 3 loved the Peter Pan pantomime.',
        'The story of Noah\u2019s Ark was read in assembly.',
        'We are reading Jacqueline Wilson books this term.',
        'Neil Armstrong was the first person to walk on the moon.',
        'Year 6 mixed burnt sienna and ochre for their landscapes.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('still finds the pupil when their full name is written, or the name alone is said to them', () => {
        expect(found('Jack Wilson was the giant in Jack and the Beanstalk.')).toEqual(['Jack Wilson']);
        expect(found('Well done Harry!')).toEqual(['Harry']);
        expect(found('Noah from Year 2 built an ark.')).toEqual(['Noah']);
        const potter = checkWith(aRoster([aPupil('Harry', 'Potter', '4')]));
        expect(potter('Harry Potter won the spelling bee.').map((f) => f.reason)).toEqual(['Names a pupil (Harry Potter, Year 4). Pupils must not be named in public posts.']);
      });

      it('reads a name used as slang, a newborn daughter, a jazz singer and a picture book as not a pupil', () => {
        const school = checkWith(aRoster([aPupil('Karen', 'Dale'), aPupil('Ruby', 'Patel'), aPupil('Ella', 'Shaw'), aPupil('Alfie', 'Ward')]));
        const said = (text: string) => school(text).map((f) => text.slice(f.start, f.end));
        expect(said("What a Karen move, complaining about the parking")).toEqual([]);
        expect(said('Stop being such a Karen')).toEqual([]);
        // characters, songs and sayings, and a faith leader by title (sets 9, 11, 16, 24 and 26)
        const more = checkWith(aRoster([aPupil('Louise', 'Dale'), aPupil('Sally', 'Ward'), aPupil('Yusuf', 'Khan'), aPupil('Wayne', 'Shaw')]));
        for (const text of ['Jeez Louise, the queue for the bouncy castle', 'killed it on the dance floor to Mustang Sally', 'Shere Khan is my 7 year old and he roared at everyone', 'Walking like John Wayne today', 'Grandad came as Bruce Wayne', 'Imam Yusuf showed the children how to wash before prayer'])
          expect(more(text).map((f) => text.slice(f.start, f.end)), text).toEqual([]);
        expect(more('Well done Yusuf Khan and Sally!').map((f) => f.category)).toEqual(['pupil_name', 'pupil_name']);
        // told to a stranger (sets 11, 13 and 14)
        for (const text of ['stfu Karen nobody asked 🙄', 'ok Karen, whatever you say', 'Calm down Karen it was a joke']) expect(said(text), text).toEqual([]);
        expect(said('Congratulations to the Lees on the birth of their baby daughter, Ruby, 7lb 2oz')).toEqual([]);
        expect(said('Year 4 listened to Ella Fitzgerald and Louis Armstrong')).toEqual([]);
        expect(said('Reception loved Alfie Gets in First')).toEqual([]);
        expect(said('Thanks Karen and Ella for tidying up!')).toEqual(['Karen', 'Ella']);
      });

      it('reads a phrase in the plural as the phrase: "Harry Potters"', () => {
        expect(found('We are expecting a lot of Matildas, Gruffalos and Harry Potters on World Book Day.')).toEqual([]);
      });

      it('reads a book\'s heroine a child went as as the character: "went as Matilda", "a very convincing Matilda" (sets 27, t4)', () => {
        const withMatilda = checkWith(aRoster([aPupil('Matilda', 'Dawson', '3'), aPupil('Alice', 'Kaur', '2')]));
        const named = (text: string) => withMatilda(text, 'official_post').map((f) => text.slice(f.start, f.end));
        expect(named('My daughter went as Matilda and spent the day trying to move her water bottle with her eyes.')).toEqual([]);
        expect(named('Costume winners: a very convincing Matilda, a homemade Gruffalo and a Mr Tumnus.')).toEqual([]);
        expect(named('She came dressed up as Alice, rabbit and all.')).toEqual([]);
        // the child herself, whatever she went as
        expect(named('Matilda came dressed as a Gruffalo.')).toEqual(['Matilda']);
        expect(named('Well done Matilda for your reading!')).toEqual(['Matilda']);
        expect(named('Matilda Dawson went as Matilda!')).toEqual(['Matilda Dawson']);
      });

      it('reads a name after "production of" as a show, before "costume" as a character, and beside "my cat" as a pet', () => {
        for (const text of [
          'Tickets for the Year 5 and 6 production of "Harry!" go on sale Monday.',
          'That Harry costume was genius',
          'Our dog Noah has eaten a whole packet of crayons.',
          'the class hamster, Harry, is staying with us for the holidays',
          'Harry and Noah, my two cats, have destroyed the Christmas tree.',
          'Lost: black cat called Frost, white paws, very friendly.',
        ])
          expect(found(text), text).toEqual([]);
        expect(found("Mrs Frost's cat is called Tiddles")).toEqual(['Mrs Frost']);
        // the same names said of children
        expect(found("Harry's costume was the best")).toEqual(['Harry']);
        expect(found('Harry, my son, is poorly')).toEqual(['Harry']);
        expect(found('Well done Harry and Noah for the production')).toEqual(['Harry', 'Noah']);
      });

      it('reads a name with its own "!" mid-sentence, in a text about a show, as the show (sets 5, 6 and 18)', () => {
        for (const text of ['Year 6 performed Harry! last night and it was the bomb', 'Break a leg to the Year 6 cast tonight! Harry! starts at 6pm.', 'Tickets for Year 6\u2019s \u201cHarry!\u201d go on sale on Monday.'])
          expect(found(text), text).toEqual([]);
        // a child cheered, where the "!" ends the sentence or nothing is said of a show
        expect(found('Well done Harry! You were brilliant in the show.')).toEqual(['Harry']);
        expect(found('Go Harry! so proud of you')).toEqual(['Harry']);
      });

      it('reads a given name after St, King, Prince or Prophet as a saint, monarch or prophet, and Henry VIII as a king', () => {
        expect(found("Happy St David's Day from Year 2!")).toEqual([]);
        expect(found('Happy St. Peter\u2019s Day')).toEqual([]);
        expect(found('Year 5 have been learning about the Prophet Muhammad.')).toEqual([]);
        expect(found('Year 4 are studying Henry VIII and his six wives.')).toEqual([]);
        // but a child with a lower-case role before the name is still the child
        expect(found('Well done to our team captain Will for leading the side.')).toEqual(['Will']);
        expect(found('Huge congratulations to our new House Captain Will, who gave a great speech today.')).toEqual(['Will']);
        expect(found('Henry in Year 4 read beautifully.')).toEqual(['Henry']);
      });
    });

    describe('a name followed by a place word, or an ordinary-word surname after another capitalised word, is a place', () => {
      it.each([
        'Lovely walk up May Hill with the dog this morning.',
        'Rose Road is closed for resurfacing.',
        'We sang at Summer Lane care home.',
        'We walked up to Hill Top Farm.',
        'We had a picnic on Primrose Hill after the zoo.',
        'Miss Hill is covering the class today.',
        'Hope St will be closed on Saturday.',
        'Join our Summer Reading Challenge at the library.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but the pupil named in full, or the surname said to them, still counts', () => {
        expect(found('Well done Rose Hill for her kindness.')).toEqual(['Rose Hill']);
        expect(found('Rose Hill is in Year 3 and she is being picked on.')).toEqual(['Rose Hill']);
        expect(found('Well done Hill!')).toEqual(['Hill']);
      });
    });

    describe('a surname that is an everyday word needs a capital or a cue', () => {
      it.each([
        'We have been awarded a £5,000 grant from the National Lottery.',
        'Please apply for the grant by Friday.',
        'There was frost on the field this morning.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('and counts with one', () => {
        expect(school('I spoke to Grant about it.', 'comment').map((f) => f.category)).toEqual(['staff_name']);
        expect(found('Thank you Mrs Grant for the assembly.')).toEqual(['Mrs Grant']);
        expect(found('Mrs Frost\u2019s class went to the zoo.')).toEqual(['Mrs Frost']);
      });
    });

    describe('a name in an email address is personal data, not a name in the text', () => {
      it.each([
        'Drop me a line at mike dot evans at gmail dot com if you need a lift.',
        'Email sian.evans@gmail.com for the photos.',
        'it is sian dot evans at hotmail dot co dot uk',
        'Write to mike.evans at gmail.com please',
        'Contact me at evans at btinternet dot com',
      ])('%s', (text) => {
        expect(found(text, 'comment')).toEqual([]);
      });

      it('nor is a website named like a pupil', () => {
        expect(found('The dress is from evans.com/dress-123 and was £15', 'personal_post')).toEqual([]);
        expect(found('Book at www.evans.co.uk before Friday', 'comment')).toEqual([]);
        // a name written with a dot for a space is no website
        expect(found('Sian.Evans is a liar', 'comment')).toEqual(['Sian.Evans']);
      });

      it('nor is a firm whose name is a pupil\'s surname and another joined by "&"', () => {
        expect(found('Uniform is available from Evans & Buckland in town', 'official_post')).toEqual([]);
        // but two names on the roll so joined are two pupils
        expect(found('Evans & Patel were brilliant in the play', 'comment')).toEqual(['Evans', 'Patel']);
      });

      it('but the name beside an address, or "at" in a sentence, still counts', () => {
        expect(found('Evans at the back scored twice.', 'comment')).toEqual(['Evans']);
        expect(found('Well done Siân Evans! Photos from office@oakfield.sch.uk', 'comment')).toEqual(['Siân Evans']);
      });
    });

    describe('someone spoken to by name', () => {
      it('finds a surname two staff share when it is said to one of them, and lists both', () => {
        const text = "Touch my son again and you're dead, Cartwright.";
        const [f] = school(text, 'comment');
        expect(text.slice(f!.start, f!.end)).toBe('Cartwright');
        expect(f!.reason).toBe('Names a member of staff (Cartwright: Paul Cartwright, teacher, or Simon Cartwright, teacher). Colleagues should not be named in personal posts or comments.');
        expect(found('Cartwright, you should be ashamed.', 'comment')).toEqual(['Cartwright']);
        expect(found('Well done Dawson!')).toEqual(['Dawson']);
      });

      it('says a title and surname two staff share as written, not as the first one\'s given name', () => {
        const [f] = school('Thank you Mr Cartwright for the trip.', 'comment');
        expect(f!.reason).toBe('Names a member of staff (Mr Cartwright: Paul Cartwright, teacher, or Simon Cartwright, teacher). Colleagues should not be named in personal posts or comments.');
        expect(school('Thank you Mrs Grant for the trip.', 'comment')[0]!.reason).toBe('Names a member of staff (Fiona Grant, slt). Colleagues should not be named in personal posts or comments.');
      });

      it('does not find a shared surname said about no one in particular', () => {
        expect(found('I told Cartwright he was out of order.', 'comment')).toEqual([]);
        expect(found('The Cartwright Road entrance is closed.')).toEqual([]);
        expect(found('Dawson scored twice.')).toEqual([]);
      });

      it('finds an ordinary-word name in lower case when it is praised and the sentence ends', () => {
        expect(found('Well done rose!! 🌹 so proud of you xx', 'comment')).toEqual(['rose']);
        expect(found('Happy birthday may', 'comment')).toEqual(['may']);
      });

      it.each([
        'Goodbye summer! See you all in September.',
        'Well done to the rose garden team!',
        'Thank you! May we remind everyone about the trip.',
        'We have had a lovely time, summer.',
      ])('but not a season, a thing or a sentence that goes on: %s', (text) => {
        expect(found(text, 'comment')).toEqual([]);
      });
    });

    describe('names before a group they belong to', () => {
      it.each([
        ['Will and May from the school council presented the cheque to the foodbank today.', ['Will', 'May']],
        ['Jack in my class said the funniest thing today.', ['Jack']],
        ['Summer from the eco team planted the bulbs.', ['Summer']],
      ])('%s', (text, names) => {
        expect(found(text as string, 'personal_post')).toEqual(names);
      });

      it.each([
        'Will you and the school council help at the fair?',
        'May and June are busy months for the school council.',
        'We hope from the school council to raise £500.',
        'Hope in the team is high before Saturday.',
        'Summer in the class garden has been glorious.',
      ])('but not an ordinary word before one: %s', (text) => {
        expect(found(text)).toEqual([]);
      });
    });
  });

  describe('people, animals and things that are not on the roll', () => {
    // a roll whose names are also authors', artists', businesses', colours and pets' names
    const roll = checkWith({
      ...aRoster([aPupil('Ivy', 'Green', '3'), aPupil('Ella', 'Brown', '2'), aPupil('Rose', 'Hill', '2'), aPupil('Grace', 'Adams', '4'), aPupil('Will', 'Okafor', '5'), aPupil('Alfie', 'Turner', '5'), aPupil('Jacob', 'Rowe', '4'), aPupil('Oscar', 'Lewis', '4'), aPupil('Freya', 'Nowak', '6'), aPupil('Kai', 'Nguyen', '4'), aPupil('Lily', 'Ward', '1'), aPupil('Ruby', 'Ahmed', 'R'), aPupil('Samuel', 'Yates', '3'), aPupil('Oliver', 'Bennett', '1'), aPupil('Tom', 'Baxter', '6'), aPupil('Hope', 'Nwosu', '1')]),
      staff: [
        { given: 'Holly', family: 'Reid', role: 'teacher' },
        { given: 'Mark', family: 'Holloway', role: 'teacher' },
        { given: 'Tom', family: 'Fletcher', role: 'teacher' },
        { given: 'David', family: 'Hughes', role: 'headteacher' },
        { given: 'Laura', family: 'Jones', role: 'teacher' },
      ],
    });
    const found = (text: string, kind: TextKind = 'official_post') => roll(text, kind).map((f) => text.slice(f.start, f.end));

    describe('authors, artists and historical figures a school teaches, initials and all', () => {
      it.each([
        'Year 4 are reading The Hound of the Baskervilles by Arthur Conan Doyle.',
        'Samuel Pepys kept a diary through the plague year.',
        'Our poetry display is all about Ted Hughes and his animal poems.',
        'Year 2 loved The Magician\u2019s Nephew by C. S. Lewis.',
        'Year 6 debated whether C.S. Lewis or J.R.R. Tolkien told the better story.',
        'Oliver Cromwell closed the theatres, Year 5 told us.',
        'Year 6 sang a Tom Jones song at the leavers\u2019 assembly.',
        'The children compared Lewis Hamilton with Ayrton Senna.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but the pupil who shares the name is still found', () => {
        expect(found('Well done Oscar Lewis for your Narnia model!')).toEqual(['Oscar Lewis']);
        expect(found('Lewis in Year 4 wrote a poem about the lamp-post.')).toEqual(['Lewis']);
        expect(found('Samuel from Year 3 read his diary aloud.')).toEqual(['Samuel']);
        expect(found('Thanks to Oliver and Samuel for the Great Fire display.')).toEqual(['Oliver', 'Samuel']);
      });
    });

    describe('a surname said of the artist or writer a class studies', () => {
      it.each([
        'Year 3 have been painting skies in the style of Turner.',
        'This half term Year 6 studied Turner and his shipwrecks.',
        'Year 2 have been learning about Hughes and his Iron Woman.',
        'Inspired by Turner, Year 5 painted the harbour.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but not a pupil praised or placed in a year group', () => {
        expect(found('Well done Turner!')).toEqual(['Turner']);
        expect(found('Turner in Year 5 painted a stormy sea.')).toEqual(['Turner']);
        expect(found('Well done Alfie Turner, who studied the harbour all week.')).toEqual(['Alfie Turner']);
      });
    });

    describe('a well-known person with a full name on the roll, said to be them', () => {
      it.each([
        'We had a video message from Tom Fletcher, the author of The Christmasaurus!',
        'A signed copy of The Christmasaurus by Tom Fletcher is in the raffle.',
        "Reading Tom Fletcher's new book to my own two at bedtime.",
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but the colleague with that name is still found', () => {
        expect(found('Tom Fletcher is running the book fair on Friday.')).toEqual(['Tom Fletcher']);
        expect(found('Thank you Tom Fletcher for organising the trip.')).toEqual(['Tom Fletcher']);
        expect(found('Tom Fletcher read The Christmasaurus to Year 4.')).toEqual(['Tom Fletcher']);
        expect(found('The Christmasaurus, read by Tom Fletcher, was a treat.')).toEqual(['Tom Fletcher']);
        expect(found("Tom Fletcher's book bag was left in the hall.")).toEqual(['Tom Fletcher']);
      });
    });

    describe('businesses and products with a name in them', () => {
      it.each([
        'Turner\u2019s Taxis will collect Year 6 at 3pm.',
        'The bread rolls came from Nowak\u2019s Bakery on the high street.',
        'The raffle prize was given by Rowe Removals.',
        'Cheese and Jacob\u2019s cream crackers at the harvest lunch.',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but a pupil\u2019s own things are still theirs', () => {
        expect(found('Turner\u2019s painting won first prize.')).toEqual(['Turner']);
        expect(found('Jacob\u2019s cakes sold out at the fair.')).toEqual(['Jacob']);
        expect(found('RUBY\u2019S CAKES RAISED £50 FOR THE HOSPICE')).toEqual(['RUBY']);
      });
    });

    describe('house and team colours with their scores', () => {
      it.each([
        'House points this week: Blue 120, Green 98, Red 87.',
        'Green and Yellow tied for second place on sports day.',
        'Red won the tug of war, Blue took the relay, and Green won overall. What a day!',
      ])('%s', (text) => {
        expect(found(text)).toEqual([]);
      });

      it('but the pupil called Green is still found', () => {
        expect(found('Ivy Green won the sprint.')).toEqual(['Ivy Green']);
        expect(found('Well done Green!')).toEqual(['Green']);
        expect(found('Green in Year 3 ran brilliantly.')).toEqual(['Green']);
        expect(found('Well done to Green and Brown for the relay!')).toEqual(['Green', 'Brown']);
      });
    });

    describe('pets and animals given a name', () => {
      it.each([
        'Say hello to the Year 3 rabbits, Ruby and Rose!',
        'Our tortoise is called Grace and the guinea pig is Will.',
        'Found: a black labrador named Ruby near the park gates.',
        'My sister\u2019s kitten is called Ivy and she is tiny.',
        'We finally caved. This is Ruby. She is a ten-week-old cockapoo.',
        'LOST CAT 😿 Grey tabby, answers to Rose, last seen near the church.',
        'Missing dog: a black labrador, very friendly, answers to the name of Ruby.',
      ])('%s', (text) => {
        expect(found(text, 'comment')).toEqual([]);
      });

      it('but the pupils who care for them are still found', () => {
        expect(found('Well done Grace!')).toEqual(['Grace']);
        expect(found('Grace in Year 4 fed the rabbits today.')).toEqual(['Grace']);
        expect(found('The rabbit is Ruby\u2019s favourite job.')).toEqual(['Ruby']);
        expect(found('Thanks to Grace and Tom for cleaning out the guinea pigs.')).toEqual(['Grace', 'Tom']);
        expect(found('Star of the week for feeding the fish is Rose!')).toEqual(['Rose']);
        expect(found('Our puppy loves Rose, who visits every day.', 'comment')).toEqual(['Rose']);
        expect(found('Well done Ruby. She is a star and her dog is a spaniel.', 'comment')).toEqual(['Ruby']);
        expect(found('This is Ruby. She is in Year 1 and loves dogs.', 'comment')).toEqual(['Ruby']);
        expect(found('Our class rabbit is lovely and everyone answers to Grace Adams, our class captain.', 'comment')).toEqual(['Grace Adams']);
      });
    });

    describe('brands, sayings, ranks, roads and books with a name in them (set 32, names read)', () => {
      it.each([
        'Thank you for the tins, plus a box of Fisher-Price toys for the Christmas appeal.',
        'Harvest day was a joy: Reception said grace and Year 2 sang.',
        'Thank you to our local bobby, PCSO Dale, who came in this week.',
        "Next year they'll have rewritten Matilda so she's a boy.",
        "I've just hit Ruby rank with my wellness team!",
        'The tree farm the PTA mentioned? The one on Rose Hill?',
        'Absolutely smashed it. Oscar-worthy!',
        'Our Will-power challenge starts Monday: 30 days of kindness!',
        'Ordered 10 litres of Rose Hill for the library wall because the head liked the swatch.',
        'Looks like Cuprinol "Rose Hill" to me, same as the fence.',
        'Drove through Rose Hill in Oxford on the way to my sister\'s, lovely little place.',
      ])('%s', (text) => {
        expect(found(text, 'comment')).toEqual([]);
      });

      it('but the pupils are still found', () => {
        expect(found('Well done Oscar! They keep picking on Rose Hill.', 'comment')).toEqual(['Oscar', 'Rose Hill']);
        expect(found('Rose Hill read her poem beautifully.')).toEqual(['Rose Hill']);
        expect(found("Rose Hill's paint pot fell over, and Rose Hill painted the fence.")).toEqual(['Rose Hill', 'Rose Hill']);
        // lost property, named by its name tape
        expect(found('Found: navy fleece, age 5-6, name tape says HILL. Thank you!', 'comment')).toEqual(['HILL']);
        expect(found('Oscar-Lewis? No, just Oscar Lewis in Year 4.', 'comment')).toContain('Oscar Lewis');
      });
    });

    describe('a class the text names, said again without the word "class" (set 29, read)', () => {
      const classes = checkWith(aRoster([aPupil('Willow', 'Rowe', '1'), aPupil('Rose', 'Hill', '2')]));
      const classNamed = (text: string) => classes(text, 'official_post').map((f) => text.slice(f.start, f.end));
      it('reads "in Willow" as the class where the text names Willow class', () => {
        expect(classNamed('- Willow class (Year 1): 97.8%, the trophy has now been in Willow for three weeks running!')).toEqual([]);
      });
      it('reads a name in a list of classes, teams or houses as one of them (sets 26 and 28, read)', () => {
        expect(classNamed('A warm welcome to the children starting Reception this week in Willow and Hazel classes!')).toEqual([]);
        expect(classNamed('Sports day: the teams are Oak, Ash, Rowan and Willow, so send your child in their team colour.')).toEqual([]);
        expect(classNamed('Our four houses are Willow, Birch, Cedar and Elm.')).toEqual([]);
      });
      it('but a child of that name is still found', () => {
        expect(classNamed('Well done to Willow and Rose for their reading!')).toEqual(['Willow', 'Rose']);
        expect(classNamed('Willow and Rose from Year 2 helped the teams set up.')).toEqual(['Willow', 'Rose']);
        expect(classNamed('Willow class had a great week. Well done to Willow Rowe in Year 1 for her reading!')).toEqual(['Willow Rowe']);
        expect(classNamed('Thank you to Willow for helping in Maple class.')).toEqual(['Willow']);
        expect(classNamed('The trophy has been in Willow for three weeks, thanks to Willow.')).toContain('Willow');
      });
    });

    describe('hospital wards named for flowers, as pupils may be', () => {
      const ward = checkWith(aRoster([aPupil('Lily', 'Ward', '3'), aPupil('Daisy', 'Ward', '5')]));
      const wardNamed = (text: string, kind: TextKind = 'official_post') => ward(text, kind).map((f) => text.slice(f.start, f.end));
      it.each([
        ["Thank you for the toys for the children on Daisy Ward and Lily Ward at the children's hospital.", 'official_post'],
        ['My niece was on Lily Ward for three weeks last spring. The nurses were amazing.', 'comment'],
      ] as const)('%s', (text, kind) => {
        expect(wardNamed(text, kind)).toEqual([]);
      });

      it('but a pupil of that name is still found', () => {
        expect(wardNamed('Spotlight on Lily Ward: our star of the week!')).toEqual(['Lily Ward']);
        expect(wardNamed('Lily Ward is in hospital, get well soon.')).toEqual(['Lily Ward']);
        expect(wardNamed('They keep picking on Lily Ward.', 'comment')).toEqual(['Lily Ward']);
        expect(wardNamed("Someone sat on Lily Ward's coat.", 'comment')).toEqual(['Lily Ward']);
      });
    });

    describe('people who are not on the roll', () => {
      it.each([
        ['Met a lovely man called Mark at the garden centre today.', 'comment'],
        ['So proud of my nephew Will, who graduated from university today!', 'personal_post'],
        ['Big news: my cousin Rose is pregnant with twins!', 'personal_post'],
        ['Congratulations to Mr Hughes on the birth of baby Rose, 3.2kg!', 'official_post'],
        ['Welcome to the world, baby Grace!', 'official_post'],
      ] as const)('%s', (text, kind) => {
        expect(found(text, kind).filter((name) => name !== 'Mr Hughes')).toEqual([]);
      });

      it('but a child introduced or said to be family is still a pupil', () => {
        expect(found('There is a girl called Grace who keeps pushing my son.', 'comment')).toEqual(['Grace']);
        expect(found('I spoke to a teacher called Holly about it.', 'comment')).toEqual(['Holly']);
        expect(found('My nephew Will in Year 5 won the chess cup.', 'personal_post')).toEqual(['Will']);
        expect(found('My nephew Will is in my class this year!', 'personal_post')).toEqual(['Will']);
        expect(found('My son Will wants to go to university one day.', 'comment')).toEqual(['Will']);
        expect(found('Ruby from Year 1 played the baby in the nativity.')).toEqual(['Ruby']);
      });
    });

    describe('names written to dodge a filter', () => {
      it('reads digits for letters in a name', () => {
        expect(found('5amuel y4tes is a liar', 'comment')).toEqual(['5amuel y4tes']);
        expect(found('why does 0l1ver always get picked', 'comment')).toEqual(['0l1ver']);
        expect(found('Mrs J0nes never listens to parents', 'comment')).toEqual(['Mrs J0nes']);
      });

      it('but not times, years and places', () => {
        expect(found('Meet at 3pm in Y4, bring your 2nd-hand books. We came 4th!', 'comment')).toEqual([]);
        // "5am" is a time, though Sam is on the roll and 5 stands for s in "5amuel"
        const withSam = checkWith(aRoster([aPupil('Sam', 'Ellis', '4')]));
        expect(withSam('Our caretaker has been out gritting at 5am every morning.', 'comment')).toEqual([]);
        expect(withSam('why does 5am always get picked', 'comment').map((f) => f.category)).toEqual([]);
        expect(withSam('why does S4m always get picked', 'comment').map((f) => f.category)).toEqual(['pupil_name']);
      });

      it('reads a one-letter given name in digits before a surname in digits, and not alone', () => {
        const withLeo = checkWith(aRoster([aPupil('Leo', 'Kowalski', '4')]));
        const spans = (text: string) => withLeo(text, 'comment').map((f) => text.slice(f.start, f.end));
        expect(spans('L30 K0w4lsk1 is a liar')).toEqual(['L30 K0w4lsk1']);
        // alone, "L30" is as likely a bus or a code
        expect(spans('the L30 bus was late again')).toEqual([]);
        expect(spans('L30 and M25 are shut')).toEqual([]);
      });

      it('reads a name spelt out letter by letter', () => {
        expect(found('Sending love to F.r.e.y.a today', 'personal_post')).toEqual(['F.r.e.y.a']);
        expect(found('Get well soon L.i.l.y!', 'personal_post')).toEqual(['L.i.l.y']);
        expect(found('k a i pushed my son again', 'comment')).toEqual(['k a i']);
        expect(found('Our H.O.P.E. values and the R.I.P. rules. Answer a, b or c.', 'official_post')).toEqual([]);
      });

      it('finds a given name and a lower-case initial where the writer uses no capitals, or the name is no ordinary word', () => {
        expect(found('such a kind note from ivy g today', 'personal_post')).toEqual(['ivy g']);
        expect(found('Sweet drawing from alfie t this morning', 'personal_post')).toEqual(['alfie t']);
        expect(found('will u be there? may b', 'comment')).toEqual([]);
        expect(found('Will it rain? Hope g and t', 'comment')).toEqual([]);
      });
    });

    describe('an ordinary-word name said to someone, or in a line of short sentences', () => {
      it('finds a given name said to the child at the start of a sentence', () => {
        expect(found('Certificates today for Grace in Year 4. Grace, you should be so proud!')).toEqual(['Grace', 'Grace']);
        expect(found('Hope, thank you for tidying the library.')).toEqual(['Hope']);
        expect(found('Summer, you were glorious. Autumn, welcome!')).toEqual([]);
      });

      it('does not read a line of short sentences as a title', () => {
        expect(found('Drinks for Holly tonight! Who\u2019s in? The Plough, 6pm.', 'personal_post')).toEqual(['Holly']);
        expect(found('Will Everyone Please Return Their Reading Books')).toEqual([]);
      });
    });
  });

  it('builds the matcher for 2,000 names quickly', () => {
    const given = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Leo', 'Grace', 'May', 'Will', 'Rose'];
    const family = ['Smith', 'Jones', 'Taylor', 'Brown', 'Khan', 'Patel', 'Wilson', 'Evans', 'Thomas', 'Roberts'];
    const pupils = Array.from({ length: 2000 }, (_, i) => aPupil(given[i % given.length]!, `${family[i % family.length]}${Math.floor(i / 100)}`, String((i % 6) + 1)));
    const started = performance.now();
    const run = names.build(aRoster(pupils));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(run(prepare('Well done Isla Smith3 and Noah!', 'official_post')).length).toBeGreaterThan(0);
  });
});

describe('names: ordinary-word names read by what surrounds them (held-out sets 12 and 13)', () => {
  const roster = aRoster([aPupil('Hope', 'Adeyemi', '6'), aPupil('Will', 'Okafor', '5'), aPupil('Mason', 'Dale', '3'), aPupil('May', 'Chen', '2'), aPupil('Kai', 'Brennan', '4'), aPupil('Orla', 'Fitz', '4'), aPupil('Rose', 'Hill', '3')]);
  const found = (text: string, kind: TextKind = 'official_post') =>
    checkWith(roster)(text, kind).map((f) => text.slice(f.start, f.end));

  it('finds a word-like given name where the text names the child\u2019s family too', () => {
    expect(found('Please keep the Adeyemi family in your thoughts. Hope will be away from school for a few weeks.')).toEqual(['Adeyemi', 'Hope']);
    // but not the word, nor a name in a title, however the family is named
    expect(found('Please keep the Adeyemi family in your thoughts. We hope to see them soon.')).toEqual(['Adeyemi']);
    expect(found('Thank you to the Adeyemi family. Hope Reading Challenge winners are on the board.')).toEqual(['Adeyemi']);
    expect(found('Hope will be away from school for a few weeks.')).toEqual([]);
  });

  it('finds "Will" followed by what the verb never takes, and after a preposition doing something', () => {
    expect(found('Will was so proud of his longboat.', 'comment')).toEqual(['Will']);
    expect(found('so proud of will getting into the county choir', 'personal_post')).toEqual(['will']);
    // the verb, the noun, and a swear word after it
    expect(found('Say that to my face and I will fucking end you', 'comment')).toEqual([]);
    expect(found('i will s t a b the next person who parks there', 'comment')).toEqual([]);
    expect(found('Free will is a big question for Year 6.')).toEqual([]);
    // "and" after the verb that ends a clause, and a word in capitals for emphasis
    expect(found("If school can't deal with that lad, I know lads who will, and they don't mess about.", 'comment')).toEqual([]);
    expect(found('We love her and we always will and then we had pizza.', 'personal_post')).toEqual([]);
    expect(found('Nativity news: we WILL be doing a proper nativity this year.')).toEqual([]);
  });

  it('finds a count-noun name that starts a sentence bare and acts', () => {
    expect(found('Update for Year 3 parents: Mason will not be coming on the trip.')).toEqual(['Mason']);
    // a copula could be about a goldfish; a mass noun needs no article
    expect(found('Meet the class goldfish! Rose is the orange one.')).toEqual([]);
    expect(found('Hope will get us through the winter.')).toEqual([]);
  });

  it('finds a name in an award list even where it is a month after the year\u2019s number', () => {
    expect(found('Stars of the week. Year 2: May – in May we hope to see more joined-up writing!')).toEqual(['May']);
    expect(found('Sports day is on 2 May this year.')).toEqual([]);
  });

  it('finds a possessive written without its apostrophe, the s left out of the span', () => {
    expect(found('Kais party was the best, thank you', 'comment')).toEqual(['Kai']);
    expect(found('0rlas mum thinks she runs the PTA', 'comment')).toEqual(['0rla']);
    // the awards, and a name at the end of a sentence
    expect(found('Watched the Kais last night', 'comment')).toEqual([]);
    expect(found('Best wishes to all the Orlas.', 'comment')).toEqual([]);
  });

  it('finds a name after "player of the match" and an ordinary-word surname written as a family (sets 37 and 38)', () => {
    expect(found('Player of the match: Hope, who never stopped running.')).toEqual(['Hope']);
    expect(found("I'd happily give that Hill girl a piece of my mind.", 'comment')).toEqual(['Hill']);
    expect(found('The Hill twins were brilliant in goal.', 'comment')).toEqual(['Hill']);
    // the trade, the charity, and a hill
    expect(found('The hill walk was lovely.', 'comment')).toEqual([]);
    expect(found('The leaflets are going to the police via Hope not Hate.', 'comment')).toEqual([]);
  });

  it('reads a short word no dictionary has at a sentence\'s start, before a surname, as someone else\'s given name', () => {
    expect(found('Dai Chen from the takeaway brought the food.', 'comment')).toEqual([]);
    // a word, or text speak, is no given name: the surname alone is still the child
    expect(found('Poor Chen looked shattered at pick up.', 'comment')).toEqual(['Chen']);
    expect(found('Omg Chen is back!', 'comment')).toEqual(['Chen']);
  });
});

describe('names: books, songs and people a school teaches, from set 14', () => {
  const roster = aRoster([aPupil('Tom', 'Hughes', '6'), aPupil('Paul', 'Nowak', '4'), aPupil('Jude', 'Price', '4')]);
  const found = (text: string) => checkWith(roster)(text, 'official_post').map((f) => text.slice(f.start, f.end));
  it('reads a given name with someone else\'s surname as someone else, and keeps the roll\'s own', () => {
    const withStaff = checkWith({ ...aRoster(), staff: [{ given: 'Stephen', family: 'Sheridan', role: 'teacher' }, { given: 'Gemma', family: 'Talbot', role: 'teacher' }] });
    const said = (text: string) => withStaff(text, 'comment').map((f) => text.slice(f.start, f.end));
    expect(said('Year 6 heard the story of Stephen Lawrence, who was murdered at a bus stop.')).toEqual([]);
    expect(said('[12/03/2025, 20:15] Gemma M: is it still on if it rains?')).toEqual([]);
    expect(said('Stephen Sheridan ran the assembly')).toEqual(['Stephen Sheridan']);
    expect(said('Thanks Stephen Today was brilliant')).toEqual(['Stephen']);
  });

  it('reads a surname after someone else\'s given name as someone else, and keeps nicknames', () => {
    const withStaff = checkWith({ ...aRoster([aPupil('Oliver', 'Bamford', '5')]), staff: [{ given: 'Joanne', family: 'Frost', role: 'teacher' }] });
    const said = (text: string) => withStaff(text, 'comment').map((f) => text.slice(f.start, f.end));
    expect(said('Year 5 have been learning Robert Frost\'s poem about the snowy woods.')).toEqual([]);
    expect(said('Grandad came to World Book Day as Bruce Bamford, the local hero.')).toEqual([]);
    // the surname alone, after a nickname of the holder's own name, a title, or a word a name follows
    expect(said('I spoke to Frost about the trip.')).toEqual(['Frost']);
    expect(said('We saw Ollie Bamford at the fair.')).toEqual(['Bamford']);
    expect(said('Well done Mrs Frost.')).toEqual(['Mrs Frost']);
    expect(said('Thanks Frost, see you Monday.')).toEqual(['Frost']);
  });

  it('reads a surname after another spelling of the holder\'s given name as the holder', () => {
    const withPupils = checkWith({ ...aRoster([aPupil('Muhammad', 'Rahman', '5'), aPupil('Aisha', 'Begum', '3'), aPupil('Seán', 'Doherty', '4')]), staff: [] });
    const said = (text: string) => withPupils(text, 'official_post').map((f) => text.slice(f.start, f.end));
    expect(said('Huge congratulations to Mohammed Rahman on his swimming badge.')).toEqual(['Rahman']);
    expect(said('Well done to Ayesha Begum for her poem.')).toEqual(['Begum']);
    expect(said('Well done to Shaun Doherty for his goal.')).toEqual(['Doherty']);
    // someone else's name, however it starts
    expect(said('Year 5 met the author Abdul Rahman today.')).toEqual([]);
    expect(said('Thanks to Nadia Begum from the library service.')).toEqual([]);
  });

  it('leaves Goodnight Mister Tom, Hey Jude and the Bristol bus boycott alone', () => {
    expect(found('Reading "Goodnight Mister Tom" with Year 6.')).toEqual([]);
    expect(found('Year 4 singing Hey Jude at the concert')).toEqual([]);
    expect(found('Ask your child what Paul Stephenson and Guy Bailey did!')).toEqual([]);
    expect(found('Tom read his poem beautifully.')).toEqual(['Tom']);
  });
});

describe('names: a show whose title is a given name with its "!"', () => {
  const checkOliver = checkWith(aRoster([aPupil('Oliver', 'Bamford', '6')]));
  it('reads "Oliver!" as the musical where the text is about the show, its songs included, and the child elsewhere', () => {
    expect(checkOliver('Oliver! was brilliant tonight!! Fagin absolutely killed it, I was crying laughing all through the pickpocket song', 'comment')).toEqual([]);
    expect(checkOliver('Tickets for Oliver! go on sale Monday.', 'official_post')).toEqual([]);
    expect(checkOliver('Well done Oliver! Brilliant reading today.', 'official_post').map((f) => f.category)).toEqual(['pupil_name']);
  });
});

describe('names: a possessive before what a child has, and a surname with its apostrophe left out (2026-12-07)', () => {
  const withJack = checkWith(aRoster([aPupil('Jack', 'Wilson', '3'), aPupil('Rose', 'Hill', '3'), aPupil('Summer', 'Davies', '1'), aPupil('May', 'Chen', '2'), aPupil('Seán', "O'Brien", '4')]));
  const found = (text: string) => withJack(text, 'official_post').map((f) => text.slice(f.start, f.end));

  it("finds an ordinary-word name before its project or team: \"Jack's project was brilliant\"", () => {
    expect(found("Jack's project was brilliant")).toEqual(['Jack']);
    expect(found("Jack and Rose's project was brilliant")).toEqual(['Jack', 'Rose']);
    expect(found("Well done to Jack's team")).toEqual(['Jack']);
  });

  it("leaves a season's or a month's alone", () => {
    expect(found("Summer's project was lovely")).toEqual([]);
    expect(found("May's team of the month")).toEqual([]);
  });

  it('finds O\'Brien written without its apostrophe', () => {
    expect(found('Well done Sean OBrien')).toEqual(['Sean OBrien']);
    expect(found('Obrien was great in the play')).toEqual(['Obrien']);
  });
});

describe('names: "Will" before a verb no "will" takes, and a child said to be unkind (2026-12-07)', () => {
  const roster = checkWith(aRoster([aPupil('Will', 'Thompson', '5'), aPupil('Grace', 'Okafor', '4'), aPupil('Rose', 'Hill', '3')]));
  const found = (text: string) => roster(text, 'comment').map((f) => text.slice(f.start, f.end));

  it('finds them', () => {
    expect(found('My daughter says Will keeps pushing her in the line')).toEqual(['Will']);
    expect(found("Will can't make it Saturday, he's at his dad's")).toEqual(['Will']);
    expect(found('Grace has been so unkind to my son all term')).toEqual(['Grace']);
    expect(found('rose was crying at the gate this morning')).toEqual(['rose']);
  });

  it('leaves the verb and the weather alone', () => {
    expect(found('Yes I will, can you send the form?')).toEqual([]);
    expect(found('Summer was so hot')).toEqual([]);
    expect(found('By the grace of god we made it to Friday')).toEqual([]);
  });
});
