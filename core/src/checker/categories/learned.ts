// A learned second reading of threats, hate, bullying and sexual content. The lexicon's phrases and sentence readers
// know the wordings they were written for; a held-out set written by someone else, scored blind, showed them finding
// four threats in ten (sets 9 and 12) however many sets they had been tuned on. So a logistic regression, trained on
// the labelled school texts in core/eval (npm run train:checker), scores each sentence of the canonical stream by its
// words and word pairs, and a sentence it is sure of is flagged where the rules found nothing of that category. It
// says why only as "reads like", so it is a warning for a person to read, never a block.
//
// Roster names are read as one word, "<name>": who is named says nothing of whether it is a threat, and a school's
// roster is not the one the model learned on.

import type { StreamWords } from './stream-words.js';
import { LEARNED_MODEL } from '../lexicons/learned-model.js';

export type LearnedCategory = 'threat' | 'hate' | 'bullying' | 'sexual';

/** The model as the trainer writes it: one line a feature, its weight for each category. */
export interface LearnedModelData {
  categories: LearnedCategory[];
  bias: number[];
  /** "feature<TAB>w1,w2,…" a line */
  features: string;
}

/**
 * What the model knows of a word: its own feature, and the features of the pairs it begins, by the word after it. A
 * feature is a number: its weights are weights[feature * categories …].
 */
interface WordWeights {
  alone: number;
  before?: Map<string, number>;
}
/** The model as the checker reads it: one look-up a word gives its features and its pairs', so scoring builds no strings. */
export interface LearnedModel {
  categories: LearnedCategory[];
  bias: Float64Array;
  words: Map<string, WordWeights>;
  /** every feature's weights, one after the other */
  weights: Float32Array;
  /** per feature: the sentence that last had it, so a sentence counts each feature once */
  stamp: Uint32Array;
  sentence: number;
}

export function loadModel(data: LearnedModelData): LearnedModel {
  const words = new Map<string, WordWeights>();
  const entry = (word: string) => words.get(word) ?? (words.set(word, { alone: -1 }), words.get(word)!);
  const n = data.categories.length;
  const lines = data.features.split('\n').filter((line) => line.includes('\t'));
  const weights = new Float32Array(lines.length * n);
  lines.forEach((line, id) => {
    const tab = line.indexOf('\t');
    for (let c = 0, from = tab + 1; c < n; c++) {
      const comma = c + 1 < n ? line.indexOf(',', from) : line.length;
      weights[id * n + c] = +line.slice(from, comma);
      from = comma + 1;
    }
    const feature = line.slice(2, tab);
    if (line.startsWith('w:')) entry(feature).alone = id;
    else {
      const space = feature.indexOf(' ');
      const first = entry(feature.slice(0, space));
      (first.before ??= new Map()).set(feature.slice(space + 1), id);
    }
  });
  return { categories: data.categories, bias: Float64Array.from(data.bias), words, weights, stamp: new Uint32Array(lines.length), sentence: 0 };
}

/** what a finding of the learned reading says: it only "reads like", so it is a warning for a person to read */
export const LEARNED_REASONS: Record<LearnedCategory, string> = {
  threat: 'Reads like a threat (a model learned from school texts thinks so; no listed phrase says it): check it.',
  hate: 'Reads like hate against a group (a model learned from school texts thinks so; no listed phrase says it): check it.',
  bullying: 'Reads like bullying of a person (a model learned from school texts thinks so; no listed phrase says it): check it.',
  sexual: 'Reads as sexual (a model learned from school texts thinks so; no listed phrase says it): check it.',
};

/** Whether a finding is the learned reading's own (its reason is one of LEARNED_REASONS). */
export const isLearnedFinding = (f: { category: string; reason: string }): boolean => LEARNED_REASONS[f.category as LearnedCategory] === f.reason;

/** the shipped model, read from its data once, when first needed (by a checker's build or the reading of meaning) */
let shipped: LearnedModel | undefined;
export const shippedModel = (): LearnedModel => (shipped ??= loadModel(LEARNED_MODEL));

const NAME = '<name>';

/** The features of the words [from, to) of a sentence: each word, and each pair of neighbours. */
export function sentenceFeatures(words: readonly string[], from: number, to: number, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let previous = '';
  for (let k = from; k < to; k++) {
    const w = names.has(words[k]!) ? NAME : words[k]!;
    out.push(`w:${w}`);
    if (k > from) out.push(`b:${previous} ${w}`);
    previous = w;
  }
  return out;
}

/** The sentences of the stream, as ranges of words [first, end) between sentence ends. */
export function sentencesOf(w: StreamWords): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  let first = 0;
  for (let k = 0; k <= w.words.length; k++) {
    if (k < w.words.length && w.words[k] !== '.' && w.words[k] !== '') continue;
    if (k > first) out.push({ first, end: k });
    first = k + 1;
  }
  return out;
}

/**
 * The log-odds of each category for the words [from, to) of a sentence, into z: the sum of the weights of its features,
 * each feature once (as the trainer counts them), read from the words as they stand.
 */
function logOdds(model: LearnedModel, words: readonly string[], from: number, to: number, names: ReadonlySet<string>, z: Float64Array): void {
  z.set(model.bias);
  // a new stamp for this sentence; after four billion sentences the stamps start again from clean
  if (++model.sentence === 0xffffffff) {
    model.stamp.fill(0);
    model.sentence = 1;
  }
  let previous: WordWeights | undefined;
  for (let k = from; k < to; k++) {
    const word = names.has(words[k]!) ? NAME : words[k]!;
    const known = model.words.get(word);
    const pair = previous?.before?.get(word);
    previous = known;
    if (known && known.alone >= 0) addOnce(model, known.alone, z);
    if (pair !== undefined) addOnce(model, pair, z);
  }
}

/** Add a feature's weights to z, unless the sentence has had it already. */
function addOnce(model: LearnedModel, feature: number, z: Float64Array): void {
  if (model.stamp[feature] === model.sentence) return;
  model.stamp[feature] = model.sentence;
  const from = feature * z.length;
  for (let c = 0; c < z.length; c++) z[c]! += model.weights[from + c]!;
}

export interface LearnedHit {
  category: LearnedCategory;
  /** word indices of the sentence, [first, end) */
  first: number;
  end: number;
  probability: number;
}

/** per thresholds object: the log-odds each probability threshold stands for, worked out once */
const barsOf = new WeakMap<object, Float64Array>();
/** reused by every text: the scores of the sentence being read */
let scores = new Float64Array(0);

/**
 * The sentences a text may have before a sentence must be surer to count. The thresholds were chosen on texts of one
 * to four sentences; each sentence of a longer text is one more chance of a false warning, so a newsletter of forty
 * sentences drew two or three (set 29, the first set of long texts: 32 warnings that were wrong against 20 right).
 * Over this many, a sentence's log-odds must pass its threshold's by log(sentences / TEXT_SENTENCES), as a
 * correction for testing many sentences at once; on set 29 that kept all 20 and dropped 14 of the 32.
 */
export const TEXT_SENTENCES = 4;

/** How much surer (in log-odds) a sentence of a text of `sentences` sentences must be: see TEXT_SENTENCES. */
export const raiseFor = (sentences: number): number => (sentences > TEXT_SENTENCES ? Math.log(sentences / TEXT_SENTENCES) : 0);

/** The sentences of the stream's words, counted. */
export function sentenceCount(w: StreamWords): number {
  let n = 0;
  for (let k = 0, first = 0; k <= w.words.length; k++) {
    if (k < w.words.length && w.words[k] !== '.' && w.words[k] !== '') continue;
    if (k > first) n++;
    first = k + 1;
  }
  return n;
}

/**
 * Sentences the model is sure enough of, per category's threshold; `raise`, in log-odds, on top of each threshold
 * (raiseFor, for a long text).
 */
export function learnedHits(model: LearnedModel, w: StreamWords, names: ReadonlySet<string>, thresholds: Readonly<Record<LearnedCategory, number>>, raise = 0): LearnedHit[] {
  const out: LearnedHit[] = [];
  // a probability passes its threshold where the log-odds pass the threshold's: no exponential a sentence
  let bars = barsOf.get(thresholds);
  if (!bars) barsOf.set(thresholds, (bars = Float64Array.from(model.categories, (c) => Math.log(thresholds[c] / (1 - thresholds[c])))));
  if (scores.length !== model.categories.length) scores = new Float64Array(model.categories.length);
  const z = scores;
  // the sentences, as sentencesOf reads them, without building the list
  const words = w.words;
  for (let k = 0, first = 0; k <= words.length; k++) {
    if (k < words.length && words[k] !== '.' && words[k] !== '') continue;
    if (k > first) {
      logOdds(model, words, first, k, names, z);
      for (let c = 0; c < z.length; c++) {
        if (z[c]! >= bars[c]! + raise) out.push({ category: model.categories[c]!, first, end: k, probability: 1 / (1 + Math.exp(-z[c]!)) });
      }
    }
    first = k + 1;
  }
  return out;
}
