import type { CategoryBuilder } from '../check.js';
import { originalSpan } from '../normalise.js';
import type { Finding, Prepared } from '../types.js';
import { fold } from './names.js';
import { TokenTrie, tokenize, type Token } from './roster-matcher.js';

type What = 'name' | 'short name' | 'nickname' | 'address' | 'town';
interface Phrase { what: What; shown: string; needsCapital: boolean }

// Words of a school's formal name that say what kind of school it is, not which one.
const GENERIC = new Set('primary school academy c of e ce church parish aided infant infants junior juniors high college catholic rc voluntary controlled community federation nursery the and trust foundation secondary free methodist'.split(' '));
// Words that, near the town's name, make a post say where the writer teaches.
const SCHOOL_WORDS = new Set('school schools primary academy infants juniors college teach teaching teacher teachers pupils classroom staffroom headteacher head class kids'.split(' '));
const NEAR = 5;

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

/** For personal posts: the school's name, short name, nicknames, address, postcode, or its town beside school words. */
export const schoolIdentification: CategoryBuilder = {
  categories: ['school_identification'],
  build(roster) {
    const { school } = roster;
    const trie = new TokenTrie<Phrase>(false);
    const add = (text: string | undefined, what: What, needsCapital: boolean) => {
      if (!text?.trim()) return;
      for (const words of variants(text)) trie.add(words, { what, shown: text.trim(), needsCapital });
    };
    add(school.name, 'name', false);
    const distinctive = stem(school.name);
    if (fold(distinctive) !== fold(school.town)) add(distinctive, 'name', true);
    add(school.short, 'short name', true);
    for (const n of school.nicknames ?? []) add(n, 'nickname', true);
    const street = school.address?.split(/[,\n]/)[0];
    if (street && /\p{L}{3,}/u.test(street)) add(street, 'address', false);
    add(school.town, 'town', false);
    const postcode = postcodePattern(school.postcode);

    return (p: Prepared) => {
      const findings: Finding[] = [];
      const tokens = tokenize(p.folded);
      const anyUpper = /\p{Lu}/u.test(p.original);
      const push = (start: number, end: number, reason: string) => {
        const span = originalSpan(p, start, end);
        findings.push({ category: 'school_identification', ...span, severity: 'warning', reason });
      };
      for (let i = 0; i < tokens.length; i++) {
        for (const [length, phrases] of trie.matchesAt(tokens, i)) {
          const last = tokens[i + length - 1]!;
          // "the Barts": a nickname of everyday words counts when one of them has a capital
          const capital = tokens.slice(i, i + length).some((t) => /\p{Lu}/u.test(p.original[p.offsets[t.start]!]!));
          const phrase = phrases.find((ph) => ph.what !== 'town' && (!ph.needsCapital || capital || !anyUpper));
          if (phrase) {
            push(tokens[i]!.start, last.possessiveEnd ?? last.end, `Identifies the school (its ${phrase.what}, ${phrase.shown}). Personal posts should not say which school you work at.`);
          } else if (phrases.some((ph) => ph.what === 'town') && nearSchoolWords(tokens, i, i + length - 1)) {
            push(tokens[i]!.start, last.possessiveEnd ?? last.end, `Identifies the school (its town, ${school.town}, beside talk of school). Personal posts should not say which school you work at.`);
          } else continue;
          i += length - 1;
          break;
        }
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

function nearSchoolWords(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - NEAR); k <= Math.min(tokens.length - 1, last + NEAR); k++) {
    if ((k < first || k > last) && SCHOOL_WORDS.has(tokens[k]!.text)) return true;
  }
  return false;
}
