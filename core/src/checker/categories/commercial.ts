import type { CategoryBuilder } from '../check.js';
import { originalSpan } from '../normalise.js';
import { hasWordMatch, wordMatches, wordStart, WordPatternSet } from '../word-patterns.js';
import type { Finding, Prepared, Roster, Severity, TextKind } from '../types.js';

// module-level, since a regular expression literal in a function is a new object each time it runs
const HAS_LETTER = /[a-z]/;
const HAS_DIGIT = /\d/;
const ONLY_LETTERS = /^[a-z]+$/;

// Commercial promotion: discount codes, selling, links to shops, multi-level marketing.
//
// How strong a cue is decides what happens to it:
//  - strong (a discount code, a shop link, "DM to buy", MLM recruitment) is promotion wherever it is;
//  - medium ("order now", "20% off", an MLM brand) is selling, but ordinary words too;
//  - private ("for sale", "selling my") is a one-off sale: spam on the school's page, but a staff
//    member selling their own car on their own account is not promoting a business;
//  - weak (a price: "£15 each") is how a school newsletter talks about trips, tickets and lunches.
// The school's own fundraising (a PTA raffle, fair tickets, a uniform sale) is allowed on its
// official account (Belsteads: no "promotion of personal financial interests, commercial
// ventures"; fundraising for the school is neither). So in an official post that reads as school
// fundraising every cue is only 'info', and prices never fire in an official post at all.

type Strength = 'strong' | 'medium' | 'private' | 'weak';
interface Rule {
  strength: Strength;
  reason: string;
  pattern: RegExp;
  accept?: (p: Prepared, m: RegExpMatchArray, school: Roster['school']) => boolean;
  /** what every match needs in the text, so a text without it skips the rule */
  needs?: (folded: string) => boolean;
  /** the kinds of text the rule is for, when not all */
  only?: readonly TextKind[];
}

const rule = (strength: Strength, reason: string, alternatives: string[], accept?: Rule['accept'], more: Pick<Rule, 'needs' | 'only'> = {}): Rule => ({
  strength,
  reason,
  pattern: new RegExp(`${wordStart()}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ...(accept ? { accept } : {}),
  ...more,
});
/** a price in pounds: "£5", "£4.50", "£3,500" */
const PRICE = '\u00a3\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{2})?';
/** a website named in a text: "www.schooltogs.co.uk/oakfield", "tempestphoto.co.uk" (its domain the first group) */
/** the endings of the websites the rules read */
const SITE_ENDINGS = '(?:co\\.uk|org\\.uk|uk|com|net|org|shop|store)';
const SHOP_SITE = `(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+${SITE_ENDINGS})(?:/[^\\s]*)?`;
/** domains of the public sector, and of the systems schools take payments, bookings and messages through */
const NOT_A_SHOP = /(?:^|\.)(?:sch\.uk|gov\.uk|nhs\.uk|ac\.uk|police\.uk|parentpay\.com|scopay\.com|schoolmoney\.co\.uk|arbor-education\.com|classdojo\.com|tapestryjournal\.com|seesaw\.me|weduc\.co\.uk|schoolcomms\.com|studybugs\.com|teachers2parents\.co\.uk|schoolgateway\.com|pay360\.com|bbc\.co\.uk)$/;

/** Whether a domain is a business's: not the public sector's, a school system's or the school's own (its email's domain). */
function isBusinessSite(domain: string, school: Roster['school']): boolean {
  if (NOT_A_SHOP.test(domain)) return false;
  const own = school.email?.split('@')[1]?.toLowerCase();
  return !own || !(domain === own || domain.endsWith(`.${own}`) || own.endsWith(`.${domain.replace(/^www\./, '')}`));
}

// a website's ending, which a text must hold for a rule that reads a site (so its common first words, "check",
// "visit", "have", are not tried in every text)
const SITE_ENDING = new RegExp(`\\.${SITE_ENDINGS}(?![a-z])`);
// top-level domains that spam uses far more than schools, clubs and shops do
const SPAM_DOMAIN = /\.(?:xyz|top|click|buzz|icu|cam|fun)(?![a-z0-9])/;

// "dress code: smart", "door code 1234", "postcode" (one word, so never matched) are not discounts
const NOT_A_DISCOUNT_CODE = /(?:dress|door|gate|qr|sort|area|access|wifi|wi-fi|key|pin|class|course|colou?r|bar|morse|secret|login|join|zip|post|country)\s*$/;
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const MLM_BRANDS = [
  'younique', 'arbonne', 'herbalife', 'forever living', 'juice plus', 'juiceplus', 'scentsy', 'tropic skincare', 'avon (?:rep|representative|lady|brochure|order)s?',
  'oriflame', 'nu skin', 'jeunesse', 'monat', 'valentus', 'isagenix', 'doterra', 'young living', 'partylite', 'colou?r street', 'pink zebra', 'body shop at home', 'kleeneze',
  // sold to school families by parents: "I'm an independent Usborne organiser, message me for the catalogue"
  'usborne\\s+books\\s+at\\s+home', 'independent\\s+(?:usborne\\s+)?organiser', 'usborne\\s+(?:independent\\s+)?organiser', 'neal[\'\u2019]?s\\s+yard\\s+(?:organic\\s+)?consultant', 'stella\\s*(?:&|and)\\s*dot', 'captain\\s+tortue', 'utility\\s+warehouse\\s+partner',
];

const RULES: Rule[] = [
  rule('strong', 'A discount or promotion code.', ['(?:discount|promo|promotional|promotion|voucher|coupon|referral|affiliate)\\s+codes?', 'coupons?', '(?:my\\s+)?affiliate\\s+links?', 'my\\s+referral\\s+links?']),
  rule('strong', 'A discount or promotion code.', ['code(?![a-z0-9])\\s*[:\\-]?\\s*["\u201C\u2018\']?([a-z0-9]{4,20})', '(?:quote|use|enter|apply)\\s+([a-z]{3,}\\d{1,3})'], (p, m) => {
    const at = m.index!;
    if (m[1] !== undefined && NOT_A_DISCOUNT_CODE.test(p.folded.slice(Math.max(0, at - 12), at))) return false;
    const code = m[1] ?? m[2]!;
    const codeAt = at + m[0].length - code.length;
    const written = p.original.slice(p.offsets[codeAt]!, p.offsets[codeAt + code.length]!);
    // SUMMER20, HOLLY10, or a code in capitals: not "code 1234" for a door, not "code for the gate"
    const capitals = written === written.toUpperCase() && isUpper(written[0]);
    // after "quote" or "use" only a word in capitals is a code: "use HB2" is, "use hb2 pencils" is not
    if (m[2] !== undefined) return capitals;
    return (HAS_LETTER.test(code) && HAS_DIGIT.test(code)) || (ONLY_LETTERS.test(code) && capitals);
  }),
  rule('strong', 'A link to a shop.', [
    'amazon\\.(?:co\\.uk|com|to|eu|de)(?:/\\S*)?', 'amzn\\.(?:to|eu)(?:/\\S*)?', 'amazon\\s+(?:store|storefront|shop|affiliate)', 'etsy(?:\\.com)?(?:/\\S*)?', 'ebay(?:\\.co\\.uk|\\.com)?(?:/\\S*)?',
    'shopify', 'depop', 'vinted', '(?:facebook|fb)\\s+marketplace', 'notonthehighstreet(?:\\.com)?', 'not on the high street', 'tiktok\\s+shop', 'linktr\\.ee(?:/\\S*)?', 'onlyfans(?:\\.com)?(?:/\\S*)?',
  ]),
  // a shop's own name comes first, and a pattern that opens with any letter is tried at every word: only in a text
  // that holds the shop's address
  rule('strong', 'A link to a shop.', ['[a-z0-9-]+\\.myshopify\\.com(?:/\\S*)?'], undefined, { needs: (f) => f.includes('.myshopify.com') }),
  // on the school's page, a link that hides where it goes, or to a domain spam favours ("hotdates4u.xyz")
  rule('medium', 'A link that hides where it goes, as spam does.', ['(?:bit\\.ly|tinyurl\\.com|cutt\\.ly|rb\\.gy|ow\\.ly|is\\.gd|shorturl\\.at|t\\.co)/\\S+'], undefined, { only: ['comment'] }),
  rule('medium', 'A link of a kind spam uses.', ['[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:xyz|top|click|buzz|icu|cam|fun)(?:/\\S*)?'], undefined, { needs: (f) => SPAM_DOMAIN.test(f), only: ['comment'] }),
  rule('strong', 'A pointer to a shop link.', ['link\\s+in\\s+(?:my\\s+)?(?:bio|profile)', '(?:my\\s+)?(?:new\\s+)?online\\s+(?:shop|store|boutique)', '(?:shop|store|website)\\s+is\\s+(?:now\\s+)?live', '(?:check\\s+out|visit|see|head\\s+to|pop\\s+over\\s+to)\\s+my\\s+(?:online\\s+)?(?:shop|store|page|website)']),
  rule('strong', 'Selling something.', [
    "(?:dm|pm|message|msg|inbox|whatsapp|text)\\s+(?:me\\s+)?(?:to|for|if\\s+you\\s+(?:want|would\\s+like)\\s+to)\\s+(?:buy|order|purchase|book|prices?|price\\s+list|orders)",
    '(?:dm|pm|message|msg|inbox)\\s+(?:me\\s+)?for\\s+(?:your|a|my)\\s+(?:\\d{1,2}\\s*%\\s+)?(?:discount|code|deal|offer)',
    'taking\\s+orders', 'orders?\\s+(?:are\\s+)?(?:now\\s+)?open',
  ]),
  rule('strong', 'Recruiting for a multi-level marketing scheme.', [
    'join\\s+my\\s+(?:team|business)', 'be\\s+your\\s+own\\s+boss',
    // "want to earn around the school run?", "just hit Ruby rank with my wellness team"
    '(?:earn|earning|make\\s+money|income)\\s+(?:from\\s+(?:home|(?:your|my|their|her)\\s+phone)\\s+)?(?:around|while)\\s+(?:the\\s+)?(?:school\\s+run|kids|children|family|little\\s+ones)', 'side\\s+business(?:es)?',
    // weight-loss shakes sold by recruiting: "who wants to lose 10lbs before Christmas? … message me for a 3-day trial pack"
    '(?:message|dm|pm|inbox)\\s+me\\s+for\\s+(?:a|your)\\s+(?:free\\s+)?(?:\\d+[-\\s]day\\s+)?(?:trial|starter|sample)\\s+(?:pack|kit|box)', '(?:hit|reached|made|hitting|reaching)\\s+[a-z]+\\s+rank\\s+(?:with|in)\\s+my', 'work(?:ing)?\\s+from\\s+home\\s+(?:opportunit(?:y|ies)|business|role|job)', 'opportunit(?:y|ies)\\s+to\\s+(?:work|earn)\\s+from\\s+home', 'side\\s+hustles?', 'financial\\s+freedom',
    'passive\\s+income', `(?:earn|make)\\s+(?:up\\s+to\\s+)?${PRICE}k?\\s+(?:a|per|every)\\s+(?:week|day|month)`,
    '(?:joined|joining)\\s+an?\\s+(?:(?:amazing|new|exciting|incredible|fab|fabulous|brilliant)\\s+)*(?:wellness|health|beauty|skincare|fitness|nutrition)\\s+(?:company|brand|business|team)', 'crypto(?:currency)?\\s+trading', 'bitcoin', 'forex', 'double\\s+your\\s+money', 'investment\\s+opportunit(?:y|ies)', 'business\\s+opportunit(?:y|ies)', '(?:earn|make)\\s+(?:extra\\s+)?(?:money|cash|income)\\s+(?:from|on|at)\\s+(?:home|your\\s+phone)',
    'looking\\s+for\\s+(?:\\d+\\s+)?(?:new\\s+)?(?:team\\s+members|mums|mams|ladies|people)\\s+to\\s+join(?:\\s+(?:my|our)\\s+(?:team|business))?',
  ]),
  rule('medium', 'A multi-level marketing brand.', [...MLM_BRANDS, 'avon(?<=(?:sell|selling|sells)\\s+avon)']),
  rule('medium', 'Selling something.', [
    'buy\\s+now', 'order(?<!in\\sorder)\\s+now', 'made\\s+to\\s+order(?=[^.!?\\n]{0,40}£)', 'taking\\s+commissions',
    // a sponsor's offer to the school's families: "mention Oakfield for a free MOT"
    '(?:mention|quote)\\s+[a-z]+\\s+(?:for|to\\s+get)\\s+(?:a\\s+|an\\s+)?(?:free|\\d{1,2}\\s*%|discount)',
    // a childminder's places offered: "a registered childminder in Thornbury with two spaces"
    '(?:childminder|childminding|nanny|babysitter)\\b[^.!?\\n]{0,60}\\bspaces?\\b', 'order\\s+(?:your|yours)(?:\\s+[a-z]+){0,3}\\s+(?:now|today)',
    'competitive\\s+(?:rates|prices)', '(?:message|dm|pm|contact)\\s+(?:me\\s+)?for\\s+(?:a\\s+)?(?:free\\s+)?quotes?', 'free\\s+quotes?', '(?:join|sign\\s+up)\\s+(?:for\\s+)?free', 'shop\\s+now', 'limited\\s+(?:time\\s+)?offer', 'limited\\s+stock', 'while\\s+stocks?\\s+last',
    'grab\\s+(?:yours|one)\\s+(?:now|today|while)',
    // a first lesson given away, an offer that ends soon, "DM me for details", "flexible income around the school run"
    '(?:first|1st|trial)\\s+(?:session|lesson|class|month|consultation|week)\\s+(?:is\\s+)?free', 'free\\s+(?:trial|taster|first)\\s+(?:session|lesson|class|consultation)', 'this\\s+(?:month|week)\\s+only', '(?:dm|pm|inbox)\\s+me\\s+for\\s+(?:the\\s+|more\\s+)?(?:details|info)',
    '(?:flexible|extra|second)\\s+income',
    // a brand's ambassador, samples offered, beauty appointments, a photographer's mini sessions
    '(?:brand|tropic|skincare|beauty|wellness)\\s+(?:ambassador|consultant|rep)s?', '(?:message|dm|pm|inbox)\\s+me\\s+for\\s+(?:free\\s+)?samples?',
    '(?:nail|hair|lash|brow|beauty|massage|tattoo|spray\\s+tan)\\s+(?:appointments|slots|bookings)', 'mini\\s+sessions?',
    // a service sold to families: "tutoring available", "discount for Oakfield families"
    // (not a question or a post about one: "is a tutor available", "a new cleaner available for the holiday club")
    '(?<!(?:a|an|the|any|is|are|no|new|our)\\s)(?:private\\s+)?(?:tutoring|tuition|babysitting|dog\\s+walking|ironing|cleaning|cleaner|childminding|childminder|gardening|gardener|decorating|decorator|handyman|tutor|babysitter|dog\\s+walker|mobile\\s+hairdresser)\\s+(?:services?\\s+)?(?:available|offered)', 'discounts?\\s+for\\s+(?:all\\s+)?(?:[a-z]+\\s+)?(?:families|parents|customers|members)', 'available\\s+to\\s+(?:buy|order)', 'pre-?orders?\\s+(?:now\\s+)?open', 'free\\s+(?:delivery|postage|p&p|shipping)',
  ]),
  rule('private', 'Selling something.', [
    'for\\s+sale',
    // "Hi I'm selling Slimming World approved meals": a trade (not "are you selling the tickets?", "I'm selling it" of an
    // iPad in a joke; a sale of one's own things with a price is read by the pattern below, to its price)
    "(?:i'?m|i\\s+am|we'?re|we\\s+are)\\s+(?:now\\s+)?selling(?!\\s+(?:it|them|him|her|you|up|out|my|these|some|our|a|an|the|this|that|two|three|\\d|brand|nearly|pre|used|his|their)(?![a-z]))(?![^.!?\\n]{0,160}£)(?![a-z])",
    // "Selling my son's old uniform, jumpers £2 each": to the last price in the sentence, which is what is for sale;
    // not someone asking to buy ("anyone selling a costume?")
    `(?<!(?:anyone|anybody|someone|somebody|who|whos|who's|is\\s+anyone)\\s)(?:(?:selling|sell)\\s+(?:my|these|some|our|a|an|two|three|\\d+|brand\\s+new|nearly\\s+new|pre-?loved|used|his|her|their)(?=\\s)|selling(?![a-z0-9])(?=[^.!?\\n]{1,160}${PRICE}))(?:[^.!?\\n]{0,160}${PRICE}(?:\\s+(?:each|the\\s+lot|ono))?)?`,
  ]),
  // an order or a booking sent to a business's website: "can be ordered from our supplier at www.schooltogs.co.uk",
  // "Order yours online at www.photosnap.co.uk", "book a free design visit at thornburykitchens.co.uk" (the school's own
  // site, a council's, and the systems schools take payments and bookings through are not businesses sold to)
  rule('medium', 'Sends readers to a business to buy from it.', [
    `(?:order|orders|ordered|ordering|buy|bought|purchase|purchased|book|booked|available)(?:\\s+[^\\s.!?]+){0,10}?\\s+(?:at|from|on|via)\\s+(?:[^\\s.!?]+\\s+){0,4}?${SHOP_SITE}`,
  ], (_p, m, school) => isBusinessSite(m[1]!, school)),
  // a business's site pointed to in a comment on the school's page: "my cousin does kids' parties, check out
  // www.partytime-bristol.co.uk" (a charity's or the public sector's site is advice, not a business: .org, .gov.uk)
  rule('medium', 'Sends readers to a business.', [
    `(?:check\\s+out|visit|have\\s+a\\s+look\\s+at|take\\s+a\\s+look\\s+at|look\\s+(?:us|her|him|them)\\s+up\\s+(?:at|on)|find\\s+(?:us|her|him|them)\\s+(?:at|on))\\s+(?:[^\\s.!?]+\\s+){0,3}?${SHOP_SITE}`,
  ], (_p, m, school) => isBusinessSite(m[1]!, school) && !/\.org(?:\.uk)?$/.test(m[1]!), { only: ['comment'], needs: (f) => SITE_ENDING.test(f) }),
  rule('medium', 'A discount offer.', ['\\d{1,2}\\s*(?:%|per\\s?cent)\\s+off', `${PRICE}\\s+off(?=\\s+(?:a|an|all|any|every|your|each|the|orders?|when|if))`, 'half\\s+price', 'buy\\s+one\\s+get\\s+one(?:\\s+free)?', 'bogof']),
  // a service's free slots offered on the school's page or a staff member's own: "I do nails from home, message me for a
  // slot", "I have 2 slots left, ring me" (a school's "only 3 spaces left on the residential" is its own trip)
  rule('medium', 'Selling something.', [
    '(?:message|msg|dm|pm|inbox|text|ring|call|whatsapp)\\s+me\\s+for\\s+(?:a\\s+|your\\s+)?(?:slot|appointment|booking)s?',
    // with a way to book in the sentence (not "2 spaces left in my car if anyone needs a lift")
    "(?:i\\s+have|i'?ve\\s+got|i\\s+only\\s+have|i'?ve\\s+only\\s+got)\\s+(?:\\d+|one|two|three|four|five|a\\s+few)\\s+(?:slots?|spaces?|appointments?)\\s+(?:left|available|remaining)(?=[^.!?\\n]{0,60}(?:ring|call|message|msg|dm|pm|inbox|text|whatsapp|book|£|price))",
  ], undefined, { only: ['comment', 'personal_post'] }),
  // "book now" is how a school asks for parents' evening slots and club places
  rule('weak', 'Selling something.', ['book\\s+now']),
  rule('weak', 'A price for something on sale.', [
    `${PRICE}\\s*(?:each|per\\s+(?:item|box|bag|bottle|pack|jar|set|tub))`,
    `(?:just|only)\\s+${PRICE}`,
    `${PRICE}\\s+(?:ono|o\\.n\\.o\\.?|\\+\\s*p&p|the\\s+lot|for\\s+the\\s+lot)`,
    // a wage is not a price: "some of us are on £12 an hour", "paid £11 an hour"
    `(?<!(?:\\bon|\\bearn|\\bearns|\\bearning|\\bearned|\\bpaid|\\bpays|\\bpaying|\\bwage\\s+of|\\bget|\\bgets|\\bgetting)\\s+)${PRICE}\\s+(?:an?|per)\\s+(?:hour|hr|session|lesson|sheet|dozen|pack|box|bag|jar|tub|strip|ticket)`,
    `${PRICE}\\s*/\\s*(?:hour|hr|h|session|lesson)`,
  ]),
];

// the rules scanned together in one pass; a rule that needs some text is scanned alone, where the text has it
const TOGETHER = RULES.filter((r) => r.needs === undefined);
const ONE_PASS = new WordPatternSet(TOGETHER.map((r) => r.pattern));

// Words that make selling the school's own fundraising or the ordinary cost of school life.
const SCHOOL_FUNDRAISING = new RegExp(
  `${wordStart()}(?:${[
    'pta', 'ptfa', 'pfa', 'friends\\s+of', 'raffle', 'tombola', 'fair', 'fete', 'bake\\s+sale', 'cake\\s+sale', 'uniform', 'book\\s+fair', 'school\\s+photos?', 'disco', 'non-uniform',
    'fundrais\\w*', 'charity', 'children\\s+in\\s+need', 'comic\\s+relief', 'sport\\s+relief', 'macmillan', 'poppy', 'poppies', 'appeal', 'donat\\w*', 'sponsored\\s+(?:walk|run|silence|swim|read|bounce|cycle|bike\\s+ride)', 'proceeds', 'tickets?',
    'parentpay', 'parent\\s+pay', 'school\\s+shop', 'wish\\s*list', 'christmas\\s+cards?', 'scholastic', 'trip', 'residential', 'club', 'lunch(?:es)?', 'dinners?', 'nativity', 'concert', 'school\\s+play',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const ADVICE: Record<TextKind, string> = {
  official_post: "Remove it: the school's accounts do not promote businesses.",
  comment: "Hide it: adverts and selling are not allowed on the school's page.",
  personal_post: 'Keep selling and business offers away from posts that involve school families.',
};

function severityOf(kind: TextKind, strength: Strength, fundraising: boolean): Severity | undefined {
  if (kind === 'official_post') {
    if (strength === 'weak') return undefined;
    if (fundraising) return 'info';
    return strength === 'strong' ? 'block' : 'warning';
  }
  // a one-off sale on one's own account is no business, but the policies ask that staff accounts promote no personal
  // financial interest (Belsteads): a note, not a warning
  if (kind === 'personal_post' && strength === 'private') return 'info';
  if (strength === 'weak' && fundraising) return undefined;
  return 'warning';
}

/** characters between two cues that still makes them one offer */
const CLAUSE_GAP = 40;
const CLAUSE_BREAK = /[.!?\n]/;

/** Whether [start, end) is within CLAUSE_GAP characters of a hit with no sentence break between. */
function sameClause(folded: string, h: { start: number; end: number }, start: number, end: number): boolean {
  if (start >= h.end) return start - h.end <= CLAUSE_GAP && !CLAUSE_BREAK.test(folded.slice(h.end, start));
  if (end <= h.start) return h.start - end <= CLAUSE_GAP && !CLAUSE_BREAK.test(folded.slice(end, h.start));
  return false;
}

export const commercial: CategoryBuilder = {
  categories: ['commercial'],
  build: (roster) => (p: Prepared): Finding[] => {
    const fundraising = hasWordMatch(SCHOOL_FUNDRAISING, p.folded);
    const found: { start: number; end: number; strength: Strength; reason: string; rule: number }[] = [];
    const wanted = (r: Rule) => severityOf(p.kind, r.strength, fundraising) !== undefined && (!r.only || r.only.includes(p.kind));
    const together = ONE_PASS.matches(p.folded, (k) => wanted(TOGETHER[k]!));
    for (const r of RULES) {
      const matches = r.needs === undefined ? together[TOGETHER.indexOf(r)]! : wanted(r) && r.needs(p.folded) ? wordMatches(r.pattern, p.folded) : [];
      for (const m of matches) {
        if (r.accept && !r.accept(p, m, roster.school)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, strength: r.strength, reason: r.reason, rule: RULES.indexOf(r) });
      }
    }
    // one finding for one stretch of text: cues that overlap, or sit in one clause a few words apart ("Tutoring
    // available for SATs, £25 an hour"), merge, in the order they stand, keeping the reason of the first rule (the
    // strongest) among them
    found.sort((a, b) => a.start - b.start);
    const hits: typeof found = [];
    for (const h of found) {
      const last = hits[hits.length - 1];
      if (last && (h.start < last.end || sameClause(p.folded, last, h.start, h.end))) {
        last.end = Math.max(last.end, h.end);
        if (h.rule < last.rule) Object.assign(last, { strength: h.strength, reason: h.reason, rule: h.rule });
      } else hits.push({ ...h });
    }
    return hits.map((h) => {
      const severity = severityOf(p.kind, h.strength, fundraising)!;
      const reason = severity !== 'info' ? h.reason : p.kind === 'personal_post' ? `${h.reason} A one-off sale on your own account is yours to make; keep it apart from the school and its families, and promote no business.` : `${h.reason} It reads as the school's own fundraising, which its accounts may promote.`;
      return { category: 'commercial', ...originalSpan(p, h.start, h.end), severity, reason, ...(severity === 'info' ? {} : { advice: ADVICE[p.kind] }) };
    });
  },
};
