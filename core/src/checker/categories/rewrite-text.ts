// What the rewrites a finding offers (name-rewrites.ts, birth-date-removal.ts, school-name-rewrites.ts,
// profanity-cuts.ts) all read of the text around what they replace: where a sentence ends and starts, and the space
// before a word.

/** . ! ? or a new line, by char code: where a sentence ends */
export const endsSentence = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
/** the space at the end of a stretch of text, taken out with the word after it */
export const SPACE_BEFORE = /\s+$/;
/** a stretch of text that ends where a sentence starts: the text's start, or a stop and the space after it */
export const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;
