// npm run train:checker [-- --train 0,1,...,11,14,16 [--threat 0,1,...] [--clip-sexual 3] [--shortest-hate 5]] — trains the checker's learned reading (categories/learned.ts) on the
// sentences of labelled sets and writes core/src/checker/lexicons/learned-model.ts. Set 0 is corpus.jsonl, set 1
// heldout.jsonl, set N heldout-N.jsonl. Sets left out of training are the ones that still measure it: score them with
// npm run -s eval:checker -- --corpus core/eval/heldout-N.jsonl.
//
// A sentence is a positive example of a category when a label of that category overlaps it. The model is one
// logistic regression per category, fitted by stochastic gradient descent with the few positives weighted up; the
// order of examples is a fixed shuffle, so the same sets always give the same weights. A category may be trained on
// fewer of the sets than the rest (`--threat 0,1,…`): more sets taught the others and cost the threat reading false
// alarms (docs/checker-learned-reading.md). Written here rather than
// taken from a library: it is forty lines, and what ships is only its weights, read by core, which does no I/O.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, originalSpan } from '../src/checker/normalise.js';
import { tokenise } from '../src/checker/categories/offensive-tokens.js';
import { rosterWords } from '../src/checker/categories/offensive.js';
import { streamWords, wordEnd } from '../src/checker/categories/stream-words.js';
import { sentenceFeatures, sentencesOf, type LearnedCategory } from '../src/checker/categories/learned.js';
import { parseRoster } from '../cli/roster-schema.js';
import { readSet } from './sets.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const flag = process.argv.indexOf('--train');
const sets = (flag < 0 ? '0,1,2,3,4,5,6,7,8,9,10,11,14,16' : process.argv[flag + 1]!).split(',');
/** per category, the sets it learns from, where fewer than all (`--threat 0,1,…`): each must be one of `sets` */
const setsFor = (category: string): Set<string> => {
  const at = process.argv.indexOf(`--${category}`);
  const own = at < 0 ? sets : process.argv[at + 1]!.split(',');
  const unknown = own.filter((n) => !sets.includes(n));
  if (unknown.length) throw new Error(`--${category} names sets not in --train: ${unknown.join(', ')}`);
  return new Set(own);
};
const entries = sets.flatMap((n) => readSet(n).map((e) => ({ ...e, set: n })));
const names = rosterWords(parseRoster(readFileSync(here('./roster.json'), 'utf8'), 'roster.json'));

const CATEGORIES: LearnedCategory[] = ['threat', 'hate', 'bullying', 'sexual'];
/**
 * per category, the most any one feature may weigh (`--clip-sexual 3`): the pull towards nought reaches a word only in
 * the sentences it is in, so a word seen in two spam sentences and no clean one ("lonely", "bored", "bet") weighed 9 to
 * 13 for sexual content, enough alone to pass the threshold. Capped, a sentence needs several such words at once
 */
const clipFor = (category: string): number => {
  const at = process.argv.indexOf(`--clip-${category}`);
  return at < 0 ? Infinity : Number(process.argv[at + 1]);
};
/**
 * per category, the fewest words a sentence needs to be learned as that category (`--shortest-hate 5`): a hate label
 * over several sentences makes "> Course they do" and "Of course it is" positives, hate only by what is around them, and
 * their few words took it all ("course" weighed 4.3, so "a first aid course" read as hate). Such a sentence is left out
 * of that category's learning, neither hate nor clean.
 */
const shortestFor = (category: string): number => {
  const at = process.argv.indexOf(`--shortest-${category}`);
  return at < 0 ? 0 : Number(process.argv[at + 1]);
};
/** how hard each step pulls the weights towards nought: large enough that no single word decides a sentence */
const L2 = Number(process.env.L2 ?? '1e-3');
const vocab = new Map<string, number>();
const examples: { ids: number[]; y: Set<string>; set: string; words: number }[] = [];
for (const e of entries) {
  const p = prepare(e.text, e.kind);
  const { stream } = tokenise(p.folded);
  const w = streamWords(stream.text);
  for (const s of sentencesOf(w)) {
    const span = originalSpan(p, stream.start[w.at[s.first]!]!, stream.end[wordEnd(w, s.end - 1) - 1]!);
    const ids = [...new Set(sentenceFeatures(w.words, s.first, s.end, names))].map((f) => vocab.get(f) ?? (vocab.set(f, vocab.size), vocab.size - 1));
    examples.push({ ids, y: new Set(e.labels.filter((l) => l.start < span.end && span.start < l.end).map((l) => l.category)), set: e.set, words: s.end - s.first });
  }
}

function fit(category: LearnedCategory): Float64Array {
  const w = new Float64Array(vocab.size + 1);
  const own = setsFor(category);
  const shortest = shortestFor(category);
  const order = examples.filter((x) => own.has(x.set) && !(x.y.has(category) && x.words < shortest));
  const positives = order.filter((x) => x.y.has(category)).length;
  const up = Math.sqrt((order.length - positives) / Math.max(1, positives));
  const clip = clipFor(category);
  let rate = 0.5;
  for (let epoch = 0; epoch < 20; epoch++, rate *= 0.85) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + epoch * 104729) % (k + 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const x of order) {
      let z = w[vocab.size]!;
      for (const i of x.ids) z += w[i]!;
      const y = x.y.has(category) ? 1 : 0;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y ? up : 1) * rate;
      for (const i of x.ids) w[i] = Math.max(-clip, Math.min(clip, w[i]! * (1 - L2) - g));
      w[vocab.size] = w[vocab.size]! - g;
    }
  }
  return w;
}

const fitted = CATEGORIES.map(fit);
const features = [...vocab]
  .map(([f, i]) => [f, fitted.map((w) => w[i]!)] as const)
  // a weight too small to tip any sentence is left out, to keep the file small
  .filter(([, ws]) => ws.some((x) => Math.abs(x) >= 0.5))
  .map(([f, ws]) => `${f}\t${ws.map((x) => +x.toFixed(3)).join(',')}`)
  .sort();
const narrower =
  CATEGORIES.filter((c) => process.argv.includes(`--${c}`)).map((c) => ` --${c} ${[...setsFor(c)].join(',')}`).join('') +
  CATEGORIES.filter((c) => clipFor(c) < Infinity).map((c) => ` --clip-${c} ${clipFor(c)}`).join('') +
  CATEGORIES.filter((c) => shortestFor(c) > 0).map((c) => ` --shortest-${c} ${shortestFor(c)}`).join('');
const out = `// Generated by \`npm run train:checker -- --train ${sets.join(',')}${narrower}\` (core/eval/train-model.ts) from ${entries.length} labelled texts,
// ${examples.length} sentences: the weights of the checker's learned reading (categories/learned.ts). Do not edit; train again.
import type { LearnedModelData } from '../categories/learned.js';

export const LEARNED_MODEL: LearnedModelData = {
  categories: ${JSON.stringify(CATEGORIES)},
  bias: ${JSON.stringify(fitted.map((w) => +w[vocab.size]!.toFixed(3)))},
  features: \`${features.join('\n')}\`,
};
`;
writeFileSync(here('../src/checker/lexicons/learned-model.ts'), out);
console.log(`Trained on sets ${sets.join(', ')}: ${entries.length} texts, ${examples.length} sentences, ${vocab.size} features, ${features.length} kept; wrote core/src/checker/lexicons/learned-model.ts (${Math.round(out.length / 1024)} KB)`);
