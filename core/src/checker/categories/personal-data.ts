import type { CategoryBuilder } from '../check.js';
import { letterAt, originalSpan } from '../normalise.js';
import { hasWordMatch, wordCharBefore, wordMatches, WordPatternSet, wordStart } from '../word-patterns.js';
import type { Finding, Prepared, Roster, Severity } from '../types.js';
import { personalIds, spokenNumbers, type IdKind } from './personal-ids.js';
import { birthDateRemoval } from './birth-date-removal.js';
import { allMatches } from '../all-matches.js';

// module-level, since a regular expression literal in a function is a new object each time it runs
const POSSESSIVE_S = /['\u2019]s$/;
const SPELT_AT_SIGN = /\s*[([]\s*at\s*[)\]]\s*/;
const SPELT_DOTS = /\s*[([]\s*dot\s*[)\]]\s*/g;
const DIGIT_GROUPS = /\d+/g;
const SPACES = /\s/g;
const STREET_WORDS = /[a-z][a-z'\u2019-]*/g;
const SENTENCE_BREAK = /[!?;\n]|\.\s/;
const SENTENCE_MARK = /[.!?;\n]/;
const BIRTH_RANGE_AFTER = /^\s*\(?\s*(?:born\s+)?(?:between|from|on or (?:after|before)|after|before)(?![a-z])/;
/**
 * Royal Mail numbers a district 0 only in Bolton, Bristol, Chelmsford, Croydon, Blackpool and Southend (BL0, BS0, CM0,
 * CR0, FY0, SS0): any other area with a 0 is l33t, "n00dz", "tr00ns", not a postcode
 */
const NO_DISTRICT_ZERO = /^(?!(?:bl|bs|cm|cr|fy|ss)0)[a-z]{1,2}0/;
/**
 * A letter after the district's number is only central London's (EC1A, WC2H, W1A, SW1A, N1C, NW1W, E1W, SE1P): "cr4p
 * 0ut" is l33t, not CR4P 0UT
 */
const NO_DISTRICT_LETTER = /^(?!(?:ec\d|wc\d|w1|sw1|n1|nw1|e1|se1)[a-z])[a-z]{1,2}\d[a-z]\d/;

// Personal data (DESIGN.md: phone, email, postcode, address, date of birth). Every pattern runs
// over the folded text, so full-width digits, look-alike letters and zero-width characters cannot
// hide a number or an address; spans are mapped back to the original.

type Kind = 'phone' | 'helpline' | 'email' | 'postcode' | 'address' | 'dob' | IdKind;

const REASONS: Record<Kind, string> = {
  phone: 'A phone number.',
  helpline: 'A helpline\'s or an organisation\'s phone number (freephone, national rate or a 116 helpline).',
  email: 'An email address.',
  postcode: 'A postcode.',
  address: 'A street address.',
  dob: 'A date of birth.',
  nhs: 'An NHS number.',
  ni: 'A National Insurance number.',
  upn: 'A unique pupil number (UPN).',
};

const NOT_WORD_BEFORE = wordStart();
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

// A run of digits with the separators people type between them: spaces, dashes, dots, brackets.
// Which digits in the run make a phone number is decided by phoneDigits, group by group.
const PHONE_RUN = new RegExp(`${wordStart('+')}(?:\\+\\s?)?\\(?\\d[\\d \\t().\\-\u2013]{7,30}\\d(?!\\p{N})`, 'gu');
// Numbers that look like phone numbers but are references: an order, an account, a book.
const REFERENCE_BEFORE = /(?:ref(?:erence)?|invoice|order|account|acc|sort code|isbn|urn|case|receipt|policy)\s*(?:no\.?|number|code|#)?(?:\s+is)?\s*[:#]?\s*\(?$/;

/** A book's number as printed (978 or 979, then ten digits, the last a check digit), which a phone number's digits are not. */
export function isIsbn13(digits: string): boolean {
  if (digits.length !== 13 || !(digits.startsWith('978') || digits.startsWith('979'))) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

export const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*(?:@|\s*[([]\s*at\s*[)\]]\s*)[a-z0-9-]+(?:(?:\.|\s*[([]\s*dot\s*[)\]]\s*)[a-z0-9-]+)*(?:\.|\s*[([]\s*dot\s*[)\]]\s*)[a-z]{2,}(?![\p{L}\p{N}])/gu;
// EMAIL tried only where an address can start: where the run of letters before an @ or "(at)" starts. Tried at
// every word, it cost 15 µs a 2,000-character text; an address needs an at sign right after its first part, so
// the matches are the same.
const EMAIL_AT = new RegExp(EMAIL.source, 'uy');
const SPELT_AT_EVERY = /[([]\s*at\s*[)\]]/g;
const SPACE = /\s/;
/** a character of an address's first part: a-z 0-9 . _ % + - */
const isLocal = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

/** What wordMatches(EMAIL, f) finds, tried only where an address's first part starts before an at sign. */
export function emailMatches(f: string): RegExpExecArray[] {
  const signs: number[] = [];
  for (let at = f.indexOf('@'); at !== -1; at = f.indexOf('@', at + 1)) signs.push(at);
  SPELT_AT_EVERY.lastIndex = 0;
  for (let m = SPELT_AT_EVERY.exec(f); m; m = SPELT_AT_EVERY.exec(f)) {
    let at = m.index;
    while (at > 0 && SPACE.test(f[at - 1]!)) at--;
    signs.push(at);
  }
  if (signs.length > 1) signs.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const sign of signs) {
    let start = sign;
    while (start > 0 && isLocal(f.charCodeAt(start - 1))) start--;
    if (start < from || (start > 0 && f.charCodeAt(start - 1) >= 0x80 && wordCharBefore(f, start))) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(f);
    if (!m) continue;
    out.push(m);
    from = start + m[0].length;
  }
  return out;
}
const FREE_MAIL = new Set(['gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'aol.com', 'btinternet.com', 'sky.com', 'talktalk.net', 'virginmedia.com', 'protonmail.com', 'proton.me', 'gmx.com', 'mail.com', 'ymail.com', 'msn.com']);

// The postcode areas of the UK, Channel Islands and Isle of Man: a made-up area ("Y6 4TH", "KS2")
// is not a postcode.
const POSTCODE_AREAS =
  'ab al b ba bb bd bf bh bl bn br bs bt bx ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze'
    .split(' ')
    .sort((a, b) => b.length - a.length);
// inward letters never use C I K M O V, which also keeps "3PM" and "10AM" out
const POSTCODE = new RegExp(`${NOT_WORD_BEFORE}(?:(?:${POSTCODE_AREAS.join('|')})\\d[a-z\\d]?\\s?\\d[abd-hjlnp-uw-z]{2}|gir\\s?0aa)${NOT_WORD_AFTER}`, 'gu');
// what an email written out ("jo (at) gmail (dot) com") and a postcode ("IP1 1AA", "GIR 0AA") need
const SPELT_AT = /[([]\s*at\s*[)\]]/;
const SPELT_EMAIL = new RegExp(`${wordStart()}[a-z0-9]+(?:\\s+dot\\s+[a-z0-9]+)*\\s+at\\s+[a-z0-9-]+(?:\\s+dot\\s+[a-z0-9-]+)*\\s+dot\\s+(?:com|co|uk|org|net|info|me|io|ac|sch|gov)(?![\\p{L}\\p{N}])`, 'gu');
// an address with spaces round its "@" and dots, to slip past a filter: "jo.smith @ gmail . com"; the ending must be a
// known one, or "meet @ 3pm . bring" would be an address
const SPACED_EMAIL = new RegExp(`${wordStart()}[a-z0-9][a-z0-9._%+-]*\\s*@\\s*[a-z0-9-]+(?:\\s*\\.\\s*[a-z0-9-]+)*\\s*\\.\\s*(?:com|co|uk|org|net|info|me|io|ac|sch|gov)(?![\\p{L}\\p{N}])`, 'gu');
const SPACES_IN_ADDRESS = /\s+/g;
/** a word of digits with a letter o among them, "O77OO": the o is a zero, typed to slip a number past a filter */
const DIGITS_WITH_OH = /(?<![\p{L}\p{N}])[\do]*\d[\do]*(?![\p{L}\p{N}])/gu;
/** what DIGITS_WITH_OH needs: an o next to a digit */
const DIGIT_BY_OH = /\do|o\d/;
const SPELT_WORD_DOT = /\s+dot\s+/g;
const SPELT_WORD_AT = /\s+at\s+/;
const DIGIT = /\d/;
const ORDINAL_INWARD = /^(?:1st|2nd|3rd|[04-9]th)$/;

const STREET_SUFFIXES: Record<string, string> = {
  road: 'road', rd: 'road', street: 'street', st: 'street', avenue: 'avenue', ave: 'avenue', lane: 'lane', ln: 'lane', close: 'close',
  drive: 'drive', dr: 'drive', way: 'way', crescent: 'crescent', cres: 'crescent', court: 'court', ct: 'court', place: 'place', pl: 'place',
  grove: 'grove', gardens: 'gardens', gdns: 'gardens', terrace: 'terrace', hill: 'hill', park: 'park', row: 'row', walk: 'walk',
  square: 'square', sq: 'square', green: 'green', mews: 'mews', view: 'view', rise: 'rise', parade: 'parade', boulevard: 'boulevard',
  mount: 'mount', meadow: 'meadow', meadows: 'meadows', croft: 'croft', chase: 'chase', heights: 'heights', vale: 'vale', gate: 'gate',
  brow: 'brow', fold: 'fold', wynd: 'wynd', parkway: 'parkway', cottages: 'cottages', grange: 'grange',
};
const ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,4}[a-z]?)\\s+((?:[a-z][a-z'\u2019-]*\\.?\\s+){1,3})(${Object.keys(STREET_SUFFIXES).join('|')})\\.?${NOT_WORD_AFTER}`,
  'gu',
);
// "Year 6 Hill Walk", "Room 12 Oak Court": a number that counts something else, not a house
const NOT_A_HOUSE_BEFORE = /(?:^|[^\p{L}])(?:year|yr|y|class|room|group|set|ks|stage|page|table|grade|level|form|unit|chapter|step|top|team|under|platform|bus|route)\s*$/u;
const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'up', 'for', 'with', 'our', 'my', 'your', 'his', 'her', 'their', 'is', 'was', 'are', 'were', 'by', 'from', 'more', 'miles', 'mile', 'minutes', 'hours', 'days', 'weeks', 'times', 'laps', 'pupils', 'children']);
const ADDRESS_CONTEXT_BEFORE = /(?:live[sd]?|living|staying|stays|moved|move|house|home|address|round|come)\s+(?:is\s+|at\s+|to\s+|on\s+|in\s+)?(?:number\s+|no\.?\s*)?$/;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// the word boundary stands once before all the forms, not in each: V8 then skips ahead to where a form can start
const DATE = new RegExp(
  `${NOT_WORD_BEFORE}(?:${[
    `(?<y1>\\d{4})-(?<m1>\\d{1,2})-(?<d1>\\d{1,2})`,
    `(?<d2>\\d{1,2})(?<sep>[/.\\-])(?<m2>\\d{1,2})\\k<sep>(?<y2>\\d{4}|\\d{2})`,
    `(?<d3>\\d{1,2})/(?<m3>\\d{1,2})`,
    `(?<d4>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<mn4>${MONTHS})\\.?(?:,?\\s+(?<y4>\\d{4}))?`,
    `(?<mn5>${MONTHS})\\.?\\s+(?:the\\s+)?(?<d5>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y5>\\d{4}))?`,
  ]
    .map((alt) => `(?:${alt})${NOT_WORD_AFTER}`)
    .join('|')})`,
  'gu',
);
const BIRTH_CUE = new RegExp(
  `${NOT_WORD_BEFORE}(?:date\\s+of\\s+birth|d\\.o\\.b\\.?|dob|born|birth\\s*day|b'?day|bday|turn(?:s|ed|ing)?\\s+\\d{1,2}\\s+on|(?:will\\s+)?be\\s+\\d{1,2}\\s+on)${NOT_WORD_AFTER}`,
  'gu',
);
// the patterns that need a digit, found in one reading of the text, each only where a word it can start with stands
const DIGIT_PATTERNS = new WordPatternSet([DATE, BIRTH_CUE, ADDRESS, POSTCODE]);
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// words that make a piece of data a child's rather than an adult's
const CHILD_WORDS = new RegExp(`${wordStart()}(?:pupil|child|children|son|daughter|kid|boy|girl|student|lives|his home|her home|their home)(?:s|'s)?(?!\\p{L})`, 'gu');
const LETTER = /\p{L}/u;


/** The length (1, or 2 for a surrogate pair) of the letter, apostrophe or hyphen at i; 0 for anything else. */
function wordPartAt(f: string, i: number): number {
  if (i >= f.length) return 0;
  const c = f.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  const cp = f.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

interface DateHit { start: number; end: number; iso?: string; year: number | undefined }

function parseDate(g: Record<string, string | undefined>): { day: number; month: number; year?: number } | undefined {
  const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5);
  const monthName = g.mn4 ?? g.mn5;
  const month = monthName ? MONTH_NUMBER[monthName.slice(0, 3)]! : Number(g.m1 ?? g.m2 ?? g.m3);
  const y = g.y1 ?? g.y2 ?? g.y4 ?? g.y5;
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return undefined;
  if (y === undefined) return { day, month };
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return year >= 1900 && year <= 2099 ? { day, month, year } : undefined;
}

const isoOf = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** a UK mobile, landline or non-geographic (08) number in national form */
const UK_NUMBER = /^0(?:7\d{9}|[23]\d{9}|1\d{8,9}|8\d{8,9})$/;
/** an 08 number (0800, 0808, 0845, 0870…): a service's or a business's, not a person's own */
const isServiceNumber = (national: string) => national.startsWith('08');
/**
 * The helplines with short numbers a school posts: the European 116 numbers (116 000 missing children, 116 006 victims,
 * 116 111 children, 116 117 non-emergency medical, 116 123 the Samaritans) and Childline's 0800 1111. 101, 111 and 999
 * are services everyone knows, and left alone.
 */
const SHORT_HELPLINE = /(?<![\p{L}\p{N}+])(?:116[ -]?(?:000|006|111|117|123)|0800[ -]?1111)(?![\p{L}\p{N}])/gu;
const NOT_ADDRESS_CHARS = /[^a-z0-9]+/g;

/** The national form of a UK number (07700900123), or undefined when the digits are not a phone number. */
function phoneDigits(digits: string, plus: boolean): string | undefined {
  let national = digits;
  if (plus || digits.startsWith('00')) {
    const intl = plus ? digits : digits.slice(2);
    if (!intl.startsWith('44')) return plus && intl.length >= 10 && intl.length <= 15 ? `+${intl}` : undefined;
    national = intl.slice(2);
    if (!national.startsWith('0')) national = `0${national}`;
  }
  return UK_NUMBER.test(national) ? national : undefined;
}

const normaliseAddress = (s: string) =>
  s
    .toLowerCase()
    .replace(NOT_ADDRESS_CHARS, ' ')
    .trim()
    .split(' ')
    .map((w) => STREET_SUFFIXES[w] ?? w)
    .join(' ');

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
/** whether the character at i as written (a bold "𝐂" too) is a capital */
const upperAt = (text: string, i: number) => isUpper(letterAt(text, i));

export const personalData: CategoryBuilder = {
  categories: ['personal_data'],
  build(roster: Roster) {
    const school = roster.school;
    const schoolPhone = school.phone ? phoneDigits(school.phone.replace(/\D/g, ''), school.phone.trim().startsWith('+')) : undefined;
    const schoolEmail = school.email?.trim().toLowerCase();
    const schoolDomain = schoolEmail?.split('@')[1];
    const schoolPostcode = school.postcode.replace(/\s/g, '').toLowerCase();
    const schoolAddress = ` ${normaliseAddress(`${school.address ?? ''}`)} `;
    const pupilWords = new Set(roster.pupils.flatMap((p) => [p.given, p.family]).map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()).filter((w) => w.length >= 2));
    const pupilBirthdays = new Set(roster.pupils.map((p) => p.dob.slice(0, 10)));
    // a dated event next to a pupil's name ("Ella's assembly on 14 March 2026") is not a birthday:
    // only a year in which this school's pupils were born makes a date near a name a date of birth
    const birthYears = roster.pupils.map((p) => Number(p.dob.slice(0, 4))).filter((y) => y >= 1900);
    const firstBirthYear = birthYears.length ? Math.min(...birthYears) - 1 : 1900;
    const lastBirthYear = birthYears.length ? Math.max(...birthYears) + 1 : 2099;
    const officeHint = school.phone ? `contact the school office on ${school.phone}` : 'contact the school office';

    const ADVICE: Record<Kind, string> = {
      phone: `Remove the number; to get in touch, ${officeHint}.`,
      helpline: 'Fine to publish if it is the number you mean: check it is right, and that it is a service\'s, not a person\'s.',
      email: `Remove the address; to get in touch, ${school.email ? `email the school office at ${school.email}` : officeHint}.`,
      postcode: 'Remove the postcode.',
      address: 'Remove the address; say the area or "near school" if a place matters.',
      dob: 'Remove the date; "happy birthday" needs no date.',
      nhs: 'Remove the number: it opens a person\'s health records, and is never published.',
      ni: 'Remove the number: it opens a person\'s tax and benefit records, and is never published.',
      upn: 'Remove the number: it identifies a pupil in every school record, and is never published.',
    };

    /** Where a roster pupil's name is written as a name (capitalised) in the text: the start of each such word. */
    const pupilNamesIn = (p: Prepared): number[] => {
      const at: number[] = [];
      if (pupilWords.size === 0) return at;
      const f = p.folded;
      // the words are runs of letters, apostrophes and hyphens; only a capitalised one is looked up
      for (let i = 0; i < f.length; ) {
        const first = wordPartAt(f, i);
        if (first === 0) {
          i++;
          continue;
        }
        const start = i;
        for (let size = first; size > 0; size = wordPartAt(f, i)) i += size;
        if (!upperAt(p.original, p.offsets[start]!)) continue;
        const w = f.slice(start, i);
        if (pupilWords.has(POSSESSIVE_S.test(w) ? w.slice(0, -2) : w)) at.push(start);
      }
      return at;
    };

    return (p: Prepared): Finding[] => {
      const f = p.folded;
      // Whether a pupil's name is within `reach` of a span. "May" in "14 May 2018" is the month,
      // not a pupil: a mention inside the span does not count. The names are found once a text.
      let pupilNames: number[] | undefined;
      const pupilNear = (s: number, e: number, reach: number) =>
        (pupilNames ??= pupilNamesIn(p)).some((at) => at >= s - reach && at < e + reach && !(at >= s && at < e));
      /** cut: for a date of birth, the range to take out with it where that is plain (birth-date-removal.ts) */
      const hits: { kind: Kind; start: number; end: number; pupil?: boolean; cut?: { start: number; end: number } }[] = [];
      /** whether [start, end) overlaps nothing found yet: a number or an address is found once, by the first reading */
      const free = (start: number, end: number) => !hits.some((h) => start < h.end && end > h.start);

      // Every pattern below needs something most sentences lack (an @ or "(at)", a digit, a letter
      // right before a digit): a text without it skips the pattern, finding exactly the same.
      const mayHoldEmail = f.includes('@') || SPELT_AT.test(f);
      const hasDigit = DIGIT.test(f);
      for (const m of mayHoldEmail ? emailMatches(f) : []) {
        const address = m[0].replace(SPELT_AT_SIGN, '@').replace(SPELT_DOTS, '.');
        const domain = address.split('@')[1]!;
        if (address === schoolEmail || (domain === schoolDomain && !FREE_MAIL.has(domain))) continue;
        hits.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
      }
      // spelt out in words to dodge filters: "mike dot evans at gmail dot com"
      for (const m of f.includes(' dot ') && f.includes(' at ') ? wordMatches(SPELT_EMAIL, f) : []) {
        const address = m[0].replace(SPELT_WORD_DOT, '.').replace(SPELT_WORD_AT, '@');
        const domain = address.split('@')[1]!;
        if (address === schoolEmail || (domain === schoolDomain && !FREE_MAIL.has(domain))) continue;
        if (free(m.index, m.index + m[0].length)) hits.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
      }
      for (const m of mayHoldEmail && (f.includes(' @') || f.includes('@ ')) ? wordMatches(SPACED_EMAIL, f) : []) {
        const address = m[0].replace(SPACES_IN_ADDRESS, '');
        const domain = address.split('@')[1]!;
        if (address === schoolEmail || (domain === schoolDomain && !FREE_MAIL.has(domain))) continue;
        if (free(m.index, m.index + m[0].length)) hits.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
      }
      const inEmail = (s: number, e: number) => hits.some((h) => h.kind === 'email' && s < h.end && e > h.start);

      // numbers are read with each o among digits as the zero it stands for ("O77OO 9OO123"); the same length, so
      // offsets hold
      const numbers = hasDigit && DIGIT_BY_OH.test(f) ? f.replace(DIGITS_WITH_OH, (w) => w.replaceAll('o', '0')) : f;
      for (const m of hasDigit ? wordMatches(PHONE_RUN, numbers) : []) {
        if (REFERENCE_BEFORE.test(f.slice(Math.max(0, m.index - 24), m.index))) continue;
        const groups = allMatches(DIGIT_GROUPS, m[0]);
        if (isIsbn13(groups.map((g) => g[0]).join(''))) continue;
        const plus = m[0].startsWith('+');
        // the longest run of whole digit groups that makes a number, so "07700 900123 - 9am" keeps its number
        for (let i = 0; i < groups.length; i++) {
          for (let j = groups.length - 1; j >= i; j--) {
            const digits = groups.slice(i, j + 1).map((g) => g[0]).join('');
            const national = phoneDigits(digits, plus && i === 0);
            if (!national) continue;
            const start = m.index + (i === 0 ? 0 : groups[i]!.index);
            let end = m.index + groups[j]!.index + groups[j]![0].length;
            if (f[end] === ')') end++;
            if (national !== schoolPhone && !inEmail(start, end)) hits.push({ kind: isServiceNumber(national) ? 'helpline' : 'phone', start, end });
            i = j;
            break;
          }
        }
      }

      // the same numbers in words, to slip past a filter: "oh seven seven double oh, nine double oh one two three"
      for (const m of spokenNumbers(f)) {
        const national = phoneDigits(m.digits, false);
        if (national && national !== schoolPhone && free(m.start, m.end)) hits.push({ kind: isServiceNumber(national) ? 'helpline' : 'phone', start: m.start, end: m.end });
      }
      for (const m of hasDigit ? wordMatches(SHORT_HELPLINE, f) : []) {
        if (free(m.index, m.index + m[0].length)) hits.push({ kind: 'helpline', start: m.index, end: m.index + m[0].length });
      }
      for (const m of hasDigit ? personalIds(f) : []) if (free(m.start, m.end)) hits.push(m);

      const [dateMatches, cueMatches, addressMatches, postcodeMatches] = hasDigit ? DIGIT_PATTERNS.matches(f) : [[], [], [], []];
      for (const m of postcodeMatches!) {
        const code = m[0].replace(SPACES, '');
        const inward = m[0].slice(-3);
        // "b2 1st" and "e1 2nd" written in lower case are places in a race, not postcodes
        if (ORDINAL_INWARD.test(inward) && !upperAt(p.original, p.offsets[m.index + m[0].length - 1]!)) continue;
        if (code === schoolPostcode || inEmail(m.index, m.index + m[0].length)) continue;
        // an area with no district 0 ("N0 0DZ", "TR0 0NS"): l33t such as "n00dz", not a postcode
        if (NO_DISTRICT_ZERO.test(code) || NO_DISTRICT_LETTER.test(code)) continue;
        hits.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length });
      }

      for (const m of addressMatches!) {
        const [, num, nameWords] = m as unknown as [string, string, string];
        if (num.length === 4 && Number(num.slice(0, 4)) >= 1900) continue; // "2026 Heaton Park" is a year
        const before = f.slice(Math.max(0, m.index - 30), m.index);
        if (NOT_A_HOUSE_BEFORE.test(before)) continue;
        const words = allMatches(STREET_WORDS, nameWords);
        if (words.some((w) => NAME_STOPWORDS.has(w[0]))) continue;
        const nameStart = m.index + m[0].indexOf(nameWords, num.length);
        const capitalised = words.every((w) => upperAt(p.original, p.offsets[nameStart + w.index]!));
        if (!capitalised && !ADDRESS_CONTEXT_BEFORE.test(before)) continue;
        if (schoolAddress.includes(` ${normaliseAddress(m[0])} `)) continue;
        hits.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
      }

      // "born between 1 September 2020 and 31 August 2021" is an admissions range, not a child's birthday
      const cues = cueMatches!
        .filter((m) => !BIRTH_RANGE_AFTER.test(f.slice(m.index + m[0].length, m.index + m[0].length + 16)))
        .map((m) => ({ start: m.index, end: m.index + m[0].length, after: m[0].startsWith('d') }));
      const dates: DateHit[] = [];
      for (const m of dateMatches!) {
        const d = parseDate(m.groups ?? {});
        if (!d) continue;
        dates.push({ start: m.index, end: m.index + m[0].length, year: d.year, ...(d.year !== undefined ? { iso: isoOf(d.year, d.month, d.day) } : {}) });
      }
      for (const d of dates) {
        if (hits.some((h) => d.start < h.end && d.end > h.start)) continue;
        // a birth word just before the date ("born on", "DOB:") or just after it ("14/03/2018 (DOB)"), in the same sentence
        // the nearest birth word before the date ("birthday to Grace, born 11 May": "born")
        let before: (typeof cues)[number] | undefined;
        for (const c of cues) if (c.end <= d.start && d.start - c.end <= 30 && !SENTENCE_BREAK.test(f.slice(c.end, d.start))) before = c;
        const cued = before !== undefined || cues.some((c) => c.after && c.start >= d.end && c.start - d.end <= 12 && !SENTENCE_MARK.test(f.slice(d.end, c.start)));
        const pupil =
          d.year !== undefined && ((d.iso !== undefined && pupilBirthdays.has(d.iso)) || (d.year >= firstBirthYear && d.year <= lastBirthYear && pupilNear(d.start, d.end, 40)));
        if (cued || pupil) hits.push({ kind: 'dob', start: d.start, end: d.end, pupil: true, cut: birthDateRemoval(f, d.start, d.end, before) });
      }

      return hits.map((h) => {
        const span = originalSpan(p, h.start, h.end);
        // a helpline's number is for information: publishing it is often the point, and only a wrong one does harm
        if (h.kind === 'helpline') return { category: 'personal_data', ...span, severity: 'info' as Severity, reason: REASONS[h.kind], advice: ADVICE[h.kind] };
        let severity: Severity = 'warning';
        if (p.kind === 'official_post') {
          const around = f.slice(Math.max(0, h.start - 80), Math.min(f.length, h.end + 80));
          if (h.pupil || hasWordMatch(CHILD_WORDS, around) || pupilNear(h.start, h.end, 80)) severity = 'block';
        }
        // where the cut is plain, it is offered to write in (nothing, over the date and its words); the advice stays
        const cut = h.cut ? { suggestion: '', replaces: originalSpan(p, h.cut.start, h.cut.end) } : {};
        return { category: 'personal_data', ...span, severity, reason: REASONS[h.kind], ...cut, advice: ADVICE[h.kind] };
      });
    };
  },
};
