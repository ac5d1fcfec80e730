// npm run bench:checker-worst — the checker's worst cases: texts written to make it slow (core/eval/worst-texts.ts),
// each at 12,500, 25,000 and 50,000 characters (the most a text may have), as an official post, a comment and a
// personal post. Prints the slowest kind's time at each length and how much it grows each time the text doubles
// (over the two doublings, so one noisy reading moves it less): about 2 where the work grows with the text, 4 where it
// grows with its square. The server checks a text on its main
// thread, so a text that takes seconds holds up everyone's requests.
// Goals: every shape under 250 ms at 50,000 characters, none growing faster than the text.
//
// With --meaning, each check is followed by the reading of meaning's own work on the server's main thread (splitting
// the text into sentences, the words reading of each, weighing the encodings), as the server does it; the encoder,
// which runs on a worker thread, is stood in for by one that answers at once.
import { ALL_BUILDERS, compileChecker, readMeaningOf, type TextKind } from '../src/index.js';
import { evalRoster } from '../eval/roster-data.js';
import { WORST_SHAPES, worstText } from '../eval/worst-texts.js';

const LENGTHS = [12_500, 25_000, 50_000];
const KINDS: TextKind[] = ['official_post', 'comment', 'personal_post'];
const BUDGET_MS = 250;

const checker = compileChecker(evalRoster(), ALL_BUILDERS);
for (let i = 0; i < 200; i++) checker.check('Well done to everyone in Year 4 for a brilliant assembly!', KINDS[i % 3]!); // warm up

const meaning = process.argv.includes('--meaning');
/** the encoder's stand-in: one fixed encoding a sentence, at once */
const instant = async (sentences: readonly string[]) => sentences.map(() => Float32Array.from({ length: 512 }, (_, i) => (i === 0 ? 1 : 0)));

/** the slowest kind's time for one text, the better of two runs (the machine's noise only ever adds) */
async function worstMs(text: string): Promise<number> {
  let worst = 0;
  for (const kind of KINDS) {
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      const found = checker.check(text, kind);
      if (meaning) await readMeaningOf(text, kind, found, instant);
      best = Math.min(best, performance.now() - t0);
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
console.log(`The checker's worst cases${meaning ? ', with the reading of meaning\'s own work (the encoder stood in for)' : ''}: ${Object.keys(WORST_SHAPES).length} shapes of text, the slowest of three kinds, ms (goal: under ${BUDGET_MS} ms at 50,000 characters, growth about 2)\n`);
console.log(`  ${'shape'.padEnd(30)} ${LENGTHS.map((n) => n.toLocaleString('en-GB').padStart(8)).join(' ')}   growth a doubling`);
const rows: { name: string; ms: number[]; growth: number }[] = [];
for (const [name, unit] of Object.entries(WORST_SHAPES)) {
  const ms: number[] = [];
  for (const n of LENGTHS) ms.push(await worstMs(worstText(unit, n)));
  const growth = Math.sqrt(ms[2]! / Math.max(ms[0]!, 0.5));
  rows.push({ name, ms, growth });
  console.log(`  ${name.padEnd(30)} ${ms.map(fmt).join(' ')}   ${growth.toFixed(2)}`);
}
const slowest = rows.reduce((a, b) => (b.ms[2]! > a.ms[2]! ? b : a));
const over = rows.filter((r) => r.ms[2]! >= BUDGET_MS);
// growth is read only where the time is long enough to measure: a few milliseconds is mostly the machine
const steep = rows.filter((r) => r.ms[2]! >= 20 && r.growth > 3);
console.log(`\nSlowest at 50,000 characters: ${slowest.name}, ${slowest.ms[2]!.toFixed(1)} ms. Over ${BUDGET_MS} ms: ${over.length ? over.map((r) => r.name).join(', ') : 'none'}.`);
console.log(`Growing faster than the text (over 3 a doubling, and over 20 ms at 50,000 characters): ${steep.length ? steep.map((r) => `${r.name} (${r.growth.toFixed(2)})`).join(', ') : 'none'}.`);
