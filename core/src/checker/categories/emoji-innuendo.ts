// Sexual innuendo carried by emoji: "Netflix and chill? 😏🍆", "🍑💦". The canonical stream keeps letters and
// digits only, so the phrase lexicon never sees an emoji; this reads the text as written. One suggestive emoji
// is not enough: an aubergine grown in the school garden (🍆🥕) or a splash day (💦☀️) is no innuendo. It takes
// a run of emoji with a suggestive one (aubergine, peach, droplets, tongue) and a second suggestive or
// flirting one (smirk, wink, devil, hot face, kiss, drool) beside it; or, in one sentence, a suggestive one
// and a leering one (smirk, devil, hot face, drool) apart ("the 🍆 emoji is doing a lot of work tonight 😏").
// A leering emoji said of a person is innuendo too: "Mr Walsh on sports day in them shorts 🥵" (but not
// "Sports day in this heat 🥵", nor a curry or a run); a smirk, wink or kiss only with words that lean the
// same way ("can keep me behind after school any day 😏", "bet Mr Fletcher is good with his hands 😉").

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
/** hot face, drool, smirk, devil: leering, not friendly (a wink or a kiss is often only friendly) */
const LEERING = new Set(['\u{1F975}', '\u{1F924}', '\u{1F60F}', '\u{1F608}']);
/** hot face and drool say it of a person on their own */
const HOT = new Set(['\u{1F975}', '\u{1F924}']);
/** someone a leer is aimed at: a title and a name, a member of staff, a parent */
const PERSON = /(?:^|[^\p{L}])(?:(?:mr|mrs|miss|ms|mx|sir)\.?\s+\p{L}|(?:teacher|ta|caretaker|coach|head|supply|dad|daddy|mum|mam|hubby|husband|lollipop man|postman)(?![\p{L}]))/iu;
/** what makes a hot face the weather, food or exercise */
const HEAT = /(?:^|[^\p{L}])(?:heat|heatwave|hot|sun|sunny|sunshine|weather|warm|boiling|roasting|sweltering|scorch\w*|degrees|temperature|humid|muggy|curry|chilli|chili|spicy|vindaloo|jalape\w*|pepper|workout|circuits|bootcamp|sweat\w*|gym|run|running|miles|km|marathon|classroom|radiators?|heating)(?![\p{L}])/iu;
/** words that lean a smirk, wink or kiss towards innuendo */
const LEANING = /any\s?(?:day|time)|good with (?:his|her) hands|keep (?:me|us) (?:behind|in)|teach (?:me|us) a lesson|(?:^|[^\p{L}])single(?![\p{L}])|home visit|private lesson|in (?:them|those|his|her|that|those tight) (?:\p{L}+ )?(?:shorts|leggings|suit|lycra|jeans|uniform|trousers|dress)|doing a lot of work|when (?:she|he)(?:'s|\u2019s| is) older|gonna be trouble/iu;
const SENTENCE_BREAK = /[.!?\n]/g;
/**
 * The sentence of the text as written around [at, end): from after the last break before it (looking back 300
 * characters at most) to the next break after it. Shared with emoji-menace.ts, which reads emoji the same way.
 */
export function sentenceAround(text: string, at: number, end: number): { start: number; end: number } {
  let start = 0;
  SENTENCE_BREAK.lastIndex = Math.max(0, at - 300);
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < at; m = SENTENCE_BREAK.exec(text)) start = m.index + 1;
  SENTENCE_BREAK.lastIndex = end;
  const next = SENTENCE_BREAK.exec(text);
  return { start, end: next ? next.index : text.length };
}
const FLIRTING = new Set(['\u{1F60F}', '\u{1F609}', '\u{1F618}']);

/** The runs of emoji in a text that together read as sexual innuendo. */
export function emojiInnuendo(text: string): EmojiHit[] {
  const out: EmojiHit[] = [];
  let start = -1;
  let end = -1;
  let suggestive = 0;
  let keys = 0;
  /** the sentence of the last suggestive emoji seen, for a leer later in it */
  let lastSuggestive = -1;
  const close = () => {
    if (suggestive > 0 && keys >= 2) out.push({ start, end });
  };
  const alone: EmojiHit[] = [];
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
    if (SUGGESTIVE.has(m[0])) {
      suggestive++;
      lastSuggestive = m.index;
      // a peach or an aubergine said of a person, with words that lean the same way: "Mr Cartwright's arse in them shorts 🍑"
      const sentence = sentenceAround(text, m.index, after);
      const words = text.slice(sentence.start, sentence.end);
      if (PERSON.test(words) && LEANING.test(words)) alone.push({ start: sentence.start + (words.length - words.trimStart().length), end: after });
    } else if (LEERING.has(m[0]) || FLIRTING.has(m[0])) {
      const sentence = sentenceAround(text, m.index, after);
      const words = text.slice(sentence.start, sentence.end);
      const leering = LEERING.has(m[0]);
      if (leering && lastSuggestive >= sentence.start && lastSuggestive < start) alone.push({ start: lastSuggestive, end: after });
      else if (PERSON.test(words) && ((HOT.has(m[0]) && !HEAT.test(words)) || LEANING.test(words))) alone.push({ start: sentence.start + (words.length - words.trimStart().length), end: after });
    }
  }
  if (start >= 0) close();
  // a run found whole covers any leer that overlaps it,
  // and leers that overlap each other are one finding
  const leers: EmojiHit[] = [];
  for (const h of alone) {
    const over = leers.find((o) => o.start < h.end && h.start < o.end);
    if (!over) leers.push({ ...h });
    else [over.start, over.end] = [Math.min(over.start, h.start), Math.max(over.end, h.end)];
  }
  for (const h of leers) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}
