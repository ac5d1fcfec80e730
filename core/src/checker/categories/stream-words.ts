// The canonical stream (offensive-tokens.ts) split into its words once a text, for the detectors that read a
// sentence word by word (threats, hate against a group, insults). Each split the stream on its own before:
// three copies of some 400 words a dense 2,000-character text.

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
  const words = stream.split(' ');
  const at = new Array<number>(words.length);
  for (let k = 0, pos = 0; k < words.length; k++) {
    at[k] = pos;
    pos += words[k]!.length + 1;
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
export function unstarredWords(w: StreamWords, dictionary: Iterable<string>): string[] {
  if (!w.starred) return w.words;
  return w.words.map((word) => {
    if (!word.includes('*')) return word;
    const shape = new RegExp(`^${word.replace(/[^a-z*]/g, '').replace(/\*+/g, '[a-z]{1,3}')}$`);
    for (const known of dictionary) if (shape.test(known)) return known;
    return word;
  });
}

/** A word as the stream spells it: repeated letters collapsed ("kill" reads "kil"). */
export const collapse = (word: string) => word.replace(/([a-z])\1+/g, '$1');
/** Words written plainly, as the stream spells them. */
export const wordSet = (list: string) => new Set(list.trim().split(/\s+/).map(collapse));
