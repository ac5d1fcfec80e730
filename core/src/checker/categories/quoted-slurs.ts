// A word that is a slur in only some of its uses, held up on its own in quotation marks. "Went on a bender" and "a
// bender shelter" are no slur, so the lexicon names "bender" only where it is aimed ("such a bender") or called an
// insult. A word quoted alone, though, is a word talked about as a word: "pupils calling each other "b3nder"", "had
// "downie" shouted at her", "was called a "sooty"". In three sets written blind, each such word was labelled the slur
// and missed. Read from the folded text, so look-alike letters count, with digits and symbols read as the letters they
// stand for and spaced-out letters joined.

import { quotationSpans } from '../quotations.js';

/** the words, as the canonical stream spells them ("b3nder" and "b e n d e r" read "bender"): one is needed (read by reader-gates.ts) */
export const QUOTED_SLUR_WORDS = 'bender benders downie downies sooty';

export interface QuotedSlur {
  /** folded offsets of the word, marks excluded */
  start: number;
  end: number;
  kind: 'homophobic' | 'disability' | 'racist';
}

/** words that are slurs when talked about as words, though not in every use; a plural is read as its word */
const SLURS_WHEN_QUOTED: ReadonlyMap<string, QuotedSlur['kind']> = new Map([
  ['bender', 'homophobic'],
  ['downie', 'disability'],
  ['sooty', 'racist'],
]);
const LONGEST = 12;
const STANDS_FOR: Readonly<Record<string, string>> = { '3': 'e', '1': 'i', '!': 'i', '0': 'o', '4': 'a', '@': 'a', '5': 's', $: 's' };
/**
 * The words as they may be written (letters spaced or dotted, digits for letters), to pass over the many texts that
 * hold none of them without reading their quotations
 */
const ANY_OF_THEM = /b\W?[e3]\W?n\W?d\W?[e3]\W?r|d\W?[o0]\W?w\W?n\W?[i1!]\W?[e3]|[s5$]\W?[o0]\W?[o0]\W?t\W?y/;
/** anything a quotation might hold that is not one of these words: a space between two words, not between letters */
const TWO_WORDS = /\S{2}\s|\s\S{2}/;

/** Where a text quotes one of SLURS_WHEN_QUOTED on its own. */
export function quotedSlurs(folded: string): QuotedSlur[] {
  if (!ANY_OF_THEM.test(folded)) return [];
  const out: QuotedSlur[] = [];
  for (const { start, end } of quotationSpans(folded)) {
    if (end - start > 2 * LONGEST) continue;
    const inner = folded.slice(start, end).trim();
    if (inner.length === 0 || TWO_WORDS.test(inner)) continue;
    let word = '';
    for (const ch of inner) {
      if (ch === ' ' || ch === '.' || ch === '-') continue; // "b e n d e r", "b.e.n.d.e.r"
      word += STANDS_FOR[ch] ?? ch;
    }
    const kind = SLURS_WHEN_QUOTED.get(word) ?? (word.endsWith('s') ? SLURS_WHEN_QUOTED.get(word.slice(0, -1)) : undefined);
    if (kind === undefined) continue;
    const from = start + folded.slice(start, end).indexOf(inner);
    out.push({ start: from, end: from + inner.length, kind });
  }
  return out;
}
