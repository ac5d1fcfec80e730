// The antisemitic "echo": triple brackets around a name or a word ("(((Goldberg)))", "(((the bankers)))") mark a person
// or a group as Jewish to those who hate Jews (ADL, "Hate Symbols: Echo"). The canonical stream keeps letters only, so
// the lexicon never sees the brackets; this reads the text as written. Brackets round a sum ("((2 + 3) × 4)") have
// digits in them, and nobody writes a word in three brackets for any other reason.

import type { EmojiHit } from './emoji-innuendo.js';

/** three opening brackets (round, or the full-width and small forms), letters and spaces, three closing ones */
const ECHO = /[(（﹙]{3}\s*\p{L}[\p{L}\p{M}\s'’.-]{0,40}?\s*[)）﹚]{3}/gu;

/** Where a text puts a name or a word in triple brackets. */
export function echoBrackets(text: string): EmojiHit[] {
  if (!text.includes('(((') && !text.includes('（（（') && !text.includes('﹙﹙﹙')) return [];
  const out: EmojiHit[] = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(text); m; m = ECHO.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
