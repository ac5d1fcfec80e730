// The disguises eval:obfuscation writes each listed word in: the spelling tricks people use to get a word past a
// filter, one a line, each a pure function of the word so every run checks the same texts.

export interface Disguise {
  name: string;
  apply: (word: string) => string;
  /** filled in by the run: the texts this disguise slipped past */
  missed?: string[];
}

const letters = (word: string) => [...word];
const between = (sep: string) => (word: string) => letters(word).join(sep);
const mapLetters = (table: Record<string, string>) => (word: string) => letters(word).map((c) => table[c] ?? c).join('');
/** a letter shifted into a Unicode block that runs a to z */
const block = (first: number) => (word: string) => letters(word).map((c) => String.fromCodePoint(first + c.charCodeAt(0) - 97)).join('');
const VOWELS = /[aeiou]/;
/** the first vowel between the first letter and the last, or the second letter where there is none */
const innerVowel = (word: string) => {
  const k = [...word].findIndex((c, i) => i > 0 && i < word.length - 1 && VOWELS.test(c));
  return k > 0 ? k : 1;
};
const starAt = (k: number, star = '*') => (w: string) => w.slice(0, k) + star + w.slice(k + 1);

// "Mathematical" alphabets have holes (the italic h, the script e...) filled from elsewhere; bold has none.
const MATH_BOLD = 0x1d41a;
const CIRCLED = 0x24d0;
const PARENTHESISED = 0x249c;
const NEGATIVE_SQUARED = 0x1f170;
const FULL_WIDTH = 0xff41;
const SUPERSCRIPT: Record<string, string> = {
  a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ', f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ', s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ',
};
const SMALL_CAPITALS: Record<string, string> = {
  a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ', o: 'ᴏ', p: 'ᴘ', r: 'ʀ', s: 'ꜱ', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ',
};
const CYRILLIC: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', j: 'ј', o: 'о', p: 'р', s: 'ѕ', x: 'х', y: 'у' };
const GREEK: Record<string, string> = { a: 'α', e: 'ε', i: 'ι', k: 'κ', n: 'η', o: 'ο', p: 'ρ', t: 'τ', u: 'υ', v: 'ν' };
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý' };
const LEET_VOWELS: Record<string, string> = { a: '4', e: '3', i: '1', o: '0' };
const LEET_DIGITS: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', g: '9', b: '8' };
const LEET_SYMBOLS: Record<string, string> = { a: '@', i: '!', s: '$', o: '0', l: '|' };

export const DISGUISES: Disguise[] = [
  { name: 'as written', apply: (w) => w },
  { name: 'capitals', apply: (w) => w.toUpperCase() },
  { name: 'a capital first', apply: (w) => w[0]!.toUpperCase() + w.slice(1) },
  { name: 'letters spaced out', apply: between(' ') },
  { name: 'letters with full stops between', apply: between('.') },
  { name: 'letters with full stops and spaces', apply: (w) => letters(w).join('. ') + '.' },
  { name: 'letters with hyphens between', apply: between('-') },
  { name: 'letters with underscores between', apply: between('_') },
  { name: 'letters with stars between', apply: between('*') },
  { name: 'letters with no-break spaces between', apply: between('\u00a0') },
  { name: 'vowels repeated', apply: (w) => w.replace(/[aeiou]/g, (v) => v.repeat(4)) },
  { name: 'last letter repeated', apply: (w) => w + w.at(-1)!.repeat(5) },
  { name: 'l33t vowels (4 3 1 0)', apply: mapLetters(LEET_VOWELS) },
  { name: 'l33t, every letter a digit can stand for', apply: mapLetters(LEET_DIGITS) },
  { name: 'l33t symbols (@ ! $ 0 |)', apply: mapLetters(LEET_SYMBOLS) },
  { name: 'an inner vowel starred', apply: (w) => starAt(innerVowel(w))(w) },
  { name: 'an inner vowel as #', apply: (w) => starAt(innerVowel(w), '#')(w) },
  { name: 'two inner letters starred', apply: (w) => (w.length < 4 ? starAt(1)(w) : starAt(2)(starAt(1)(w))) },
  { name: 'the last letter starred', apply: (w) => starAt(w.length - 1)(w) },
  { name: 'zero-width spaces between letters', apply: between('\u200b') },
  { name: 'zero-width joiners between letters', apply: between('\u200d') },
  { name: 'soft hyphens between letters', apply: between('\u00ad') },
  { name: 'word joiners between letters', apply: between('\u2060') },
  { name: 'right-to-left marks between letters', apply: between('\u200f') },
  { name: 'right-to-left override, spelt backwards', apply: (w) => `\u202e${[...w].reverse().join('')}\u202c` },
  { name: 'Cyrillic look-alike letters', apply: mapLetters(CYRILLIC) },
  { name: 'Greek look-alike letters', apply: mapLetters(GREEK) },
  { name: 'accented letters', apply: mapLetters(ACCENTED) },
  { name: 'combining accents on every letter', apply: (w) => letters(w).map((c) => c + '\u0301').join('') },
  { name: 'struck through (combining long stroke)', apply: (w) => letters(w).map((c) => c + '\u0336').join('') },
  { name: 'full-width letters', apply: block(FULL_WIDTH) },
  { name: 'mathematical bold letters', apply: block(MATH_BOLD) },
  { name: 'circled letters', apply: block(CIRCLED) },
  { name: 'parenthesised letters', apply: block(PARENTHESISED) },
  { name: 'negative squared letters', apply: block(NEGATIVE_SQUARED) },
  { name: 'small capitals', apply: mapLetters(SMALL_CAPITALS) },
  { name: 'superscript letters', apply: mapLetters(SUPERSCRIPT) },
  { name: 'capitals, l33t vowels and zero-width spaces at once', apply: (w) => between('\u200b')(mapLetters(LEET_VOWELS)(w).toUpperCase()) },
  { name: 'Cyrillic letters and repeated vowels at once', apply: (w) => mapLetters(CYRILLIC)(w.replace(/[aeiou]/g, (v) => v.repeat(3))) },
  { name: 'spaced out in capitals with a starred vowel', apply: (w) => between(' ')(starAt(innerVowel(w))(w).toUpperCase()) },
];

// A pupil's name and a parent's contact details, disguised: the same tricks on the other things a school must not
// publish. Each applies to the text as written, capitals and spaces kept.
const eachLetter = (f: (c: string) => string) => (text: string) => [...text].map((c) => (/[a-z]/i.test(c) ? f(c) : c)).join('');
const shifted = (upper: number, lower: number) => eachLetter((c) => String.fromCodePoint((c >= 'a' ? lower : upper) + (c.toLowerCase().charCodeAt(0) - 97)));
const insideWords = (mark: string) => (text: string) => text.replace(/(\p{L})(?=\p{L})/gu, `$1${mark}`);
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const eachDigit = (f: (d: string) => string) => (text: string) => text.replace(/\d/g, f);

export const NAME_DISGUISES: Disguise[] = [
  { name: 'as written', apply: (t) => t },
  { name: 'capitals', apply: (t) => t.toUpperCase() },
  { name: 'lower case', apply: (t) => t.toLowerCase() },
  { name: 'a possessive', apply: (t) => `${t}'s` },
  { name: 'a hashtag', apply: (t) => `#${t.replace(/\s+/g, '')}` },
  { name: 'underscores for spaces', apply: (t) => t.replace(/\s+/g, '_') },
  { name: 'zero-width spaces inside words', apply: insideWords('\u200b') },
  { name: 'soft hyphens inside words', apply: insideWords('\u00ad') },
  { name: 'Cyrillic look-alike letters', apply: eachLetter((c) => CYRILLIC[c] ?? c) },
  { name: 'l33t vowels (4 3 1 0)', apply: eachLetter((c) => LEET_VOWELS[c.toLowerCase()] ?? c) },
  { name: 'accented letters', apply: eachLetter((c) => ACCENTED[c] ?? c) },
  { name: 'combining accents on every letter', apply: eachLetter((c) => c + '\u0301') },
  { name: 'full-width letters', apply: shifted(0xff21, FULL_WIDTH) },
  { name: 'mathematical bold letters', apply: shifted(0x1d400, MATH_BOLD) },
  { name: 'right-to-left override, spelt backwards', apply: (t) => `\u202e${[...t].reverse().join('')}\u202c` },
  { name: 'each word\'s letters spaced out', apply: (t) => t.split(/\s+/).map((w) => [...w].join(' ')).join('   ') },
  { name: 'each word\'s letters with hyphens between', apply: (t) => t.split(/\s+/).map((w) => [...w].join('-')).join(' ') },
  { name: 'each word\'s letters with dots between', apply: (t) => t.split(/\s+/).map((w) => [...w].join('.')).join(' ') },
  { name: 'letters spaced out and l33t vowels', apply: (t) => t.split(/\s+/).map((w) => [...w].map((c) => LEET_VOWELS[c.toLowerCase()] ?? c).join(' ')).join('   ') },
];

export const PHONE_DISGUISES: Disguise[] = [
  { name: 'as written', apply: (t) => t },
  { name: 'no spaces', apply: (t) => t.replace(/\s+/g, '') },
  { name: 'dots', apply: (t) => t.replace(/\s+/g, '.') },
  { name: 'hyphens', apply: (t) => t.replace(/\s+/g, '-') },
  { name: 'international (+44)', apply: (t) => `+44 ${t.slice(1)}` },
  { name: 'every digit spaced', apply: (t) => [...t.replace(/\s+/g, '')].join(' ') },
  { name: 'zero-width spaces between digits', apply: (t) => [...t.replace(/\s+/g, '')].join('\u200b') },
  { name: 'full-width digits', apply: eachDigit((d) => String.fromCodePoint(0xff10 + +d)) },
  { name: 'mathematical bold digits', apply: eachDigit((d) => String.fromCodePoint(0x1d7ce + +d)) },
  { name: 'the letter O for zero', apply: (t) => t.replace(/0/g, 'O') },
  { name: 'in words', apply: (t) => [...t.replace(/\s+/g, '')].map((d) => DIGIT_WORDS[+d]).join(' ') },
  { name: 'right-to-left override, spelt backwards', apply: (t) => `\u202e${[...t].reverse().join('')}\u202c` },
];

export const EMAIL_DISGUISES: Disguise[] = [
  { name: 'as written', apply: (t) => t },
  { name: 'capitals', apply: (t) => t.toUpperCase() },
  { name: '(at) and (dot)', apply: (t) => t.replace('@', ' (at) ').replace(/\./g, ' (dot) ') },
  { name: '[at] and [dot]', apply: (t) => t.replace('@', ' [at] ').replace(/\./g, ' [dot] ') },
  { name: 'at and dot in words', apply: (t) => t.replace('@', ' at ').replace(/\./g, ' dot ') },
  { name: 'spaces round @ and dots', apply: (t) => t.replace('@', ' @ ').replace(/\./g, ' . ') },
  { name: 'a full-width @', apply: (t) => t.replace('@', '\uff20') },
  { name: 'zero-width spaces inside', apply: (t) => [...t].join('\u200b') },
  { name: 'right-to-left override, spelt backwards', apply: (t) => `\u202e${[...t].reverse().join('')}\u202c` },
];

/** Threats, hate, bullying and sexual talk in set phrases, each word of three letters or more disguised as a word is. */
export const PHRASES: [string, 'threat' | 'hate' | 'bullying' | 'sexual'][] = [
  ['kill yourself', 'threat'],
  ['go hang yourself', 'threat'],
  ['i will kill you', 'threat'],
  ['i will stab you', 'threat'],
  ['i know where you live', 'threat'],
  ['neck yourself', 'threat'],
  ['watch your back', 'threat'],
  ['i will smash your face in', 'threat'],
  ['go back to your own country', 'hate'],
  ['you are a retard', 'hate'],
  ['nobody likes you', 'bullying'],
  ['you are so ugly', 'bullying'],
  ['you fat cow', 'bullying'],
  ['send nudes', 'sexual'],
];
