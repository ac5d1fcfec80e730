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

/** The words with each starred word read by `read`, or the words themselves when none is starred. */
export function unstarredWords(w: StreamWords, read: (word: string) => string): string[] {
  if (!w.starred) return w.words;
  return w.words.map((word) => (word.includes('*') ? read(word) : word));
}
