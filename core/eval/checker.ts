// npm run eval:checker — precision and recall of the content checker per category on the labelled
// corpus (corpus.jsonl, made by generate-corpus.ts) with its school's roster, against the targets
// of issue 5, then every miss with its text. A report, not a test: it exits 0 whatever the figures.
// `-- --corpus FILE` scores another corpus of the same shape and roster instead, such as the
// held-out set: npm run eval:checker -- --corpus core/eval/heldout.jsonl
// `-- --meaning` adds the reading of meaning (src/checker/meaning), as the server and `checker --meaning` do.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_BUILDERS, CHECKER_CATEGORIES, compileChecker, withMeaning, type CheckerCategory, type CheckFinding } from '../src/index.js';
import { parseRoster } from '../cli/roster-schema.js';
import type { CorpusEntry } from './generate-corpus.js';
import { precision, recall, scoreText, snippet, type Miss, type Tally } from './score.js';

const TARGETED: readonly CheckerCategory[] = ['pupil_name', 'staff_name', 'personal_data', 'profanity', 'threat', 'hate'];
const TARGET = { recall: 0.95, precision: 0.9 };

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const roster = parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'core/eval/roster.json');
const corpusFile = (() => {
  const flag = process.argv.indexOf('--corpus');
  if (flag < 0) return here('./corpus.jsonl');
  const file = process.argv[flag + 1];
  if (!file) throw new Error('--corpus needs a file, e.g. --corpus core/eval/heldout.jsonl');
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
})();
const corpus: CorpusEntry[] = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusEntry);

const checker = compileChecker(roster, ALL_BUILDERS);
const encode = process.argv.includes('--meaning') ? (await import('../encoder/encoder.js')).embed : undefined;
const tallies = new Map<CheckerCategory, Tally>();
const misses: Miss[] = [];
const failures: string[] = [];
const started = performance.now();
for (const e of corpus) {
  let findings: CheckFinding[];
  try {
    findings = checker.check(e.text, e.kind, e.images);
    if (encode) findings = await withMeaning(e.text, e.kind, findings, encode);
  } catch (err) {
    // a category that throws counts as finding nothing, and is reported, so the rest still score
    failures.push(`${e.id}: ${(err as Error).message}`);
    findings = [];
  }
  scoreText(e.id, e.text, e.labels, findings, tallies, misses);
}
const ms = performance.now() - started;

const pct = (n: number) => (Number.isNaN(n) ? '   – ' : n.toFixed(2).padStart(5));
const row = (name: string, t: Tally) =>
  `${name.padEnd(22)} ${String(t.tp + t.fn).padStart(6)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}   ${pct(precision(t))}  ${pct(recall(t))}`;
const empty = (): Tally => ({ tp: 0, fn: 0, fp: 0, matchedFindings: 0 });

console.log(`Content checker${encode ? ' with its reading of meaning' : ''} on ${corpus.length} texts of ${relative(process.cwd(), corpusFile)} (${roster.pupils.length} pupils, ${roster.staff.length} staff) in ${ms.toFixed(0)} ms\n`);
console.log(`${'category'.padEnd(22)} ${'labels'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}   precision recall`);
const overall = empty();
for (const c of CHECKER_CATEGORIES) {
  const t = tallies.get(c) ?? empty();
  console.log(row(c, t));
  for (const k of ['tp', 'fn', 'fp', 'matchedFindings'] as const) overall[k] += t[k];
}
console.log(row('overall', overall));
console.log('\nTP: labels found; FP: findings overlapping no label of their category; FN: labels missed.');
console.log('Precision counts findings (several may fall on one label); recall counts labels.\n');

console.log(`Targets (issue 5): recall ≥ ${TARGET.recall}, precision ≥ ${TARGET.precision}`);
for (const c of TARGETED) {
  const t = tallies.get(c) ?? empty();
  const [p, r] = [precision(t), recall(t)];
  const ok = r >= TARGET.recall && (Number.isNaN(p) ? false : p >= TARGET.precision);
  console.log(`  ${ok ? 'PASS' : 'MISS'}  ${c.padEnd(16)} precision ${pct(p)}  recall ${pct(r)}`);
}

if (failures.length) console.log(`\nThe checker threw on ${failures.length} texts (scored as finding nothing):\n  ${failures.join('\n  ')}`);
for (const kind of ['missed', 'false alarm'] as const) {
  const these = misses.filter((m) => m.kind === kind);
  console.log(`\n${kind === 'missed' ? 'False negatives' : 'False positives'} (${these.length}):`);
  for (const c of CHECKER_CATEGORIES) {
    for (const m of these.filter((x) => x.category === c)) console.log(`  ${m.category.padEnd(21)} ${m.id}  ${snippet(m.text, m.start, m.end)}`);
  }
}
