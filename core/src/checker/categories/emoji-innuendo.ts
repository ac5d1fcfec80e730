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
/** the emoji above and the flirting ones, found in one pass that skips straight to each */
const KEY = /\u{1F346}|\u{1F351}|\u{1F4A6}|\u{1F445}|\u{1F60F}|\u{1F609}|\u{1F608}|\u{1F975}|\u{1F618}|\u{1F924}/gu;
/** what may stand between two emoji of one run: other emoji, spaces, variation selectors, skin tones */
const BETWEEN = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\p{Emoji_Modifier}|\s)*$/u;
/** a variation selector or a skin tone just after an emoji, which belongs to it */
const TRAILING = /(?:\u{FE0F}|\p{Emoji_Modifier})*/uy;

/** The runs of emoji in a text that together read as sexual innuendo. */
export function emojiInnuendo(text: string): EmojiHit[] {
  const out: EmojiHit[] = [];
  let start = -1;
  let end = -1;
  let suggestive = 0;
  let keys = 0;
  const close = () => {
    if (suggestive > 0 && keys >= 2) out.push({ start, end });
  };
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m; m = KEY.exec(text)) {
    TRAILING.lastIndex = m.index + m[0].length;
    TRAILING.exec(text);
    const after = TRAILING.lastIndex;
    if (start < 0 || !BETWEEN.test(text.slice(end, m.index))) {
      if (start >= 0) close();
      start = m.index;
      suggestive = 0;
      keys = 0;
    }
    end = after;
    keys++;
    if (SUGGESTIVE.has(m[0])) suggestive++;
  }
  if (start >= 0) close();
  return out;
}
