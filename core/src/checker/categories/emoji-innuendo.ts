// Sexual innuendo carried by emoji: "Netflix and chill? 😏🍆", "🍑💦". The canonical stream keeps letters and
// digits only, so the phrase lexicon never sees an emoji; this reads the text as written. One suggestive emoji
// is not enough: an aubergine grown in the school garden (🍆🥕) or a splash day (💦☀️) is no innuendo. It takes
// a run of emoji with a suggestive one (aubergine, peach, droplets, tongue) and a second suggestive or
// flirting one (smirk, wink, devil, hot face, kiss, drool) beside it.

export interface EmojiHit {
  /** offsets in the text as written, end exclusive */
  start: number;
  end: number;
}

const SUGGESTIVE = new Set(['🍆', '🍑', '💦', '👅']);
const FLIRTING = new Set(['😏', '😉', '😈', '🥵', '😘', '🤤']);
/** a run of emoji, with the spaces, variation selectors and skin tones that may stand between them */
const RUN = /(?:\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier}|\s)*){2,}/gu;
/** astral characters: every emoji above, so a text without one is passed over at once */
const ASTRAL = /[\uD83C-\uD83E]/;

/** The runs of emoji in a text that together read as sexual innuendo. */
export function emojiInnuendo(text: string): EmojiHit[] {
  if (!ASTRAL.test(text)) return [];
  const out: EmojiHit[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let suggestive = 0;
    let flirting = 0;
    for (const ch of m[0]) {
      if (SUGGESTIVE.has(ch)) suggestive++;
      else if (FLIRTING.has(ch)) flirting++;
    }
    if (suggestive > 0 && suggestive + flirting >= 2) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}
