// Which of the readers of the text as written can find anything in a text, from the canonical stream's words. Each
// such reader (quoted-slurs.ts, sent-for.ts, fire-insinuation.ts, theft-slur.ts, sideways-threat.ts, property-menace.ts) cannot find anything without one of
// a few words; looking for those words in the stream, one map look-up a word for all the readers at once, spares the
// many texts that hold none of them the reader's regular expressions over the whole text. Each reader names its own
// words, so a word it comes to need is added where it is used.

import { COMING, RELATIVES } from './sent-for.js';
import { CUE_BESIDE, FIRE_WORDS, GOING_UP, NO_ONE } from './fire-insinuation.js';
import { PEOPLES } from './theft-slur.js';
import { PROPERTY_WORDS } from './property-menace.js';
import { QUOTED_SLUR_WORDS } from './quoted-slurs.js';
import { SHAPE_WORDS, type SidewaysShape } from './sideways-threat.js';
import { wordSet } from './stream-words.js';

export const QUOTED_SLUR = 1;
export const SENT_FOR = 2;
export const FIRE = 4;
export const THEFT_SLUR = 8;
const RELATIVE = 16;
const COMES = 32;
/** a fire cue only beside another word ("go up", "no one", "nobody about", "all night"): its neighbours are read */
const FIRE_BESIDE = 64;
/** the shapes of sideways-threat.ts, a bit each */
export const SIDEWAYS_BITS: Readonly<Record<SidewaysShape, number>> = { attack: 128, past: 256, deadline: 512, toll: 1024, lucky: 4096, numbered: 8192 };
export const SIDEWAYS = 128 | 256 | 512 | 1024 | 4096 | 8192;
/** property-menace.ts: a car, a home, a pet */
export const PROPERTY = 2048;

const BITS = new Map<string, number>();
const mark = (words: string, bit: number) => {
  for (const w of wordSet(words)) BITS.set(w, (BITS.get(w) ?? 0) | bit);
};
mark(QUOTED_SLUR_WORDS, QUOTED_SLUR);
mark(RELATIVES, RELATIVE);
mark(COMING, COMES);
mark(FIRE_WORDS, FIRE);
mark(PEOPLES, THEFT_SLUR);
mark(PROPERTY_WORDS, PROPERTY);
for (const [shape, words] of Object.entries(SHAPE_WORDS)) mark(words, SIDEWAYS_BITS[shape as SidewaysShape]);

/** The shapes of sideways-threat.ts whose words the stream holds, from readersFor's bits. */
export const sidewaysShapes = (bits: number): Set<SidewaysShape> => new Set((Object.keys(SIDEWAYS_BITS) as SidewaysShape[]).filter((s) => bits & SIDEWAYS_BITS[s]));
/** each fire cue read beside another: the words that may stand before it, and after it */
const BESIDE = new Map<string, { before: ReadonlySet<string>; after: ReadonlySet<string> }>([
  [GOING_UP.word, { before: wordSet(GOING_UP.after), after: wordSet(GOING_UP.before) }],
  [NO_ONE.word, { before: wordSet(NO_ONE.after), after: new Set() }],
  ...Object.entries(CUE_BESIDE).map(([word, { before, after }]) => [word, { before: wordSet(before ?? ''), after: wordSet(after ?? '') }] as const),
]);
for (const w of BESIDE.keys()) mark(w, FIRE_BESIDE);

/** The readers (QUOTED_SLUR, SENT_FOR, FIRE, THEFT_SLUR, SIDEWAYS, PROPERTY, or-ed) whose words the stream holds. */
export function readersFor(words: readonly string[]): number {
  let bits = 0;
  for (let k = 0; k < words.length; k++) {
    const b = BITS.get(words[k]!);
    if (b === undefined) continue;
    bits |= b;
    if (b & FIRE_BESIDE) {
      const { before, after } = BESIDE.get(words[k]!)!;
      if ((k > 0 && before.has(words[k - 1]!)) || (k + 1 < words.length && after.has(words[k + 1]!))) bits |= FIRE;
    }
  }
  // someone coming back needs both: a relative, and "back", "home" or "out"
  if ((bits & (RELATIVE | COMES)) === (RELATIVE | COMES)) bits |= SENT_FOR;
  return bits;
}
