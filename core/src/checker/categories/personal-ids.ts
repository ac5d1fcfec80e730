// Personal data that is not a way to get in touch but names one person to any office that holds records: an NHS
// number, a National Insurance number, a pupil's unique pupil number (UPN). And a phone number written in words to
// slip past a filter ("oh seven seven double oh…"). Each runs over the folded text (lower case, look-alikes folded).
//
// The numbers carry their own checks, used beside the words that name them: an NHS number's last digit is a modulus-11 check
// of the other nine; a UPN's first letter is a modulus-23 check of its twelve digits (DfE, "Unique pupil numbers").

import { wordMatches, wordStart } from '../word-patterns.js';
import { allMatches } from '../all-matches.js';

export type IdKind = 'nhs' | 'ni' | 'upn';
export interface IdHit {
  kind: IdKind;
  start: number;
  end: number;
}

const NHS_NUMBER = new RegExp(`${wordStart()}\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\p{L}\\p{N}])`, 'gu');
const NHS_CUE = /nhs|health service/;
/** National Insurance: two letters (not D, F, I, Q, U, V; nor O second), six digits, A to D; some pairs never issued */
const NI_NUMBER = new RegExp(`${wordStart()}([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z])\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[a-d](?![\\p{L}\\p{N}])`, 'gu');
/** what every National Insurance number ends with, looked for first: most texts have none */
const NI_TAIL = /\d{2}\s?\d{2}\s?\d{2}\s?[a-d](?![a-z0-9])/;
const NI_NEVER = new Set(['bg', 'gb', 'nk', 'kn', 'tn', 'nt', 'zz']);
const UPN = new RegExp(`${wordStart()}[a-z]\\d{12}(?![\\p{L}\\p{N}])`, 'gu');
const UPN_CUE = /upn|unique pupil|pupil number/;
const UPN_LETTERS = 'abcdefghjklmnpqrtuvwxyz';
const NOT_DIGIT = /\D/g;
const TWELVE_DIGITS = /\d{12}/;
const TWO_DIGITS = /\d\d/;
const TRAILING_MARKS = /[\s,.-]+$/;

/** Whether ten digits are an NHS number: the tenth is 11 less the weighted sum of the others, modulo 11. */
export function validNhsNumber(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let k = 0; k < 9; k++) sum += Number(digits[k]) * (10 - k);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/** Whether a UPN's first letter is the check letter of its twelve digits. */
export function validUpn(upn: string): boolean {
  let sum = 0;
  for (let k = 1; k < 13; k++) sum += Number(upn[k]) * (k + 1);
  return UPN_LETTERS[sum % 23] === upn[0];
}

/** NHS, National Insurance and unique pupil numbers in folded text. */
export function personalIds(f: string): IdHit[] {
  if (!TWO_DIGITS.test(f)) return [];
  const hits: IdHit[] = [];
  const cueBefore = (at: number, cue: RegExp) => cue.test(f.slice(Math.max(0, at - 40), at));
  for (const m of f.includes('nhs') || f.includes('health service') ? wordMatches(NHS_NUMBER, f) : []) {
    // a ten-digit number passes the check one time in eleven by chance: "NHS" before it as well
    if (validNhsNumber(m[0].replace(NOT_DIGIT, '')) && cueBefore(m.index, NHS_CUE)) hits.push({ kind: 'nhs', start: m.index, end: m.index + m[0].length });
  }
  for (const m of NI_TAIL.test(f) ? wordMatches(NI_NUMBER, f) : []) {
    if (!NI_NEVER.has(m[1]!)) hits.push({ kind: 'ni', start: m.index, end: m.index + m[0].length });
  }
  // a UPN is only ever written beside its name; the check letter then tells it from any other letter and twelve digits
  const mayHoldUpn = f.includes('upn') || f.includes('pupil number') || f.includes('unique pupil');
  for (const m of mayHoldUpn && TWELVE_DIGITS.test(f) ? wordMatches(UPN, f) : []) {
    if (validUpn(m[0]) || cueBefore(m.index, UPN_CUE)) hits.push({ kind: 'upn', start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const NUMBER_WORDS: Record<string, string> = { zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const REPEATS: Record<string, number> = { double: 2, treble: 3, triple: 3 };
/** a run of number words and digits, with the spaces, commas and dashes said or typed between them */
const SPOKEN_RUN = new RegExp(
  `${wordStart()}(?:zero|oh|nought|0\\d{0,4})(?:[\\s,.\\-]+(?=[a-z0-9])|(?![\\p{L}\\p{N}]))(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|\\d{1,5})(?:[\\s,.\\-]+(?=[a-z0-9])|(?![\\p{L}\\p{N}]))){3,}`,
  'gu',
);
const SPOKEN_TOKEN = /[a-z]+|\d+/g;
/** a UK number starts with 0: said as "zero", "oh" or "nought", then a number */
const MAY_SPEAK_ZERO = /(?:zero|nought|(?:^|\s)oh)[\s,.-]+(?:one|two|three|seven|double|\d)/;

/**
 * Phone numbers written partly or wholly in words ("oh seven seven double oh, nine double oh one two three"), as
 * [start, end) and their digits; a run of digits alone is the phone pattern's to find.
 */
export function spokenNumbers(f: string): { start: number; end: number; digits: string }[] {
  // includes() first: the pattern alone cost 8 µs a 2,000-character text, at every space
  if (!(f.includes('zero') || f.includes('nought') || f.includes('oh ')) || !MAY_SPEAK_ZERO.test(f)) return [];
  const out: { start: number; end: number; digits: string }[] = [];
  for (const m of wordMatches(SPOKEN_RUN, f)) {
    let digits = '';
    let words = 0;
    let repeat = 1;
    for (const t of allMatches(SPOKEN_TOKEN, m[0])) {
      const w = t[0];
      if (REPEATS[w] !== undefined) {
        repeat = REPEATS[w]!;
        words++;
        continue;
      }
      const d = NUMBER_WORDS[w] ?? w;
      if (NUMBER_WORDS[w] !== undefined) words++;
      digits += repeat > 1 ? d.repeat(repeat) : d;
      repeat = 1;
    }
    if (words < 3) continue;
    const end = m.index + m[0].replace(TRAILING_MARKS, '').length;
    out.push({ start: m.index, end, digits });
  }
  return out;
}
