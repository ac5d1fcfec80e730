// npm run -s bench:checker-ab -- --vs /path/to/other/checkout [--rounds 30] — this checkout's checker against another's,
// in one process: both are built from their own sources side by side, and rounds of 250 checks of the fifty dense
// 2,000-character texts (those of bench:checker) alternate between them. Whole processes timed one after the other
// (farm-bench) swing by a third on a busy machine; alternating rounds in one process sees a few per cent. Prints each
// checker's median µs a text and the ratio, this checkout ÷ the other (above 1: this one is slower). The other checkout
// needs its dependencies (a node_modules of its own or a link to this one's).
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const other = arg('--vs');
if (!other) {
  console.error('usage: npm run -s bench:checker-ab -- --vs /path/to/other/checkout [--rounds 30]');
  process.exit(2);
}
const rounds = Number(arg('--rounds') ?? 30);
const here = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface Side {
  name: string;
  check: (i: number) => unknown;
}

/** A checker built from a checkout's own sources, and its fifty dense texts, as bench:checker makes them. */
async function side(root: string, name: string): Promise<Side> {
  const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const { ALL_BUILDERS, compileChecker } = await from('core/src/index.ts');
  const { buildCorpus } = await from('core/eval/generate-corpus.ts');
  const { evalRoster } = await from('core/eval/roster-data.ts');
  const corpus = buildCorpus(evalRoster()) as { text: string }[];
  const texts: string[] = [];
  const kinds: string[] = [];
  for (let start = 0; texts.length < 50; start += 7) {
    let text = '';
    for (let i = start; text.length < 2_000; i++) text += corpus[i % corpus.length]!.text + ' ';
    texts.push(text.slice(0, 2_000));
    kinds.push((['official_post', 'comment', 'personal_post'] as const)[texts.length % 3]!);
  }
  const checker = compileChecker(evalRoster(), ALL_BUILDERS);
  return { name, check: (i) => checker.check(texts[i % 50]!, kinds[i % 50]!) };
}

const a = await side(here, 'this checkout');
const b = await side(resolve(other), other);
for (let i = 0; i < 1_000; i++) {
  a.check(i);
  b.check(i);
}
const times = new Map<Side, number[]>([[a, []], [b, []]]);
for (let r = 0; r < rounds; r++) {
  for (const s of r % 2 === 0 ? [a, b] : [b, a]) {
    const started = performance.now();
    for (let i = 0; i < 250; i++) s.check(i);
    times.get(s)!.push(((performance.now() - started) / 250) * 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const ta = times.get(a)!;
const tb = times.get(b)!;
console.log(`${a.name}: ${median(ta).toFixed(0)} µs a dense text; ${b.name}: ${median(tb).toFixed(0)} µs`);
console.log(`ratio, this ÷ other: ${(median(ta) / median(tb)).toFixed(3)} (median of the rounds' own ratios ${median(ta.map((t, i) => t / tb[i]!)).toFixed(3)}; ${rounds} rounds of 250)`);
