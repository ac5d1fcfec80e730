// npm run train:at-risk — trains the reading of meaning's head for a writer who may be at risk of harming themselves
// (AtRiskHead in src/checker/meaning/meaning.ts) and writes src/checker/meaning/at-risk-head.ts.
//
// The labelled sets hold few such texts, and label them threats among other threats; the blind writers' lists label them
// apart (self_harm). So the head learns from the lists that may be learned from (sets.ts, readBlindList): every sentence
// of a self-harm text a positive, every sentence of their other texts a negative, and the sentences of the sets the
// threat head learns from and of the clean set t12 as negatives too. It reads only a sentence with the writer in it ("I",
// "me", "my"), in a comment or a personal post, and only where the rules and the threat head found no threat.
//
// Its bar is the lowest on a grid that adds at most AT_RISK_MOST_ADDED false alarms to the threat findings of the
// threshold sets, the shipped threat head read with it. The figures to quote are eval:blind-lists and eval:groups with
// --meaning: the lists' unread parts, and d, h and i, never read (docs/checker-learned-reading.md, thirtieth session).
// List j was written by a blind writer to be learned from (200 writers at risk, 200 look-alikes); lists h and i, by two
// others, are kept for measuring the head. DRY=1 prints without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_BUILDERS, compileChecker, type CheckerCategory, type CheckFinding } from '../src/index.js';
import { meaningSentences, type AtRiskHead } from '../src/checker/meaning/meaning.js';
import { MEANING_HEADS } from '../src/checker/meaning/heads.js';
import { parseRoster } from '../cli/roster-schema.js';
import { cachedEncodings, DEFAULT_TRAIN, fit, load, SCORED, show, tallyOf, THRESHOLD_SETS, type LabelledSet, type Sentence } from './meaning-training.js';
import { readBlindList } from './sets.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

/** the lists learned from, their read parts (readBlindList); LISTS=a,b,… for others */
const LISTS = process.env.LISTS?.split(',') ?? ['a', 'b', 'c', 'f', 'g', 'j'];
/** the labelled sets whose sentences are negatives: those the threat head learns from, and the clean set t12 */
const NEGATIVE_SETS = [...DEFAULT_TRAIN, 't12'];
/**
 * The false alarms the head may add to the threshold sets' threat findings. With none, the first head's bar (lists a, c
 * and f) stood at 3.75, where it added nothing anywhere: the one sentence above, "I have nothing left to lose now",
 * stands beside a threat in set 19 and counts as a false alarm of the threat's category, though it reads as the warning
 * it is.
 */
const AT_RISK_MOST_ADDED = 1;

async function listSentences(name: string): Promise<Sentence[]> {
  const texts = readBlindList(name);
  const spans = texts.flatMap((t) => meaningSentences(t.text, t.kind).map((s) => ({ t, ...s })));
  const encodings = await cachedEncodings(`list-${name}`, spans.map((s) => s.t.text.slice(s.start, s.end)));
  return spans.map((s, i) => ({ id: s.t.id, text: s.t.text.slice(s.start, s.end), start: s.start, end: s.end, encoding: encodings[i]!, labels: new Set<CheckerCategory>(s.t.label === 'self_harm' ? ['threat'] : []) }));
}

const sets = new Map<string, LabelledSet>();
for (const s of new Set([...NEGATIVE_SETS, ...THRESHOLD_SETS, ...Object.values(SCORED).flat()])) sets.set(s, await load(s));
const checker = compileChecker(parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'roster.json'), ALL_BUILDERS);
const rulesFound = new Map<string, CheckFinding[]>();
for (const s of [...THRESHOLD_SETS, ...Object.values(SCORED).flat()]) for (const e of sets.get(s)!.entries) rulesFound.set(e.id, checker.check(e.text, e.kind, e.images));

// a self-harm text's sentences are positives as the threat category, which is how the checker files what the head finds
const training = [...(await Promise.all(LISTS.map(listSentences))).flat(), ...NEGATIVE_SETS.flatMap((s) => sets.get(s)!.sentences.map((x) => ({ ...x, labels: new Set<CheckerCategory>() })))];
const sense = fit('threat', training);
const threat = MEANING_HEADS.threat;
const tally = (on: readonly string[], atRisk?: AtRiskHead) => tallyOf(sets, rulesFound, 'threat', on, threat, atRisk);
const alone = tally(THRESHOLD_SETS).fp;
let bar = Infinity;
for (let b = 5; b >= 0; b -= 0.25) {
  if (tally(THRESHOLD_SETS, { ...sense, threshold: b }).fp > alone + AT_RISK_MOST_ADDED) break;
  bar = b;
}
const head: AtRiskHead = { ...sense, threshold: bar };
const positives = training.filter((x) => x.labels.size > 0).length;
console.log(`A writer at risk: trained on ${training.length} sentences (${positives} positive) of lists ${LISTS.join(', ')} and sets ${NEGATIVE_SETS.join(', ')}.`);
console.log(`Bar ${bar} in log-odds: the lowest adding at most ${AT_RISK_MOST_ADDED} false alarm to the threat findings of sets ${THRESHOLD_SETS.join(', ')}. Threats, the shipped threat head alone, then with the head for a writer at risk:`);
for (const [name, on] of [['threshold sets', THRESHOLD_SETS], ...Object.entries(SCORED)] as [string, string[]][]) {
  console.log(`  ${`${name} (${on.join(', ')})`.padEnd(38)} ${show(tally(on))}\n  ${''.padEnd(38)} ${show(tally(on, head))}`);
}

const out = `// Generated by \`npm run train:at-risk\` (core/eval/train-at-risk.ts): the reading of meaning's head for a writer who may
// be at risk of harming themselves (AtRiskHead in meaning.ts), a logistic regression over the 512 values of a sentence's
// encoding, and its bar in log-odds. Do not edit; train again. Trained on ${training.length} sentences, ${positives} of them
// positive, of lists ${LISTS.join(', ')} and sets ${NEGATIVE_SETS.join(', ')}.
export const AT_RISK_HEAD: { weights: readonly number[]; bias: number; threshold: number } = ${JSON.stringify(head)};
`;
if (!process.env.DRY) writeFileSync(here('../src/checker/meaning/at-risk-head.ts'), out);
console.log(process.env.DRY ? '\nhead not written (DRY)' : `\nwrote core/src/checker/meaning/at-risk-head.ts (${Math.round(out.length / 1024)} KB)`);
