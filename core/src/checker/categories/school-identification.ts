import type { CategoryBuilder } from '../check.js';
import { isWordChar, originalSpan } from '../normalise.js';
import type { Finding, Prepared } from '../types.js';
import { fold } from './names.js';
import { schoolNameRewrite } from './school-name-rewrites.js';
import { ORDINARY_WORDS, TokenTrie, tokenize, wordsOf, type Token } from './roster-matcher.js';
import { isShortWord } from '../lexicons/english-words.js';

// module-level, since a regular expression literal in a function is a new object each time it runs
const ANY_UPPER = /\p{Lu}/u;
const NOT_LETTERS = /[^a-z]/g;

type What = 'name' | 'short name' | 'nickname' | 'address' | 'town';
/** `split`: the name written as two words, which counts only with a capital, however the rest is written */
interface Phrase { what: What; shown: string; needsCapital: boolean; split?: true }

// Words of a school's formal name that say what kind of school it is, not which one.
const GENERIC = new Set('primary school academy c of e ce church parish aided infant infants junior juniors high college catholic rc voluntary controlled community federation nursery the and trust foundation secondary free methodist'.split(' '));
// Words that, near the town's name, make a post say where the writer teaches.
const SCHOOL_WORDS = new Set('school schools primary academy infants juniors college teach teaching teacher teachers pupils classroom staffroom headteacher'.split(' '));
const NEAR = 5;
/** characters between the school's name and its town within which the town is not said again */
const TOWN_BESIDE_NAME = 60;

/** Spellings of a phrase as folded words: with and without the possessive s, "St" and "Saint". */
function variants(phrase: string): string[][] {
  let forms: string[][] = [[]];
  for (const t of tokenize(fold(phrase))) {
    const options = [t.text];
    if (t.possessiveEnd !== undefined) options.push(`${t.text}s`);
    if (t.text === 'st') options.push('saint');
    if (t.text === 'saint') options.push('st');
    forms = forms.flatMap((f) => options.map((o) => [...f, o]));
  }
  return forms.filter((f) => f.length > 0);
}

/** The distinctive words of a formal name: "St Bartholomew's" from "St Bartholomew's Parish C of E Aided Primary School". */
function stem(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w) => GENERIC.has(fold(w).replace(/[^a-z]/g, '')));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}

const postcodePattern = (postcode: string) => {
  const compact = fold(postcode).replace(/[^a-z0-9]/g, '');
  if (compact.length < 5) return undefined;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  return new RegExp(`(?<![a-z0-9])${outward}\\s*${inward}(?![a-z0-9])`, 'g');
};

/** The digits of a UK phone number, +44 read as 0. */
const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^44/, '0').replace(/^00?44/, '0');

/** The school's phone number however it is spaced: "0117 496 0123", "01174960123", "(0117) 496-0123". */
const phonePattern = (phone: string | undefined) => {
  const digits = phone ? phoneDigits(phone) : '';
  if (digits.length < 10) return undefined;
  return new RegExp(`(?<![0-9])(?:\\+\\s?44\\s?\\(?0?\\)?\\s?)?${[...digits.slice(digits.startsWith('0') ? 1 : 0)].join('[\\s().\\-]*')}(?![0-9])|(?<![0-9])${[...digits].join('[\\s().\\-]*')}(?![0-9])`, 'g');
};

// A hashtag or handle ("#OakfieldPrimary", "@oakfield_pta") and letters spaced out ("O a k f i e l d")
// hide the school's name from a word-by-word match: both are read with their letters run together.
const TAG = /(?<![a-z0-9])[#@][a-z0-9_]{3,}/g;
const SPACED = /(?<![a-z0-9])(?:[a-z][ .-]){3,}[a-z](?![a-z0-9])/g;
const lettersOf = (s: string) => fold(s).replace(/[^a-z]/g, '');

/** words a school's short name or nickname may be made of that are also everyday words: "Hope", "the Grange", "Park" */
const EVERYDAY = new Set([
  ...ORDINARY_WORDS,
  ...('the a of and st saint holy all saints new old high upper lower great park grange valley vale meadow meadows field fields green wood woods hill hills ' +
    'bridge lane rise heath brook oak oaks elm elms ash beech cedar birch pine acorn forest orchard manor abbey priory court mount tower towers cross church ' +
    'castle gate gates farm mill mills moor moors way croft dale crescent village school primary academy infants juniors junior infant free').split(' '),
]);
/**
 * Whether a name is all everyday words, which count as the school's only with a capital ("Hope", "the Grange"): a
 * name of its own ("Oakers", "St Bart's") counts however it is written ("back at oakers HQ").
 */
const everyday = (name: string) => fold(name).split(/[^a-z]+/).filter((w) => w.length > 1).every((w) => EVERYDAY.has(w));

/**
 * A one-word name as the two English words it is made of ("Oakfield" as "oak field", "Woodside" as "wood side"), each
 * of three letters or more: a writer may split it, by slip or to slip past.
 */
function splitIntoTwoWords(name: string): string[][] {
  const word = fold(name).trim();
  if (!/^[a-z]{6,}$/.test(word)) return [];
  const out: string[][] = [];
  for (let k = 3; k <= word.length - 3; k++) if (isShortWord(word.slice(0, k)) && isShortWord(word.slice(k))) out.push([word.slice(0, k), word.slice(k)]);
  return out;
}

/** For personal posts: the school's name, short name, nicknames, address, postcode, or its town beside school words. */
export const schoolIdentification: CategoryBuilder = {
  categories: ['school_identification'],
  build(roster) {
    const { school } = roster;
    const trie = new TokenTrie<Phrase>(false, false, true);
    const add = (text: string | undefined, what: What, needsCapital: boolean) => {
      if (!text?.trim()) return;
      for (const words of variants(text)) trie.add(words, { what, shown: text.trim(), needsCapital });
    };
    add(school.name, 'name', false);
    const distinctive = stem(school.name);
    if (fold(distinctive) !== fold(school.town)) add(distinctive, 'name', everyday(distinctive));
    add(school.short, 'short name', everyday(school.short));
    // the short name split into the two words it is made of, with a capital: "Oak Field primary staff"
    for (const name of new Set([school.short, distinctive].filter((n): n is string => Boolean(n?.trim())))) {
      for (const words of splitIntoTwoWords(name)) trie.add(words, { what: 'short name', shown: name.trim(), needsCapital: true, split: true });
    }
    for (const n of school.nicknames ?? []) add(n, 'nickname', everyday(n));
    const street = school.address?.split(/[,\n]/)[0];
    if (street && /\p{L}{3,}/u.test(street)) add(street, 'address', false);
    add(school.town, 'town', false);
    const postcode = postcodePattern(school.postcode);
    const phone = phonePattern(school.phone);
    const email = school.email ? fold(school.email).trim() : '';
    // the school's names with their letters run together, as a hashtag writes them: long enough
    // not to be found inside everyday words
    const compact = [
      ...[school.name, distinctive, school.short, ...(school.nicknames ?? [])].map((n) => ({ letters: lettersOf(n), shown: n.trim() })),
    ].filter((n, i, all) => n.letters.length >= 5 && all.findIndex((m) => m.letters === n.letters) === i);

    const initials = schoolInitials(school.name);

    return (p: Prepared) => {
      const findings: Finding[] = [];
      const tokens = wordsOf(p);
      const anyUpper = ANY_UPPER.test(p.original);
      // the town beside talk of school, kept aside: beside the school's own name it adds nothing
      const towns: { start: number; end: number }[] = [];
      /** `rewrite`: how the words are written, where a rewrite of the school's name may be offered for them */
      const push = (start: number, end: number, reason: string, rewrite?: 'tag' | 'words') => {
        const span = originalSpan(p, start, end);
        const offered = rewrite ? schoolNameRewrite(p.original, span.start, span.end, rewrite === 'tag') : undefined;
        findings.push({ category: 'school_identification', ...span, severity: 'warning', reason, ...offered });
      };
      for (let i = 0; i < tokens.length; i++) {
        for (const [length, phrases] of trie.matchesAt(tokens, i)) {
          const last = tokens[i + length - 1]!;
          // pieces of a camel-case hashtag ("#OakfieldPrimary"): the hashtag pass below reports it whole
          if (runsOn(p.folded, tokens, i, i + length - 1)) continue;
          // "the Barts": a nickname of everyday words counts when one of them has a capital
          const capital = tokens.slice(i, i + length).some((t) => ANY_UPPER.test(p.original[p.offsets[t.start]!]!));
          const phrase = phrases.find((ph) => ph.what !== 'town' && (!ph.needsCapital || capital || (!anyUpper && !ph.split)));
          if (phrase) {
            const named = phrase.what === 'name' || phrase.what === 'short name' || phrase.what === 'nickname';
            push(tokens[i]!.start, last.possessiveEnd ?? last.end, `Identifies the school (its ${phrase.what}, ${phrase.shown}). Personal posts should not say which school you work at.`, named ? 'words' : undefined);
          } else if (phrases.some((ph) => ph.what === 'town') && nearSchoolWords(tokens, i, i + length - 1)) {
            towns.push({ start: tokens[i]!.start, end: last.possessiveEnd ?? last.end });
          } else continue;
          i += length - 1;
          break;
        }
      }
      // the name's initials in capitals, as staff write it: "SATs week at OPS"
      if (initials && anyUpper) {
        for (const t of tokens) {
          if (t.text !== initials) continue;
          const span = originalSpan(p, t.start, t.end);
          const written = p.original.slice(span.start, span.end);
          if (written !== written.toUpperCase()) continue;
          push(t.start, t.end, `Identifies the school (its initials, ${written}, for ${school.name}). Personal posts should not say which school you work at.`);
        }
      }
      // "Oakfield Primary in Thornbury" is one finding
      const named = findings.length;
      for (const town of towns) {
        const at = originalSpan(p, town.start, town.end).start;
        if (findings.slice(0, named).some((f) => Math.abs(f.start - at) <= TOWN_BESIDE_NAME)) continue;
        push(town.start, town.end, `Identifies the school (its town, ${school.town}, beside talk of school). Personal posts should not say which school you work at.`);
      }
      const said = (start: number, end: number) => findings.some((f) => f.start < originalSpan(p, start, end).end && originalSpan(p, start, end).start < f.end);
      for (const re of [TAG, SPACED]) {
        re.lastIndex = 0;
        for (let m = re.exec(p.folded); m; m = re.exec(p.folded)) {
          const letters = m[0].replace(NOT_LETTERS, '');
          const name = compact.find((n) => (re === TAG ? letters.includes(n.letters) : letters === n.letters));
          if (!name || said(m.index, m.index + m[0].length)) continue;
          const how = re === TAG ? (m[0][0] === '#' ? 'in a hashtag' : 'in a handle') : 'spelt out';
          push(m.index, m.index + m[0].length, `Identifies the school (its name, ${name.shown}, ${how}). Personal posts should not say which school you work at.`, re === TAG ? 'tag' : 'words');
        }
      }
      if (phone) {
        phone.lastIndex = 0;
        for (let m = phone.exec(p.folded); m; m = phone.exec(p.folded)) {
          push(m.index, m.index + m[0].length, `Identifies the school (its phone number, ${school.phone}). Personal posts should not say which school you work at.`);
        }
      }
      for (let at = email ? p.folded.indexOf(email) : -1; at !== -1; at = p.folded.indexOf(email, at + 1)) {
        push(at, at + email.length, `Identifies the school (its email address, ${school.email}). Personal posts should not say which school you work at.`);
      }
      if (postcode) {
        postcode.lastIndex = 0;
        for (let m = postcode.exec(p.folded); m; m = postcode.exec(p.folded)) {
          push(m.index, m.index + m[0].length, `Identifies the school (its postcode, ${school.postcode}). Personal posts should not say which school you work at.`);
        }
      }
      return findings;
    };
  },
};

// initials schools and the people in them use for other things: a school whose initials are one of these is not found by them
const COMMON_ACRONYMS = new Set('sats sen send dsl slt eyfs pta pe re ta cpd inset nhs gcse dbs ehcp senco ppa nqt ect hlta mat bbc itv ofsted dfe lol omg wtf btw fyi asap rip ps pps'.split(' '));
/** The initials of a school's formal name, three letters or more ("OPS" for Oakfield Primary School), or undefined. */
export function schoolInitials(name: string): string | undefined {
  const words = fold(name).split(/[^a-z']+/).filter((w) => w.length > 0 && w !== 'of' && w !== 'and' && w !== 'the');
  const initials = words.map((w) => w[0]).join('');
  return initials.length >= 3 && !COMMON_ACRONYMS.has(initials) ? initials : undefined;
}

const IN_TAG_BEFORE = new Set(['#', '@', '_']);
/** Whether tokens [first, last] are pieces of one run of letters: split from a camel-case hashtag, or of a handle. */
function runsOn(folded: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (isWordChar(folded[tokens[first]!.start - 1]) || isWordChar(folded[tokens[last]!.end])) return true;
  // a piece of a handle or hashtag: "@oakfield_pta", "#oakfield"
  if (IN_TAG_BEFORE.has(folded[tokens[first]!.start - 1] ?? '') || folded[tokens[last]!.end] === '_') return true;
  for (let k = first; k < last; k++) if (tokens[k]!.end === tokens[k + 1]!.start) return true;
  return false;
}

function nearSchoolWords(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - NEAR); k <= Math.min(tokens.length - 1, last + NEAR); k++) {
    if ((k < first || k > last) && SCHOOL_WORDS.has(tokens[k]!.text)) return true;
  }
  return false;
}
