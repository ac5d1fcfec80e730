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
/** A sentence of a text as written, and what has been asked of it, each answered once however many emoji it holds. */
export interface Sentence {
  start: number;
  end: number;
  /** its words, as written */
  words: string;
  /** whether it matches `re` (a pattern without the g flag), read once a sentence */
  matches(re: RegExp): boolean;
}

/**
 * The sentences of one text around its emoji: from after the last break before an emoji (the text's start if none) to
 * the next break after it. A text of a thousand emoji and no full stop is one sentence, found and read
 * once, not once an emoji. Shared with emoji-menace.ts, which reads emoji the same way.
 */
export class Sentences {
  /** the text before `read` has been read for breaks: the last of them before it, and the first at or after it */
  private read = 0;
  private lastBreak = -1;
  private nextBreak = -1;
  private last: Sentence | undefined;
  constructor(private readonly text: string) {}

  /** the first break at or after `from`; the text's length when there is none */
  private breakFrom(from: number): number {
    SENTENCE_BREAK.lastIndex = from;
    const m = SENTENCE_BREAK.exec(this.text);
    return m ? m.index : this.text.length;
  }

  around(at: number, end: number): Sentence {
    // emoji come in the order they stand: the text before this one is read from where the last left off
    if (at < this.read || this.nextBreak < this.read) [this.lastBreak, this.nextBreak] = [-1, this.breakFrom(0)];
    while (this.nextBreak < at) [this.lastBreak, this.nextBreak] = [this.nextBreak, this.breakFrom(this.nextBreak + 1)];
    this.read = at;
    // from the sentence's own start: a break more than 300 characters back used to send the sentence back to the text's
    // start, so a long text of long sentences with an emoji in each read all the text before each (400 ms at 45,000
    // characters, growing with the square of the text)
    const start = this.lastBreak + 1;
    const next = this.nextBreak >= end ? this.nextBreak : this.breakFrom(end);
    if (this.last?.start === start && this.last.end === next) return this.last;
    const words = this.text.slice(start, next);
    const answers = new Map<RegExp, boolean>();
    const matches = (re: RegExp) => {
      let answer = answers.get(re);
      if (answer === undefined) answers.set(re, (answer = re.test(words)));
      return answer;
    };
    return (this.last = { start, end: next, words, matches });
  }
}

/**
 * The sentences around each match of `key` (a pattern with the g flag) that `found` calls a finding, each once, from its
 * first word and no later than the emoji: what the readers of emoji as written share (emoji-menace.ts, emoji-hate.ts).
 */
export function emojiSentences(text: string, key: RegExp, found: (emoji: string, sentence: Sentence) => boolean): (EmojiHit & { sentence: Sentence; at: number })[] {
  const out: (EmojiHit & { sentence: Sentence; at: number })[] = [];
  const sentences = new Sentences(text);
  key.lastIndex = 0;
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const sentence = sentences.around(m.index, m.index + m[0].length);
    if (out.length > 0 && out[out.length - 1]!.end >= sentence.end) continue; // this sentence is already found
    if (!found(m[0], sentence)) continue;
    let start = sentence.start;
    while (start < m.index && /\s/.test(text[start]!)) start++;
    out.push({ start, end: sentence.end, sentence, at: m.index });
  }
  return out;
}

/** where a sentence's words start, its leading spaces left out */
const trimmedStart = (s: Sentence) => s.start + (s.words.length - s.words.trimStart().length);
const FLIRTING = new Set(['\u{1F60F}', '\u{1F609}', '\u{1F618}']);

/** the things the suggestive emoji also are, named in words */
const LITERAL = /(?:^|[^\p{L}])(?:aubergines?|eggplants?|peach(?:es)?|veg|vegetables?|harvest|allotment|fruit|water ?fights?|water ?slides?|water play|splash\w*|paddling|sprinklers?|swimming|pool|rain\w*|puddles?|tongue twisters?)(?![\p{L}])/iu;
/** how far either side of a run its words may stand */
const LITERAL_REACH = 200;

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
    // a run of produce or water with no flirting emoji, beside the words for them: "🍆🍅🥕🍑 thank you for all the
    // aubergines", "💦💦 the water fight"
    if (suggestive > 0 && keys >= 2 && !(suggestive === keys && LITERAL.test(text.slice(Math.max(0, start - LITERAL_REACH), end + LITERAL_REACH)))) out.push({ start, end });
  };
  const alone: EmojiHit[] = [];
  const sentences = new Sentences(text);
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
      const sentence = sentences.around(m.index, after);
      if (sentence.matches(PERSON) && sentence.matches(LEANING)) alone.push({ start: trimmedStart(sentence), end: after });
    } else if (LEERING.has(m[0]) || FLIRTING.has(m[0])) {
      const sentence = sentences.around(m.index, after);
      const leering = LEERING.has(m[0]);
      if (leering && lastSuggestive >= sentence.start && lastSuggestive < start) alone.push({ start: lastSuggestive, end: after });
      else if (sentence.matches(PERSON) && ((HOT.has(m[0]) && !sentence.matches(HEAT)) || sentence.matches(LEANING))) alone.push({ start: trimmedStart(sentence), end: after });
    }
  }
  if (start >= 0) close();
  // leers that overlap each other are one finding (merged in order of where they start, so a text of many is no
  // longer to read than a text of few), and a run found whole covers any leer that overlaps it
  const leers: EmojiHit[] = [];
  for (const h of alone.sort((a, b) => a.start - b.start)) {
    const over = leers[leers.length - 1];
    if (over && h.start < over.end) over.end = Math.max(over.end, h.end);
    else leers.push({ ...h });
  }
  const runs = out.length;
  for (let h = 0, r = 0; h < leers.length; h++) {
    const leer = leers[h]!;
    // the runs are apart and in order: those ending before this leer end before every later one too
    while (r < runs && out[r]!.end <= leer.start) r++;
    if (r < runs && out[r]!.start < leer.end) continue;
    out.push(leer);
  }
  return out.sort((a, b) => a.start - b.start);
}
