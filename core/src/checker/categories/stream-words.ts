// The canonical stream (offensive-tokens.ts) split into its words once a text, for the detectors that read a
// sentence word by word (threats, hate against a group, insults). Each split the stream on its own before:
// three copies of some 400 words a dense 2,000-character text.

import { interned } from '../intern.js';

export interface StreamWords {
  stream: string;
  /** the words, a sentence end as "." */
  words: string[];
  /** where each word starts in the stream */
  at: number[];
  /** whether a word has a star in it ("st*bbed"), which a detector may read as the word it hides */
  starred: boolean;
}

export function streamWords(stream: string): StreamWords {
  let count = 1;
  for (let i = stream.indexOf(' '); i >= 0; i = stream.indexOf(' ', i + 1)) count++;
  const words = new Array<string>(count);
  const at = new Array<number>(count);
  for (let k = 0, pos = 0; k < count; k++) {
    let end = stream.indexOf(' ', pos);
    if (end < 0) end = stream.length;
    at[k] = pos;
    words[k] = interned(stream, pos, end);
    pos = end + 1;
  }
  return { stream, words, at, starred: stream.includes('*') };
}


/** Where word k ends in the stream, as written (a detector may read a starred word as a longer one). */
export const wordEnd = (w: StreamWords, k: number) => (k + 1 < w.words.length ? w.at[k + 1]! - 1 : w.stream.length);

/**
 * The words with each starred word read as the first word of `dictionary` that fits it, a star standing for one
 * to three letters ("st*bbed" reads "stabed" among threat words, "tw*t" "twat" among insults); the words
 * themselves when none is starred.
 */
export function unstarredWords(w: StreamWords, dictionary: ReadonlySet<string>): string[] {
  if (!w.starred) return w.words;
  let known = readings.get(dictionary);
  if (!known) readings.set(dictionary, (known = new Map()));
  const memo = known;
  return w.words.map((word) => {
    if (!word.includes('*')) return word;
    let reading = memo.get(word);
    if (reading === undefined) {
      reading = readStarred(word, dictionary);
      // a school writes the same starred words again and again; a flood of new ones starts the memo afresh
      if (memo.size >= READINGS_LIMIT) memo.clear();
      memo.set(word, reading);
    }
    return reading;
  });
}

/** each dictionary's readings of the starred words it has met: a pattern built and tried for each is dear */
const readings = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const READINGS_LIMIT = 5_000;

/** each dictionary's longest word: a starred word that must spell more letters than that is none of them */
const longest = new WeakMap<ReadonlySet<string>, number>();

function readStarred(word: string, dictionary: ReadonlySet<string>): string {
  const letters = word.replace(/[^a-z*]/g, '');
  let most = longest.get(dictionary);
  if (most === undefined) {
    most = 0;
    for (const known of dictionary) most = Math.max(most, known.length);
    longest.set(dictionary, most);
  }
  // each letter spells one, each run of stars at least one: a word of a thousand ("f*f*f*…") is built into no pattern
  if (letters.replace(/\*+/g, '*').length > most) return word;
  const shape = new RegExp(`^${letters.replace(/\*+/g, '[a-z]{1,3}')}$`);
  for (const known of dictionary) if (shape.test(known)) return known;
  return word;
}

/** A word as the stream spells it: repeated letters collapsed ("kill" reads "kil"). */
export const collapse = (word: string) => word.replace(/([a-z])\1+/g, '$1');
/** Words written plainly, as the stream spells them. */
export const wordSet = (list: string) => new Set(list.trim().split(/\s+/).map(collapse));

/**
 * A pattern written as words are spelt, read as the stream spells them: each run of a letter as one ("deeper" reads
 * "deper"), as the stream collapses repeated letters. For patterns over the stream's words only: a source with an
 * escape such as "\\ss" would be changed too.
 */
export const speltSource = (source: string): string => source.replace(/([a-z])\1+/g, '$1');
export const spelt = (source: string, flags = ''): RegExp => new RegExp(speltSource(source), flags);
