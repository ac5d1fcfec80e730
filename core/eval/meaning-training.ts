// What the trainers of the reading of meaning share (train-meaning.ts, train-at-risk.ts): the labelled sets' sentences
// with their encodings (kept in core/eval/.cache, so a second run takes seconds), and the logistic regression each head
// is fitted by.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckerCategory, CheckFinding } from '../src/index.js';
import { meaningSentences, readMeaning, senseVetoes, startingFindings, MEANING_DIMENSIONS, type SenseHead, type MeaningHead } from '../src/checker/meaning/meaning.js';
import { carriesOthersWords } from '../src/checker/others-words.js';
import { embed } from '../encoder/encoder.js';
import type { CorpusEntry } from './generate-corpus.js';
import { readBlindList, readSet, setFile, type BlindText } from './sets.js';
import { precision, recall, scoreText, type Tally } from './score.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
/** the sets the threat, bullying and sexual-content senses learn from (hate learns from more): train-meaning.ts's TRAIN */
export const DEFAULT_TRAIN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '14', '16', 't1', 't3', 't4', 't5', 't6'];
/** pulls the weights towards nought at each step, so no one dimension decides */
const L2 = 1e-4;

export interface Sentence { id: string; text: string; start: number; end: number; encoding: Float32Array; labels: Set<CheckerCategory> }
export interface LabelledSet { entries: CorpusEntry[]; sentences: Sentence[] }

export async function load(set: string): Promise<LabelledSet> {
  const entries = readSet(set);
  const spans = entries.flatMap((e) => meaningSentences(e.text, e.kind).map((s) => ({ e, ...s })));
  const texts = spans.map((s) => s.e.text.slice(s.start, s.end));
  const encodings = await cachedEncodings(set, texts);
  return {
    entries,
    sentences: spans.map((s, i) => ({ id: s.e.id, text: texts[i]!, start: s.start, end: s.end, encoding: encodings[i]!, labels: new Set(s.e.labels.filter((l) => l.start < s.end && s.start < l.end).map((l) => l.category)) })),
  };
}

export async function cachedEncodings(set: string, texts: string[]): Promise<Float32Array[]> {
  mkdirSync(here('./.cache'), { recursive: true });
  const file = here(`./.cache/meaning-${set}-${createHash('sha1').update(texts.join('\u0000')).digest('hex').slice(0, 12)}.bin`);
  if (existsSync(file)) {
    const b = readFileSync(file);
    const all = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    return texts.map((_, i) => all.subarray(i * MEANING_DIMENSIONS, (i + 1) * MEANING_DIMENSIONS));
  }
  const started = performance.now();
  const encodings = await embed(texts);
  const all = new Float32Array(texts.length * MEANING_DIMENSIONS);
  encodings.forEach((v, i) => all.set(v, i * MEANING_DIMENSIONS));
  writeFileSync(file, all);
  console.error(`set ${set}: ${texts.length} sentences encoded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return encodings;
}

/**
 * A logistic regression by stochastic gradient descent, the few positives weighted up, in a fixed shuffle so the same
 * sets always give the same weights (as train-model.ts; forty lines, and only its weights ship). The encodings are
 * scaled by ten while fitting (their values are small) and the scale folded into the weights written out.
 */
export function fit(category: CheckerCategory, sentences: Sentence[]): { weights: number[]; bias: number } {
  const SCALE = 10;
  const w = new Float64Array(MEANING_DIMENSIONS + 1);
  const order = sentences.slice();
  const positives = order.filter((x) => x.labels.has(category)).length;
  const up = Math.sqrt((order.length - positives) / Math.max(1, positives));
  let rate = 0.1;
  for (let epoch = 0; epoch < 30; epoch++, rate *= 0.9) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + epoch * 104729) % (k + 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const x of order) {
      let z = w[MEANING_DIMENSIONS]!;
      for (let i = 0; i < MEANING_DIMENSIONS; i++) z += w[i]! * x.encoding[i]! * SCALE;
      const y = x.labels.has(category) ? 1 : 0;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y ? up : 1) * rate;
      for (let i = 0; i < MEANING_DIMENSIONS; i++) w[i] = w[i]! * (1 - L2) - g * x.encoding[i]! * SCALE;
      w[MEANING_DIMENSIONS] = w[MEANING_DIMENSIONS]! - g;
    }
  }
  return { weights: [...w.subarray(0, MEANING_DIMENSIONS)].map((x) => +(x * SCALE).toPrecision(4)), bias: +w[MEANING_DIMENSIONS]!.toPrecision(4) };
}

/**
 * The sentences of the part of a blind writer's list that may be learned from (sets.ts, readBlindList), with their
 * encodings: every sentence of a text whose label `positive` accepts is a positive of the threat category (as the checker
 * files what the sense heads find), every other a negative.
 */
export async function listSentences(name: string, positive: (label: BlindText['label']) => boolean): Promise<Sentence[]> {
  const texts = readBlindList(name);
  const spans = texts.flatMap((t) => meaningSentences(t.text, t.kind).map((s) => ({ t, ...s })));
  const encodings = await cachedEncodings(`list-${name}`, spans.map((s) => s.t.text.slice(s.start, s.end)));
  return spans.map((s, i) => ({ id: s.t.id, text: s.t.text.slice(s.start, s.end), start: s.start, end: s.end, encoding: encodings[i]!, labels: new Set<CheckerCategory>(positive(s.t.label) ? ['threat'] : []) }));
}

/**
 * A sense head's bar: the lowest on a grid from 5 down to 0 (steps of a quarter) at which it adds at most `most` false
 * alarms to the threat findings of the threshold sets, `falseAlarms` giving those with a bar (or none, for without).
 */
export function lowestBar(falseAlarms: (bar?: number) => number, most: number): number {
  const alone = falseAlarms();
  let bar = Infinity;
  for (let b = 5; b >= 0; b -= 0.25) {
    if (falseAlarms(b) > alone + most) break;
    bar = b;
  }
  return bar;
}

/** sets whose misses were read to write rules, never trained on: they choose the thresholds */
export const THRESHOLD_SETS = ['12', '13', '18', '19', '20'];
/**
 * Sets nothing is tuned on, and the later sets whose threat, hate and bullying have not been read (30 and 33 nowhere, 32
 * in its other categories only). Sets 21, 24 and 26 to 28 used to be scored here too; since 2026-12-06 the words reading
 * (train:checker) learns from them, so they would flatter it.
 */
export const SCORED: Record<string, string[]> = {
  untouched: ['15', '17', '22', '23', '25'],
  'later, harm unread': ['30', '32', '33'].filter((s) => existsSync(setFile(s))),
};

/**
 * The checker's tally for one category on some sets, with a head's findings added (or not, head undefined), and, for
 * threats, a head for a writer at risk read with it (in comments and personal posts, as readMeaningOf reads it).
 */
export function tallyOf(sets: ReadonlyMap<string, LabelledSet>, rulesFound: ReadonlyMap<string, readonly CheckFinding[]>, category: 'threat' | 'hate' | 'bullying', on: readonly string[], head?: MeaningHead, atRisk?: SenseHead, sideways?: SenseHead): Tally {
  // a sideways head is read for the category tallied: threats said sideways, or hate said without the words
  const tallies = new Map<CheckerCategory, Tally>();
  for (const s of on) {
    const { entries, sentences } = sets.get(s)!;
    for (const e of entries) {
      const all = sentences.filter((x) => x.id === e.id);
      // as the product reads: an official post only where it quotes or reports someone (others-words.ts); the product
      // reads the quotations on their own too, which are not encoded here, so the thresholds are chosen on sentences
      const mine = e.kind === 'official_post' ? all.filter((x) => carriesOthersWords(x.text)) : all;
      // with the head, the findings the reading starts from (in an official post, the learned words reading's are left to it)
      const found = (head ? startingFindings(rulesFound.get(e.id)!, e.kind) : rulesFound.get(e.id)!).filter((f) => f.category === category);
      const added = head && (process.env.KINDS ?? e.kind).split(',').includes(e.kind) ? readMeaning({ text: e.text, sentences: mine, encodings: mine.map((x) => x.encoding), found, heads: { [category]: head } as never, atRisk: category === 'threat' && e.kind !== 'official_post' ? atRisk : null, sideways: category === 'threat' && e.kind !== 'official_post' ? sideways : null, hateSideways: category === 'hate' && e.kind !== 'official_post' ? sideways : null, textSentences: all.length }) : [];
      // as readMeaningOf does: the sense overrules the words reading where it is plainly harmless
      const overruled = head ? senseVetoes(found, mine, mine.map((x) => x.encoding), { [category]: head }) : new Set();
      scoreText(e.id, e.text, e.labels.filter((l) => l.category === category), [...found.filter((f) => !overruled.has(f)), ...added], tallies, []);
    }
  }
  return tallies.get(category) ?? { tp: 0, fn: 0, fp: 0, matchedFindings: 0 };
}
export const show = (t: Tally): string => `precision ${precision(t).toFixed(2)} recall ${recall(t).toFixed(2)} (${t.tp}/${t.tp + t.fn} labels, ${t.fp} false alarms)`;
