// npm run -s eval:obfuscation — how often a listed word is still found when it is disguised. Issue 5 asks that no
// spelling trick (l33t, symbols, spacing, repeated letters, look-alike letters, invisible characters, combining
// marks, right-to-left marks) slips a word past the checker. Every word of the lexicon that blocks on its own
// (strong language, sexual words and slurs) is written into a sentence, disguised in each of the ways below, and
// checked; a word counts as found when a finding of its category covers it. It prints the share found for each
// disguise, then the words each disguise slipped past. A report, not a test: it exits 0 whatever the figures.
//
// Beside it, the word-list libraries issue 5 compares (obscenity, @2toad/profanity, leo-profanity) on the same texts:
// each is scored on the words it finds as written, so what it shows is how well it sees through a disguise, not how
// many words its list has.
//
// `-- --all` lists every slip (otherwise the first ten of each disguise).
import { Profanity } from '@2toad/profanity';
import leo from 'leo-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_BUILDERS, compileChecker, type TextKind } from '../src/index.js';
import { OFFENSIVE_WORDS } from '../src/checker/lexicons/offensive.js';
import { parseRoster } from '../cli/roster-schema.js';
import { DISGUISES, EMAIL_DISGUISES, NAME_DISGUISES, PHONE_DISGUISES, PHRASES, type Disguise } from './obfuscation-disguises.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const roster = parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'core/eval/roster.json');
const checker = compileChecker(roster, ALL_BUILDERS);
const showAll = process.argv.includes('--all');

// the words that block wherever they stand; a word the lexicon spells with a symbol or a space is already a disguise
const words = OFFENSIVE_WORDS.filter((w) => w.severity === 'block' && /^[a-z]{3,}$/.test(w.term));
/** sentences a word is written into, one a kind of text; "{}" is the word */
const CARRIERS: [TextKind, string][] = [
  ['comment', 'Honestly, {} is all I have to say about it.'],
  ['personal_post', 'Overheard at the gate today: {}.'],
  ['official_post', 'Please read this before Friday: {}'],
];

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const toad = new Profanity({ languages: ['en'], wholeWord: true });
const LIBRARIES: [string, (text: string) => boolean][] = [
  ['obscenity', (t) => obscenity.hasMatch(t)],
  ['@2toad', (t) => toad.exists(t)],
  ['leo', (t) => leo.check(t)],
];
const carried = (carrier: string, word: string) => carrier.replace('{}', () => word);
// the words each library finds as written, in every sentence, and not in the sentence alone
const known = LIBRARIES.map(([, finds]) => words.filter((w) => CARRIERS.every(([, c]) => finds(carried(c, w.term)) && !finds(carried(c, 'something'))))) ;

console.log(`Disguised words: ${words.length} words of the lexicon that block on their own, each in ${CARRIERS.length} sentences, checked as written and in ${DISGUISES.length - 1} disguises.`);
console.log(`Beside it, the share each library still finds of the words it finds as written (${LIBRARIES.map(([name], i) => `${name} ${known[i]!.length}`).join(', ')}).\n`);
console.log(`${'disguise'.padEnd(52)} ${'found'.padStart(5)} ${'of'.padStart(4)}  share  ${LIBRARIES.map(([name]) => name.padStart(9)).join(' ')}`);
let slips = 0;
for (const d of DISGUISES) {
  const missed: string[] = [];
  let found = 0;
  let total = 0;
  for (const w of words) {
    const disguised = d.apply(w.term);
    for (const [kind, carrier] of CARRIERS) {
      const start = carrier.indexOf('{}');
      const text = carried(carrier, disguised);
      const end = start + disguised.length;
      total++;
      const hit = checker
        .check(text, kind)
        .some((f) => (f.category === w.category || f.category === w.also) && f.start < end && start < f.end);
      if (hit) found++;
      else missed.push(`${kind.padEnd(13)} ${JSON.stringify(disguised)} (${w.term}, ${w.category})`);
    }
  }
  const libraries = LIBRARIES.map(([, finds], i) => {
    const theirs = known[i]!;
    const still = theirs.reduce((n, w) => n + CARRIERS.filter(([, c]) => finds(carried(c, d.apply(w.term)))).length, 0);
    return (still / (theirs.length * CARRIERS.length)).toFixed(3).padStart(9);
  });
  slips += missed.length;
  console.log(`${d.name.padEnd(52)} ${String(found).padStart(5)} ${String(total).padStart(4)}  ${(found / total).toFixed(3)}  ${libraries.join(' ')}`);
  d.missed = missed;
}
console.log(`\n${slips} slips in all.`);
for (const d of DISGUISES) {
  if (!d.missed?.length) continue;
  console.log(`\n${d.name} slipped past (${d.missed.length}):`);
  for (const m of showAll ? d.missed : d.missed.slice(0, 10)) console.log(`  ${m}`);
  if (!showAll && d.missed.length > 10) console.log(`  … and ${d.missed.length - 10} more (--all lists them)`);
}

// Names and contact details: every pupil of the eval roster named in a post, and made-up numbers and addresses in comments.
const pupils = roster.pupils.map((p) => `${p.given} ${p.family}`);
const phones = Array.from({ length: 20 }, (_, k) => `07700 900${String(100 + k * 37).padStart(3, '0')}`);
const emails = ['jane.smith84@gmail.com', 'dave_b@hotmail.co.uk', 'the.okafors@btinternet.com', 'mumof3@yahoo.co.uk', 'k.nowak@outlook.com'];
const others: { what: string; values: string[]; disguises: Disguise[]; kind: TextKind; carrier: string; category: string }[] = [
  { what: 'a pupil named in an official post', values: pupils, disguises: NAME_DISGUISES, kind: 'official_post', carrier: 'Well done to {} for a super week of reading.', category: 'pupil_name' },
  { what: "the school's name in a staff member's personal post", values: [roster.school.name, roster.school.short, ...(roster.school.nicknames ?? [])], disguises: NAME_DISGUISES, kind: 'personal_post', carrier: 'Another long day at {}, wine time!', category: 'school_identification' },
  { what: 'a phone number in a comment', values: phones, disguises: PHONE_DISGUISES, kind: 'comment', carrier: 'Text me on {} if you find the lost coat.', category: 'personal_data' },
  { what: 'an email address in a comment', values: emails, disguises: EMAIL_DISGUISES, kind: 'comment', carrier: 'Email me at {} for the rota.', category: 'personal_data' },
];
for (const o of others) {
  console.log(`\n${o.what} (${o.values.length}), disguised:`);
  for (const d of o.disguises) {
    const missed = o.values.filter((v) => {
      const disguised = d.apply(v);
      const start = o.carrier.indexOf('{}');
      const end = start + disguised.length;
      return !checker.check(carried(o.carrier, disguised), o.kind).some((f) => f.category === o.category && f.start < end && start < f.end);
    });
    const found = o.values.length - missed.length;
    console.log(`  ${d.name.padEnd(50)} ${String(found).padStart(5)} ${String(o.values.length).padStart(4)}  ${(found / o.values.length).toFixed(3)}${missed.length ? `   slipped: ${missed.slice(0, 5).map((v) => JSON.stringify(d.apply(v))).join(', ')}${missed.length > 5 ? ' …' : ''}` : ''}`);
  }
}

// Phrases: each word of three letters or more disguised, the small ones left as they are ("i w*ll k*ll y*u").
console.log(`\nphrases (${PHRASES.length}: threats, hate, bullying, sexual), each word disguised:`);
for (const d of DISGUISES) {
  const missed = PHRASES.filter(([phrase, category]) => {
    const disguised = phrase.split(' ').map((w) => (w.length >= 3 ? d.apply(w) : w)).join(' ');
    return !checker.check(`Honestly, ${disguised}.`, 'comment').some((f) => f.category === category);
  });
  const found = PHRASES.length - missed.length;
  const shown = missed.slice(0, 3).map(([phrase]) => JSON.stringify(phrase.split(' ').map((w) => (w.length >= 3 ? d.apply(w) : w)).join(' ')));
  console.log(`  ${d.name.padEnd(50)} ${String(found).padStart(5)} ${String(PHRASES.length).padStart(4)}  ${(found / PHRASES.length).toFixed(3)}${missed.length ? `   slipped: ${shown.join(', ')}${missed.length > 3 ? ' …' : ''}` : ''}`);
}
