// What the rewrites a finding offers (name-rewrites.ts, birth-date-removal.ts, school-name-rewrites.ts,
// profanity-cuts.ts) all read of the text around what they replace: where a sentence ends and starts, and the space
// before a word.

/** . ! ? or a new line, by char code: where a sentence ends */
export const endsSentence = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
/** the space at the end of a stretch of text, taken out with the word after it */
export const SPACE_BEFORE = /\s+$/;
/** a stretch of text that ends where a sentence starts: the text's start, or a stop and the space after it */
export const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;

/** a hashtag or handle */
const TAG = /[#@][\p{L}\p{N}_]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Whether the line from `at` on holds nothing but hashtags, handles, emoji and stops: the tags that end a post
 * ("… today #proud #TeamOakfield"), which a rewrite may take out or read with the sentence before them.
 */
export function onlyTagsTo(o: string, at: number): boolean {
  const lineEnd = o.indexOf('\n', at);
  return !WORD_CHARACTER.test(o.slice(at, lineEnd < 0 ? o.length : lineEnd).replace(TAG, ''));
}
/** a word before a tag that makes it part of the sentence: "proud to be part of the #OakfieldFamily" */
export const SENTENCE_RUNS_INTO = /(?:^|[^\p{L}])(?:the|my|our|a|an|of|to|at|with|in|for|and|from|join|joined|welcome)\s+$/iu;
