// npm run train:sideways [-- hate] — trains the reading of meaning's head for a threat said sideways (SenseHead in
// src/checker/meaning/meaning.ts) and writes src/checker/meaning/sideways-threat-head.ts; with "hate", the same for hate
// said without the words the checker knows, to sideways-hate-head.ts.
//
// The threat head learned from the labelled sets, whose writers mostly said it outright; the blind writers' lists are
// full of threats said otherwise (predictions, questions, someone's routine, what "people" might do, young people's
// words), and of look-alikes. Retraining the threat head on them lost labels of the untouched sets (the twenty-sixth and
// thirtieth sessions), so this is a head of its own, read only where the rules, the threat head and the at-risk head
// found nothing: every sentence of a list's threat a positive, of its other texts a negative, and the sentences of the
// sets the threat head learns from (their threats positive) and of the clean set t12.
//
// Its bar is the lowest on a grid that adds at most SIDEWAYS_MOST_ADDED false alarms to the threat findings of the
// threshold sets, the shipped threat and at-risk heads read with it. The figures to quote are eval:blind-lists and
// eval:groups with --meaning: lists d, l and n, never read (docs/checker-learned-reading.md, thirty-first session).
// DRY=1 prints without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_BUILDERS, compileChecker, type CheckerCategory, type CheckFinding } from '../src/index.js';
import { type SenseHead } from '../src/checker/meaning/meaning.js';
import { MEANING_HEADS } from '../src/checker/meaning/heads.js';
import { AT_RISK_HEAD } from '../src/checker/meaning/at-risk-head.js';
import { parseRoster } from '../cli/roster-schema.js';
import { DEFAULT_TRAIN, fit, listSentences, load, lowestBar, SCORED, show, tallyOf, THRESHOLD_SETS, type LabelledSet } from './meaning-training.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

const CATEGORY: 'threat' | 'hate' = process.argv.includes('hate') ? 'hate' : 'threat';
/** the lists learned from, their read parts (readBlindList); LISTS=a,b,… for others */
const LISTS = process.env.LISTS?.split(',') ?? (CATEGORY === 'threat' ? ['a', 'b', 'c', 'f', 'g', 'j', 'k', 'm'] : ['a', 'b', 'c', 'f', 'g', 'j', 'k', 'm', 'o']);
/** the labelled sets learned from: those the threat head learns from, and the clean set t12 */
const SETS = [...DEFAULT_TRAIN, 't12'];
/** the false alarms the head may add to the threshold sets' threat findings, as for the at-risk head */
const SIDEWAYS_MOST_ADDED = 1;

const sets = new Map<string, LabelledSet>();
for (const s of new Set([...SETS, ...THRESHOLD_SETS, ...Object.values(SCORED).flat()])) sets.set(s, await load(s));
const checker = compileChecker(parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'roster.json'), ALL_BUILDERS);
const rulesFound = new Map<string, CheckFinding[]>();
for (const s of [...THRESHOLD_SETS, ...Object.values(SCORED).flat()]) for (const e of sets.get(s)!.entries) rulesFound.set(e.id, checker.check(e.text, e.kind, e.images));

const training = [
  ...(await Promise.all(LISTS.map((n) => listSentences(n, (label) => label === CATEGORY)))).flat().map((x) => ({ ...x, labels: new Set<CheckerCategory>(x.labels.size > 0 ? [CATEGORY] : []) })),
  ...SETS.flatMap((s) => sets.get(s)!.sentences.map((x) => ({ ...x, labels: new Set<CheckerCategory>(x.labels.has(CATEGORY) ? [CATEGORY] : []) }))),
];
const sense = fit(CATEGORY, training);
const tally = (on: readonly string[], sideways?: SenseHead) => tallyOf(sets, rulesFound, CATEGORY, on, MEANING_HEADS[CATEGORY], CATEGORY === 'threat' ? AT_RISK_HEAD : undefined, sideways);
const bar = lowestBar((b) => tally(THRESHOLD_SETS, b === undefined ? undefined : { ...sense, threshold: b }).fp, SIDEWAYS_MOST_ADDED);
const what = CATEGORY === 'threat' ? 'a threat said sideways' : 'hate said without the words the checker knows';
const file = CATEGORY === 'threat' ? 'sideways-threat-head.ts' : 'sideways-hate-head.ts';
const name = CATEGORY === 'threat' ? 'SIDEWAYS_THREAT_HEAD' : 'SIDEWAYS_HATE_HEAD';
const head: SenseHead = { ...sense, threshold: bar };
const positives = training.filter((x) => x.labels.size > 0).length;
console.log(`${what[0]!.toUpperCase()}${what.slice(1)}: trained on ${training.length} sentences (${positives} positive) of lists ${LISTS.join(', ')} and sets ${SETS.join(', ')}.`);
console.log(`Bar ${bar} in log-odds: the lowest adding at most ${SIDEWAYS_MOST_ADDED} false alarm to the ${CATEGORY} findings of sets ${THRESHOLD_SETS.join(', ')}. ${CATEGORY === 'threat' ? 'Threats, the shipped threat and at-risk heads' : 'Hate, the shipped hate head'}, then with the sideways head:`);
for (const [name, on] of [['threshold sets', THRESHOLD_SETS], ...Object.entries(SCORED)] as [string, string[]][]) {
  console.log(`  ${`${name} (${on.join(', ')})`.padEnd(38)} ${show(tally(on))}\n  ${''.padEnd(38)} ${show(tally(on, head))}`);
}

const out = `// Generated by \`npm run train:sideways${CATEGORY === 'threat' ? '' : ' -- hate'}\` (core/eval/train-sideways.ts); do not edit, train again.
// The reading of meaning's head for ${what} (SenseHead in meaning.ts): a logistic
// regression over the 512 values of a sentence's encoding, and its bar in log-odds. Trained on ${training.length} sentences,
// ${positives} of them positive, of lists ${LISTS.join(', ')} and sets ${SETS.join(', ')}.
export const ${name}: { weights: readonly number[]; bias: number; threshold: number } = ${JSON.stringify(head)};
`;
if (!process.env.DRY) writeFileSync(here(`../src/checker/meaning/${file}`), out);
console.log(process.env.DRY ? '\nhead not written (DRY)' : `\nwrote core/src/checker/meaning/${file} (${Math.round(out.length / 1024)} KB)`);
