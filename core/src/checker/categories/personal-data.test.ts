import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster, TextKind } from '../types.js';
import { EMAIL, emailMatches, personalData } from './personal-data.js';
import { wordMatches } from '../word-patterns.js';

function aRoster(school: Partial<Roster['school']> = {}): Roster {
  return {
    school: { name: 'Hollybank Primary School', short: 'Hollybank', town: 'Wigan', postcode: 'WN1 2XY', address: '14 Church Lane, Wigan', phone: '01942 123456', email: 'office@hollybank.wigan.sch.uk', ...school },
    pupils: [
      { given: 'Ella', family: 'Thompson', dob: '2018-03-14', year: 'Year 2', photoConsent: true },
      { given: 'May', family: 'Chen', dob: '2016-05-02', year: 'Year 4', photoConsent: true },
      { given: 'Oliver', family: 'Ashworth', dob: '2014-11-30', year: 'Year 6', photoConsent: false },
    ],
    staff: [{ given: 'Sarah', family: 'Jones', role: 'Teacher' }],
  };
}

const checkFor = (roster: Roster) => {
  const run = personalData.build(roster);
  return (text: string, kind: TextKind = 'comment') => run(prepare(text, kind)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
};
const check = checkFor(aRoster());
const found = (text: string, kind?: TextKind) => check(text, kind).map((f) => f.text);
const reasons = (text: string) => check(text).map((f) => f.reason);

describe('personal data: phone numbers', () => {
  it.each([
    ['Text me on 07700 900123 if you find it', '07700 900123'],
    ['my mobile is 07700900123', '07700900123'],
    ['call 07700-900-123 after 6', '07700-900-123'],
    ['ring 077009 00123', '077009 00123'],
    ['WhatsApp +44 7700 900123 for details', '+44 7700 900123'],
    ['or +447700900123', '+447700900123'],
    ['+44 (0)7700 900123 any time', '+44 (0)7700 900123'],
    ['0044 7700 900 123 from abroad', '0044 7700 900 123'],
    ['home number (0161) 496 0000', '(0161) 496 0000'],
    ['landline 0161 496 0000', '0161 496 0000'],
    ['landline 0161-496-0000', '0161-496-0000'],
    ['landline 0161.496.0000', '0161.496.0000'],
    ['london 020 7946 0958', '020 7946 0958'],
    ['London +44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
    ['tel 01632 960001', '01632 960001'],
    ['tel 01632960001.', '01632960001'],
    ['non-geographic 0300 123 4567', '0300 123 4567'],
    ['Tel: 07700 900123 - 9am to 5pm', '07700 900123'],
  ])('finds the number in "%s"', (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it('finds a number written in full-width digits or split by a zero-width space, and points at the original text', () => {
    expect(found('call ０７７００ ９００１２３')).toEqual(['０７７００ ９００１２３']);
    expect(found('call 07700\u200B900123')).toEqual(['07700\u200B900123']);
  });

  it('finds two numbers side by side', () => {
    expect(found('07700 900123 or 0161 496 0000')).toEqual(['07700 900123', '0161 496 0000']);
  });

  it.each([
    'Doors open at 10:30 and close at 15:15',
    'Club runs 09.00 - 15.30 every day',
    'The final score was 3-1 to Year 6',
    'We raised £1,234.56 for Children in Need in 2026',
    'Term dates for 2025/26 and 2026-2027 are on the website',
    'Room 12, 30 pupils, Year 6',
    'Your order number 01234567890 has shipped',
    'Sort code 20-00-00, account 12345678',
    'Our PE days are Monday 1/9 and Thursday 4/9',
    'The 2025 results: 98.5% met the expected standard',
    'Our book of the week is Holes, ISBN 978-0-7475-4459-3',
    'Holes (978-0-14-103614-4) is our book of the week',
    'The ISBN is 978-0-14-103614-4, if you want your own copy',
    'The order code is 0-14-103614-4',
  ])('does not take "%s" for a phone number', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still finds a phone number of thirteen digits that is no book number, and one after an area code', () => {
    expect(found('ring 0044 1632 960001 from abroad')).toEqual(['0044 1632 960001']);
    expect(found('area code 0161 496 0000, ask for Sue')).toEqual(['0161 496 0000']);
  });

  it('reads an o among the digits of a number as the zero it stands for, but not the O2 arena or a word', () => {
    expect(found('Call me on O77OO 9OO123 after school')).toEqual(['O77OO 9OO123']);
    expect(found('Tickets for the O2 arena on 10 May, doors at 6')).toEqual([]);
    expect(found('Room 1o1 is too cold for 30 pupils')).toEqual([]);
  });

  it('takes a helpline\'s number for a helpline\'s, not a person\'s', () => {
    expect(reasons('Call Childline free on 0800 1111')).toEqual([expect.stringMatching(/^A helpline/)]);
  });

  it("leaves the school's own number alone however it is written", () => {
    expect(found('Please ring the office on 01942 123456')).toEqual([]);
    expect(found('Please ring the office on (01942) 123 456')).toEqual([]);
    expect(found('Please ring the office on +44 1942 123456')).toEqual([]);
  });

  it('names the kind in plain English and advises the school office, with no text to write in', () => {
    const [f] = check('ring me on 07700 900123');
    expect(f).toMatchObject({ category: 'personal_data', reason: 'A phone number.', severity: 'warning' });
    expect(f!.advice).toContain('01942 123456');
    expect(f!.suggestion).toBeUndefined();
  });
});

describe('personal data: email addresses', () => {
  it.each([
    ['email me at jane.smith84@gmail.com please', 'jane.smith84@gmail.com'],
    ['Contact: J_Bloggs+school@hotmail.co.uk', 'J_Bloggs+school@hotmail.co.uk'],
    ['mum is sarah [at] btinternet [dot] com', 'sarah [at] btinternet [dot] com'],
    ['write to bob(at)example(dot)org', 'bob(at)example(dot)org'],
    ['drop me a line at sue dot jones at hotmail dot co dot uk', 'sue dot jones at hotmail dot co dot uk'],
    ['email me at jane.smith @ gmail . com please', 'jane.smith @ gmail . com'],
    ['my email is jo_b @hotmail.co.uk', 'jo_b @hotmail.co.uk'],
  ])('finds the address in "%s"', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it('does not read "at" and "dot" in ordinary sentences as an address', () => {
    expect(found('Meet at the gate, dot on 3pm')).toEqual([]);
    expect(found('We were at the park dot com bubble exhibition')).toEqual([]);
  });

  it("leaves the school's own addresses alone, but not a free mail address", () => {
    expect(found('Email office@hollybank.wigan.sch.uk or head@hollybank.wigan.sch.uk')).toEqual([]);
    expect(found('Email OFFICE@Hollybank.Wigan.sch.uk')).toEqual([]);
    const gmailSchool = checkFor(aRoster({ email: 'hollybankpta@gmail.com' }));
    expect(gmailSchool('hollybankpta@gmail.com or sarah.j@gmail.com').map((f) => f.text)).toEqual(['sarah.j@gmail.com']);
  });

  it.each(['Follow us @HollybankPrimary', 'Meet @ 3pm by the gate', 'see hollybank.wigan.sch.uk for details', 'Meet @ 3pm . Bring a coat', 'Email office @ hollybank.wigan.sch.uk'])('does not take "%s" for an email address', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports an email address once, not also as a phone number inside it', () => {
    expect(reasons('07700900123@text.example.com')).toEqual(['An email address.']);
  });
});

describe('personal data: postcodes', () => {
  it.each(['SW1A 1AA', 'm1 1ae', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', 'M11AE', 'ls6 3ab', 'GIR 0AA', 'BT7 1NN'])('finds the postcode %s', (code) => {
    expect(found(`she lives near ${code}, by the park`)).toEqual([code]);
  });

  it('does not read l33t spelling as a postcode in an area with no district 0', () => {
    expect(found('s3nd n00dz x')).toEqual([]);
    expect(found('n0b0dy likes you')).toEqual([]); // "N0B 0DY": N, a one-letter area, has no district 0 or 0B either
    expect(found('she lives near N1 9GU')).toEqual(['N1 9GU']);
    expect(found('she lives near SW1A 1AA')).toEqual(['SW1A 1AA']);
    expect(found('BS0 7AA is a postcode')).toEqual(['BS0 7AA']); // a two-letter area may have a district 0
    expect(found('CR0 2AB and SS0 7AA are postcodes')).toEqual(['CR0 2AB', 'SS0 7AA']);
    expect(found('ur school is full of tr00ns')).toEqual([]); // Truro has no TR0
    expect(found('g0nna b34t th3 cr4p 0ut 0f h1m')).toEqual([]); // a letter after the number is central London's only
    expect(found('offices at EC1A 1BB, W1A 0AX and NW1W 7AA')).toEqual(['EC1A 1BB', 'W1A 0AX', 'NW1W 7AA']);
  });

  it.each([
    'Year 6 came 4th in the relay',
    'Y6 4th place, Y5 2nd place',
    'KS2 SATs week starts Monday at 3pm',
    'Bring A4 paper and a B2 pencil',
    'Doors open 10AM, close 3PM',
    'Team B2 1st, team E1 2nd',
    'Room B12 and C3 are closed',
    'Covid19 rules have ended',
  ])('does not take "%s" for a postcode', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("leaves the school's own postcode alone, with or without the space", () => {
    expect(found('Find us at WN1 2XY')).toEqual([]);
    expect(found('Find us at wn12xy')).toEqual([]);
  });
});

describe('personal data: street addresses', () => {
  it.each([
    ['The party is at 12 Acacia Avenue on Saturday', '12 Acacia Avenue'],
    ['drop it round to 3a Mill Lane', '3a Mill Lane'],
    ['we moved to 27 St Mary\u2019s Road last year', '27 St Mary\u2019s Road'],
    ['Lost cat near 104 Hough Ln', '104 Hough Ln'],
    ['Flat 2, 45 Kingsway Crescent', '45 Kingsway Crescent'],
    ['5 Orchard Close', '5 Orchard Close'],
    ['at 8 Beech Grove', '8 Beech Grove'],
    ['she lives at 9 oak tree drive', '9 oak tree drive'],
    ['number 10 Downing St.', '10 Downing St.'],
    ['19 New Road', '19 New Road'],
  ])('finds the address in "%s"', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it.each([
    'Year 6 Hill Walk is on Friday',
    'Class 3 Oak Court display',
    'We walked 3 miles up the hill to the park',
    'In 2026 Heaton Park hosted the cross country',
    'we have 2 tennis courts and 3 parks nearby',
    'The top 5 Places to Visit',
    'came 2nd Place in the Park Run',
  ])('does not take "%s" for an address', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("leaves the school's own address alone, abbreviated or not", () => {
    expect(found('Come to 14 Church Lane for the fair')).toEqual([]);
    expect(found('Come to 14 Church Ln for the fair')).toEqual([]);
    expect(found('Come to 16 Church Lane for the fair')).toEqual(['16 Church Lane']);
  });
});

describe('personal data: dates of birth', () => {
  it('leaves an admissions range of birth dates alone', () => {
    expect(found('If your child was born between 1 September 2021 and 31 August 2022, apply by 15 January.')).toEqual([]);
    expect(found('If your child is summer-born (born between 1 April and 31 August) you can ask for a later start.')).toEqual([]);
    expect(found('Children born on or after 1 September 2021 start in Reception next year.')).toEqual([]);
  });

  it.each([
    ['She was born on 14/03/2018 at Wigan Infirmary', '14/03/2018'],
    ['DOB: 14.03.2018', '14.03.2018'],
    ['d.o.b. 2/5/16', '2/5/16'],
    ['Date of birth 14th March 2018', '14th March 2018'],
    ['my little one turns 7 on 14th March!', '14th March'],
    ['his birthday is on the 3rd of May', '3rd of May'],
    ['Born: March 14, 2018', 'March 14, 2018'],
    ['14/03/2018 (DOB)', '14/03/2018'],
    ['birthday 2018-03-14', '2018-03-14'],
  ])('finds the date in "%s"', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it('finds a full date in a pupil birth year next to a pupil of the school', () => {
    expect(found('Ella Thompson 14/03/2018')).toEqual(['14/03/2018']);
    expect(found('Oliver, 30 November 2014')).toEqual(['30 November 2014']);
  });

  it('finds a date that is a pupil\u2019s date of birth even with no name or birth word', () => {
    expect(found('Remember 02/05/2016!')).toEqual(['02/05/2016']);
  });

  it.each([
    'Sports day is on 14 June 2026',
    'Well done Ella Thompson, star of the week on 14 March 2026',
    'Parents evening 3/10 and 4/10',
    'Born to perform! Show on 14 March 2026',
    'We celebrated World Book Day on 6 March 2025',
    'The school was founded in 2018',
    'Happy 7th birthday Ella!',
    'May Chen read in assembly; the fair is on 2 May',
  ])('does not take "%s" for a date of birth', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('personal data: helplines and organisations\' numbers', () => {
  it.each([
    ['Children can call Childline free on 0800 1111, any time.', '0800 1111'],
    ['The Samaritans are on 116 123, day or night.', '116 123'],
    ['ring Crimestoppers anonymously on 0800 555 111.', '0800 555 111'],
    ['the NSPCC helpline on 0808 800 5000', '0808 800 5000'],
  ])('points out %s, for information only', (text, number) => {
    const [f, ...rest] = check(text, 'official_post');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ text: number, severity: 'info' });
    expect(f!.reason).toMatch(/helpline/);
  });

  it('leaves the numbers everyone knows alone, and a 116 that is no helpline', () => {
    expect(found('Call 111 for NHS advice, 999 in an emergency or 101 for the police.', 'official_post')).toEqual([]);
    expect(found('Room 116 has 123 chairs; the 116123rd visitor', 'official_post')).toEqual([]);
  });

  it('still warns about a person\'s own number beside one', () => {
    expect(check('Childline: 0800 1111. Or text me on 07700 900123', 'official_post').sort((a, b) => a.start - b.start).map((f) => [f.text, f.severity])).toEqual([
      ['0800 1111', 'info'],
      ['07700 900123', 'warning'],
    ]);
  });
});

describe('personal data: severity', () => {
  it("blocks a pupil's data in an official post", () => {
    expect(check('Happy birthday Ella, born on 14/03/2018!', 'official_post')[0]!.severity).toBe('block');
    expect(check('Ella Thompson lives at 12 Acacia Avenue', 'official_post')[0]!.severity).toBe('block');
    expect(check("Oliver's mum is on 07700 900123", 'official_post')[0]!.severity).toBe('block');
  });

  it('warns about other personal data in an official post', () => {
    expect(check('The football coach can be reached on 07700 900123', 'official_post')[0]!.severity).toBe('warning');
  });

  it('warns, not blocks, in comments and personal posts', () => {
    expect(check('Ella was born on 14/03/2018', 'comment')[0]!.severity).toBe('warning');
    expect(check('Ella was born on 14/03/2018', 'personal_post')[0]!.severity).toBe('warning');
  });
});

describe('personal data: a whole newsletter', () => {
  it("finds nothing in a school newsletter full of times, prices, scores and the school's details", () => {
    const newsletter = `Hollybank Primary School, 14 Church Lane, Wigan WN1 2XY. Tel 01942 123456, office@hollybank.wigan.sch.uk.
Year 6 won 3-1 at Heaton Park on 14 March 2026. The Year 5 trip costs £15.50 each (pay by 20/3).
Breakfast club runs 07:45-08:45; doors open at 8.50am. Class sizes are 30, Room 12 is the library.
Term dates for 2026/27 are on our website. Happy birthday to everyone celebrating this week!`;
    expect(check(newsletter, 'official_post')).toEqual([]);
  });
});

describe('personal data: emails found from their at signs', () => {
  it('finds exactly what trying the email pattern at every word finds, on texts built to confuse it', () => {
    const pieces = ['jo', 'a.b', '.x', 'ä', 'é', '@', ' (at) ', '(at)', ' [ at ] ', 'gmail', '.com', '.co.uk', ' (dot) ', 'com', ' ', '-', '_', '%', '+', '9', 'mail@', '@@', 'x.y@z', '\u00a0', 'β'];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const spans = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}`);
    let found = 0;
    for (let n = 0; n < 3_000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const expected = spans(wordMatches(EMAIL, text));
      expect(spans(emailMatches(text)), text).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(50); // the texts hold addresses, so the comparison means something
  });
});
