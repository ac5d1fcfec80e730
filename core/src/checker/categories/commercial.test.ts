import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster, TextKind } from '../types.js';
import { commercial } from './commercial.js';

const aRoster = (): Roster => ({
  school: { name: 'Hollybank Primary School', short: 'Hollybank', town: 'Wigan', postcode: 'WN1 2XY' },
  pupils: [],
  staff: [],
});

const run = commercial.build(aRoster());
const check = (text: string, kind: TextKind = 'comment') => run(prepare(text, kind)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
const found = (text: string, kind?: TextKind) => check(text, kind).map((f) => f.text);

describe('commercial: discount codes', () => {
  it.each([
    ['Use code SUMMER20 at checkout!', 'code SUMMER20'],
    ['20% off with my code HOLLY10', 'code HOLLY10'],
    ['Enter code: BACKTOSCHOOL', 'code: BACKTOSCHOOL'],
    ['my discount code gets you money off', 'discount code'],
    ['Promo codes in the comments', 'Promo codes'],
    ['ask me for a referral code', 'referral code'],
    ['Use my referral link to get £50 free', 'my referral link'],
    ['Everything I wear is from my affiliate links below', 'affiliate links'],
    ['Quote OAKFIELD10 for 10% off your first check-up', 'Quote OAKFIELD10'],
    // a sponsor's offer, a trade and a childminder's places (read sets 5, 24, 31)
    ['Sponsored by Thornbury Autos: mention Oakfield for a free MOT this month!', 'mention Oakfield for a free'],
    ['Easter bonnets made to order, £8 plain, £12 with chicks', 'made to order'],
    ["I'm a registered childminder in Thornbury with two spaces for school-age children", 'childminder in Thornbury with two spaces'],
  ])('finds the code in "%s"', (text, cue) => {
    expect(found(text).some((f) => f.includes(cue)), found(text).join(' | ')).toBe(true);
  });

  it.each([
    'Dress code: SMART casual for the leavers assembly',
    'The door code 1234 has changed',
    'Year 4 learned to code in Scratch',
    'Our postcode is WN1 2XY',
    'Code club meets on Tuesdays',
    'Please use hb2 pencils in the exam',
    'Thanks for the referral link to the speech therapy service',
  ])('does not take "%s" for a discount code', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('commercial: selling', () => {
  it.each([
    ['Bike for sale, hardly used', 'for sale'],
    ['Gorgeous hampers, DM to buy', 'DM to buy'],
    ['message me to order x', 'message me to order'],
    ['Cupcakes £1.50 each', '£1.50 each'],
    ['Handmade bows only £3', 'only £3'],
    ['Buy now before they go', 'Buy now'],
    ['Christmas jumpers, order now', 'order now'],
    ['Limited time offer this weekend', 'Limited time offer'],
    ['now taking orders for Christmas', 'taking orders'],
    ['Everything 30% off today', '30% off'],
    ['Cot £40 ono, collection only', '£40 ono'],
    ['Tutoring available for SATs, £25 an hour, book now', '£25 an hour'],
    ['Anyone need a cleaner? Competitive rates, message for a quote', 'Competitive rates'],
    ['I sell Avon, order your Christmas gifts now', 'Avon'],
    ['Private tuition offered in maths and English', 'Private tuition offered'],
    ['Babysitting available most weekends, references on request', 'Babysitting available'],
    ['Personalised cushions, discount for all school families!', 'discount for all school families'],
    ['Piano lessons, £20/hr, beginners welcome', '£20/hr'],
    ['Handmade bookmarks, £2 a pack', '£2 a pack'],
    ['Maths tutor, first lesson free, see my website', 'first lesson free'],
    ['Car valets £40 this month only', 'this month only'],
    ['Lovely opportunity for busy mums, DM me for details', 'DM me for details'],
    ['Want flexible income around the school run?', 'flexible income'],
    ['Show this post for £10 off a full service', '£10 off'],
    ['Cleaner available, reasonable rates, PM me', 'Cleaner available'],
    ['Gardening services available across Thornbury', 'Gardening services available'],
    ["I'm now a Tropic ambassador, message me for samples!", 'Tropic ambassador'],
    ['Booking now for Christmas nail appointments, DM me', 'nail appointments'],
    ['Anyone need a photographer? Mini sessions this weekend £40', 'Mini sessions'],
    ["Hi I'm selling Slimming World approved meals", "I'm selling"],
  ])('finds the selling in "%s"', (text, cue) => {
    expect(found(text).some((f) => f.includes(cue)), found(text).join(' | ')).toBe(true);
  });

  it.each([
    'In order now to keep everyone safe, please use the side gate',
    'Over 20% of pupils walked to school this week',
    'Year 6 sold out the theatre for their show',
    'We won 3-1 and the team were brilliant',
    'Room 12 is now the library; class sizes stay at 30',
    'Cleaning services will be in over half term, so the hall is closed',
    'Tutoring groups start after half term for Year 6',
    'Is a tutor available for the Year 6 booster group?',
    'Our new cleaner available on Saturdays will open the hall for the club',
    "If my kids don't stop fighting over the iPad I'm selling it",
    'Are you selling the raffle tickets at the gate?',
    'Our hair and beauty college visit inspired Year 10',
  ])('does not take "%s" for selling', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('commercial: links to shops', () => {
  it.each([
    ['Get yours at amazon.co.uk/dp/B0123', 'amazon.co.uk/dp/B0123'],
    ['https://amzn.to/3xYz', 'amzn.to/3xYz'],
    ['Find me on Etsy!', 'Etsy'],
    ['listed on eBay tonight', 'eBay'],
    ['shop at bowsbyjo.myshopify.com', 'bowsbyjo.myshopify.com'],
    ['Link in bio for prices', 'Link in bio'],
    ['check out my shop for more', 'check out my shop'],
    ['on Facebook Marketplace now', 'Facebook Marketplace'],
    ['Free stuff at the link in my profile', 'link in my profile'],
    ['My new online shop is live: www.hollysbows.co.uk', 'My new online shop'],
  ])('finds the shop in "%s"', (text, cue) => {
    expect(found(text).some((f) => f.includes(cue)), found(text).join(' | ')).toBe(true);
  });

  it.each(['Year 4 learned about the Amazon rainforest', 'The River Amazon is the longest in South America', 'Stratford-upon-Avon trip letters are out'])(
    'does not take "%s" for a shop',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('commercial: multi-level marketing', () => {
  it.each([
    ['Looking for 3 mums to join my team!', 'Looking for 3 mums to join my team'],
    ['Be your own boss and fit work around the school run', 'Be your own boss'],
    ['Amazing work from home opportunity, message me', 'work from home opportunity'],
    ['my side hustle is growing', 'side hustle'],
    ['Financial freedom is possible', 'Financial freedom'],
    ['earn money from your phone', 'earn money from your phone'],
    ['Just placed my Younique order', 'Younique'],
    ['New Avon brochure is out', 'Avon brochure'],
    ['Crypto trading, double your money in 7 days', 'Crypto trading'],
    ['If any mums want to earn around the school run, message me', 'earn around the school run'],
    ["I've just hit Ruby rank with my wellness team!", 'hit Ruby rank with my'],
    ["Are you a busy mum who'd love to earn from your phone around the school run?", 'earn from your phone around the school run'],
    ['Who wants to earn from their phone while the kids are at school?', 'earn from their phone while the kids'],
    ["I've just paid for our Cornwall trip with my little side business", 'side business'],
    ['My shakes changed my life, message me for a 3-day trial pack', 'message me for a 3-day trial pack'],
    ["Anyone interested in Usborne books, I'm an independent organiser, message me for the catalogue!", 'independent organiser'],
  ])('finds the recruiting in "%s"', (text, cue) => {
    expect(found(text).some((f) => f.includes(cue)), found(text).join(' | ')).toBe(true);
  });

  it.each(['We loved the Usborne books in the library!', 'Staff may work from home on PPA afternoons', 'Join our team: we are hiring a teaching assistant', 'Well done to the whole team!', 'Our breakfast club helps working parents around the school run.', 'Year 6 hit top rank in the county quiz!', 'We have two spaces left on the Year 6 residential; please tell the office.', 'Lunches are made to order in our kitchen each morning.'])('does not take "%s" for recruiting', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('commercial: one finding for one offer', () => {
  it('merges cues a few words apart in one clause, and keeps sentences apart', () => {
    expect(found('Tutoring available for SATs, £25 an hour, book now')).toEqual(['Tutoring available for SATs, £25 an hour, book now']);
    expect(found('Tutoring available for SATs. Qualified teacher with ten years in the classroom, honestly. £25 an hour')).toEqual(['Tutoring available', '£25 an hour']);
  });

  it('reads a wage as no price (set 38)', () => {
    expect(found('Some of us are on £12 an hour. Night x')).toEqual([]);
    expect(found('TAs get paid £11 an hour for this, and we earn £9 per hour on the till')).toEqual([]);
  });
});

describe('commercial: obfuscation', () => {
  it('finds a cue written with look-alike letters or zero-width spaces', () => {
    expect(found('fоr sаle')).toEqual(['fоr sаle']); // Cyrillic о and а
    expect(found('DM to b\u200Buy')).toEqual(['DM to b\u200Buy']);
  });
});

describe('commercial: severity and school fundraising', () => {
  it('blocks a strong cue in an official post and warns about a medium one', () => {
    expect(check('Use code SUMMER20 for the local gym', 'official_post')[0]!.severity).toBe('block');
    expect(check('Lovely house for sale near us', 'official_post')[0]!.severity).toBe('warning');
  });

  it('advises what to do, and offers no text to write in', () => {
    const [f] = check('Use code SAVE20 for 20% off at my shop', 'official_post');
    expect(f!.advice).toMatch(/^Remove it/);
    expect(f!.suggestion).toBeUndefined();
  });

  it("warns in comments and personal posts", () => {
    expect(check('DM to buy', 'comment')[0]!.severity).toBe('warning');
    expect(check('join my team', 'personal_post')[0]!.severity).toBe('warning');
  });

  it('notes a staff member selling their own things on their own account, and warns on the school\'s page', () => {
    const [note] = check('Selling my car, call me if interested', 'personal_post');
    expect(note).toMatchObject({ severity: 'info', start: 0, end: 10 });
    expect(note!.reason).toMatch(/one-off sale on your own account is yours to make/);
    expect(found('Selling my car, call me if interested', 'comment')).toEqual(['Selling my']);
    expect(check('Selling my car, call me if interested', 'comment')[0]!.severity).toBe('warning');
  });

  it('takes a private sale to the last price in its sentence, and leaves someone asking to buy alone', () => {
    expect(found("Selling my son's old uniform, jumpers £2 each, book bag £3, collection only", 'personal_post')).toEqual(["Selling my son's old uniform, jumpers £2 each, book bag £3"]);
    expect(found('Selling Oakfield uniform age 7-8, sweatshirts £3 each', 'personal_post')).toEqual(['Selling Oakfield uniform age 7-8, sweatshirts £3 each']);
    expect(found("I'm selling her old uniform: two jumpers and a PE bag, £10 the lot", 'comment')).toEqual(['selling her old uniform: two jumpers and a PE bag, £10 the lot']);
    expect(found('Also, anyone selling a second-hand angel costume? Message me', 'comment')).toEqual([]);
  });

  it("finds an order sent to a business's website, but not to the school's, a council's or a payment system", () => {
    expect(found('Logo jumpers can be ordered from our supplier at www.stitchandschool.co.uk/oakfield by Friday.', 'official_post')).toEqual(['ordered from our supplier at www.stitchandschool.co.uk/oakfield']);
    expect(found('Class photos have arrived! Order yours online at www.photosnap.co.uk using the code on the card.', 'official_post')).toEqual(['Order yours online at www.photosnap.co.uk']);
    expect(found('Book a free trial lesson at bristoltutoring.co.uk/oakfield', 'official_post')).toEqual(['Book a free trial lesson at bristoltutoring.co.uk/oakfield']);
    const ownSite = commercial.build({ ...aRoster(), school: { ...aRoster().school, email: 'office@oakfieldprimary.co.uk' } });
    for (const text of ['Book your parents evening slot at www.oakfield.sch.uk/bookings', 'Pay for the trip on parentpay.com by Friday', 'Apply for a school place at www.southglos.gov.uk/admissions', 'Book the Tuesday club at oakfieldprimary.co.uk/clubs'])
      expect(ownSite(prepare(text, 'official_post')), text).toEqual([]);
    expect(found('Book the Tuesday club at oakfieldprimary.co.uk/clubs', 'official_post')).toEqual(['Book the Tuesday club at oakfieldprimary.co.uk/clubs']);
  });

  it("finds a business's site pointed to in a comment, and leaves advice, the school's site and official posts alone", () => {
    expect(found('My cousin does amazing kids parties, check out www.partytime-bristol.co.uk')).toEqual(['check out www.partytime-bristol.co.uk']);
    for (const text of ['For advice visit www.nspcc.org.uk', 'Check out the school website www.hollybank.sch.uk', 'Visit bbc.co.uk/bitesize for revision'])
      expect(found(text), text).toEqual([]);
    expect(found('Visit www.thornburyleisure.co.uk for swimming times', 'official_post')).toEqual([]);
  });

  it('does not take giving things away for selling', () => {
    expect(found('Outgrown uniform free to a good home, collection only')).toEqual([]);
  });

  it("does not fire on 'book now' in an official post", () => {
    expect(found("Parents' evening slots are open: book now on the school app", 'official_post')).toEqual([]);
  });

  it('never fires on prices in an official post', () => {
    expect(found('The Year 5 trip costs £15.50 each; breakfast club is only £2', 'official_post')).toEqual([]);
    expect(found('Vests £5 each', 'official_post')).toEqual([]);
  });

  it("says only 'info' for the school's own fundraising in an official post", () => {
    const findings = check('PTA raffle tickets for sale now, £1 each. Order now on ParentPay!', 'official_post');
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings[0]!.reason).toContain("school's own fundraising");
    expect(findings[0]!.advice).toBeUndefined();
  });

  it("does not take a business sponsoring the newsletter for the school's fundraising", () => {
    expect(check('This newsletter is sponsored by Bright Smiles Dental: 10% off your first check-up!', 'official_post')[0]!.severity).toBe('warning');
    expect(check('Our sponsored walk raised £500; 10% off cakes at the fair', 'official_post')[0]!.severity).toBe('info');
  });

  it('does not fire on a school fair price in a comment', () => {
    expect(found('Are school fair tickets £2 each?', 'comment')).toEqual([]);
  });

  it('still warns about a strong cue in a comment that mentions the fair', () => {
    expect(check('See you at the fair! Use code JO10 on my Etsy', 'comment').map((f) => [f.text, f.severity])).toEqual([['code JO10 on my Etsy', 'warning']]);
  });

  it('finds nothing in a school newsletter with prices, times and scores', () => {
    const newsletter = `Year 6 won 3-1 at 10:30 on Saturday. The residential costs £120, payable by 20/3 on ParentPay.
Class sizes are 30; Room 12 is the new library. School dinners are £2.60 a day. Term dates for 2026 are online.`;
    expect(check(newsletter, 'official_post')).toEqual([]);
  });
});

describe('commercial: spam on the school page', () => {
  it.each([
    ['💰 Earn £500 a week from home! Message me for details', 'Earn £500 a week'],
    ['I make £1,200 a month from my phone', 'make £1,200 a month'],
    ["I've joined an amazing new wellness company! DM me for your 15% discount on shakes", 'joined an amazing new wellness company'],
    ['DM me for your 15% discount', 'DM me for your 15% discount'],
    ['Hot singles want to meet you tonight 💋 bit.ly/3tHnDy8', 'bit.ly/3tHnDy8'],
    ['chat now at hotdates4u.xyz', 'hotdates4u.xyz'],
  ])('finds the offer in "%s"', (text, cue) => {
    expect(found(text).some((f) => f.includes(cue)), found(text).join(' | ')).toBe(true);
  });

  it('finds a price with a thousands comma', () => {
    expect(found('Selling my old car, 2015 Fiesta, £3,500 ono', 'personal_post')).toEqual(['Selling my old car, 2015 Fiesta, £3,500 ono']);
    expect(found('Old car, 2015 Fiesta, £3,500 ono', 'comment')).toEqual(['£3,500 ono']);
  });

  it('leaves a shortened link in an official post, and ordinary sites in comments, alone', () => {
    expect(found('Book your parents evening slot here: bit.ly/oakfield-pe', 'official_post')).toEqual([]);
    expect(found('The form is on www.oakfield.sch.uk/forms and the bus times on firstbus.co.uk')).toEqual([]);
    expect(found('We raised £1,250 at the summer fair!', 'official_post')).toEqual([]);
  });
});

describe("commercial: a service's free slots, and work from home (fresh wordings, 2026-12-07)", () => {
  it('finds slots offered with a way to book, and the opportunity to work from home', () => {
    expect(found('I do nails from home, message me for a slot')).toEqual(['message me for a slot']);
    expect(found('Looking for a reliable cleaner? I have 2 slots left, ring me')).toEqual(['I have 2 slots left']);
    expect(found('Amazing opportunity to work from home, only 3 spaces left')).toEqual(['opportunity to work from home']);
  });

  it("leaves a lift, a staff game and the school's own trip alone", () => {
    expect(found('I have 2 spaces left in my car for the trip if anyone needs a lift')).toEqual([]);
    expect(found('I have two slots left for the staff 5-a-side on Friday', 'personal_post')).toEqual([]);
    expect(found('We only have 3 spaces left on the Year 6 residential, please reply by Friday', 'official_post')).toEqual([]);
  });
});
