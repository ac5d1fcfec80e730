// npm run -s eval:groups [-- --meaning] [--only threat,hate] — the figures the session notes quote: for each group of
// labelled sets, per category, the labels found of the labels and the false alarms (findings that overlap no label of
// their category), and how many texts have any finding. Totals only: no text is printed, so the sets kept unread
// (the untouched 15, 17, 22, 23 and 25, the later 30, 33, 36, 40 and 41, and training-13) stay unread.
//
// With --meaning the reading of meaning runs as the server runs it (withMeaning). Each set's sentences are encoded once
// and kept in core/eval/.cache (as train:meaning keeps its own), so a second run takes a minute, not ten.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_BUILDERS, CHECKER_CATEGORIES, compileChecker, withMeaning, type CheckerCategory, type CheckFinding } from '../src/index.js';
import { MEANING_DIMENSIONS } from '../src/checker/meaning/meaning.js';
import { parseRoster } from '../cli/roster-schema.js';
import type { CorpusEntry } from './generate-corpus.js';
import { readSet, setFile } from './sets.js';
import { scoreText, type Miss, type Tally } from './score.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

/** the groups the notes compare, from least to most read */
const GROUPS: Record<string, string[]> = {
  'untouched (15, 17, 22, 23, 25)': ['15', '17', '22', '23', '25'],
  'later (30, 32, 33)': ['30', '32', '33'],
  'later (36, 40)': ['36', '40'],
  'written to be new (41)': ['41'],
  'threshold sets (12, 13, 18-20)': ['12', '13', '18', '19', '20'],
  '35, 37-39': ['35', '37', '38', '39'],
  'clean, read (training-12)': ['t12'],
  'clean, blind (training-13)': ['t13'],
};
const flag = (name: string) => process.argv.indexOf(name);
const meaning = flag('--meaning') >= 0;
const only: CheckerCategory[] = flag('--only') >= 0 ? (process.argv[flag('--only') + 1]!.split(',') as CheckerCategory[]) : ['threat', 'hate', 'bullying', 'sexual', 'profanity', 'pupil_name', 'staff_name', 'personal_data'];
const unknown = only.filter((c) => !(CHECKER_CATEGORIES as readonly string[]).includes(c));
if (unknown.length) throw new Error(`--only names no category: ${unknown.join(', ')} (categories: ${CHECKER_CATEGORIES.join(', ')})`);

const roster = parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'core/eval/roster.json');
const checker = compileChecker(roster, ALL_BUILDERS);

/**
 * The encodings of every sentence the reading of meaning asks of a set's texts: found by reading them once with a
 * stand-in encoder that records what it is asked, then encoded (or read from the cache) in one batch.
 */
async function encodingsOf(set: string, entries: CorpusEntry[], found: CheckFinding[][]): Promise<Map<string, ArrayLike<number>>> {
  const asked = new Set<string>();
  const zero = new Float32Array(MEANING_DIMENSIONS);
  for (const [i, e] of entries.entries()) {
    await withMeaning(e.text, e.kind, found[i]!, async (sentences) => {
      for (const s of sentences) asked.add(s);
      return sentences.map(() => zero);
    });
  }
  const texts = [...asked];
  mkdirSync(here('./.cache'), { recursive: true });
  const file = here(`./.cache/groups-${set}-${createHash('sha1').update(texts.join('\u0000')).digest('hex').slice(0, 12)}.bin`);
  let all: Float32Array;
  if (existsSync(file)) {
    const b = readFileSync(file);
    all = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  } else {
    const { embed } = await import('../encoder/encoder.js');
    const started = performance.now();
    const encoded = await embed(texts);
    all = new Float32Array(texts.length * MEANING_DIMENSIONS);
    encoded.forEach((v, i) => all.set(v, i * MEANING_DIMENSIONS));
    writeFileSync(file, all);
    console.error(`set ${set}: ${texts.length} sentences encoded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return new Map(texts.map((t, i) => [t, all.subarray(i * MEANING_DIMENSIONS, (i + 1) * MEANING_DIMENSIONS)]));
}

console.log(`Content checker${meaning ? ' with its reading of meaning' : ', rules and words reading'}: labels found / labels, false alarms\n`);
const cell = (t: Tally | undefined) => (t ? `${t.tp}/${t.tp + t.fn}, ${t.fp}` : '–');
console.log(['group'.padEnd(32), ...only.map((c) => c.padStart(14)), 'texts with a finding'.padStart(22)].join(' '));
for (const [group, sets] of Object.entries(GROUPS)) {
  const tallies = new Map<CheckerCategory, Tally>();
  const misses: Miss[] = [];
  let texts = 0;
  let flagged = 0;
  for (const set of sets.filter((s) => existsSync(setFile(s)))) {
    const entries = readSet(set);
    const rules = entries.map((e) => checker.check(e.text, e.kind, e.images));
    const encodings = meaning ? await encodingsOf(set, entries, rules) : undefined;
    for (const [i, e] of entries.entries()) {
      const findings = encodings ? await withMeaning(e.text, e.kind, rules[i]!, async (sentences) => sentences.map((s) => encodings.get(s)!)) : rules[i]!;
      texts++;
      if (findings.length > 0) flagged++;
      scoreText(e.id, e.text, e.labels, findings, tallies, misses);
    }
  }
  console.log([group.padEnd(32), ...only.map((c) => cell(tallies.get(c)).padStart(14)), `${flagged} of ${texts}`.padStart(22)].join(' '));
}
