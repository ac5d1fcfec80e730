// Whether a short word is an English one: the words of short-words.ts (SCOWL's commoner levels, one to six letters) as a
// set, made when first asked. Read by the token stream (a word split by a space) and the roster matcher (a capital at a
// sentence's start before a surname).
import { SHORT_WORDS_SOURCE } from './short-words.js';

let shortWords: Set<string> | undefined;
/** Whether a word (of up to six letters) is an English one, as SCOWL's commoner levels list them. */
export const isShortWord = (word: string): boolean => (shortWords ??= new Set(SHORT_WORDS_SOURCE.flatMap((line) => line.split(' ')))).has(word);
