// What the rewrites a finding offers (name-rewrites.ts, birth-date-removal.ts, school-name-rewrites.ts,
// profanity-cuts.ts) all read of the text around what they replace: where a sentence ends and starts, and the space
// before a word.

/** . ! ? or a new line, by char code: where a sentence ends */
export const endsSentence = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
/**
 * Whether o[k] ends a sentence: as endsSentence, but a full stop between two letters or digits is inside a word
 * ("zara.com", "www.pricebuckland.co.uk", "3.30pm"), not the end of a sentence.
 */
export function endsSentenceAt(o: string, k: number): boolean {
  const code = o.charCodeAt(k);
  if (!endsSentence(code)) return false;
  return !(code === 46 && k > 0 && k + 1 < o.length && isWordCharacter(o[k - 1]!) && isWordCharacter(o[k + 1]!));
}
/** the space at the end of a stretch of text, taken out with the word after it */
export const SPACE_BEFORE = /\s+$/;
/** a stretch of text that ends where a sentence starts: the text's start, or a stop and the space after it */
export const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHARACTER.test(c);
};
/**
 * Whether the line from `at` on holds nothing but hashtags, handles, emoji and stops: the tags that end a post
 * ("… today #proud #TeamOakfield"), which a rewrite may take out or read with the sentence before them. A scan that
 * stops at the first word outside a tag, since most lines go on with words.
 */
export function onlyTagsTo(o: string, at: number): boolean {
  let inTag = false;
  for (let i = at; i < o.length; i++) {
    const c = o[i]!;
    if (c === '\n') return true;
    if (c === '#' || c === '@') inTag = true;
    else if (isWordCharacter(c)) {
      if (!inTag) return false;
    } else if (c !== '_') inTag = false;
  }
  return true;
}
/** a word before a tag that makes it part of the sentence: "proud to be part of the #OakfieldFamily" */
export const SENTENCE_RUNS_INTO = /(?:^|[^\p{L}])(?:the|my|our|a|an|of|to|at|with|in|for|and|from|join|joined|welcome)\s+$/iu;
