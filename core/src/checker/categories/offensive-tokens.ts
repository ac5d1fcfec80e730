// Splits a folded text into words for the offensive-language matcher, undoing the ways people hide a
// word: l33t ("sh1t"), symbols inside it ("f*ck", "f.u.c.k"), spaced-out letters ("f u c k").

import type { Prepared } from '../types.js';
import { phraseVocabulary, segment, type StreamVocabulary } from './stream-vocabulary.js';
import { isShortWord } from '../lexicons/english-words.js';
import { allMatches } from '../all-matches.js';

/**
 * What a Cyrillic у among Latin letters becomes for this matcher: "fуck" and "cуnt" are written with it for a u,
 * which it looks like in many fonts, and "uglу cow" for the y it looks like in others. The word is looked up both
 * ways; the stream, which phrases read, keeps the y. Everywhere else it folds to y (normalise.ts).
 */
const DISGUISED_U = '\u0289'; // ʉ, a Latin u with a bar, which no school text has
const CYRILLIC_U = /[\u0443\u0423]/g;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The folded text with each Cyrillic у that stands next to a Latin letter, as written, marked as a u in disguise;
 * the folded text itself when there is none (almost always). A Russian word keeps its у as y: its neighbours are
 * Cyrillic.
 */
export function markDisguisedU(p: Pick<Prepared, 'original' | 'folded' | 'offsets'>): string {
  if (p.original.indexOf('\u0443') < 0 && p.original.indexOf('\u0423') < 0) return p.folded;
  const marked = new Set<number>();
  for (const m of allMatches(CYRILLIC_U, p.original)) {
    const at = m.index;
    if (isAsciiLetter(p.original.charCodeAt(at - 1)) || isAsciiLetter(p.original.charCodeAt(at + 1))) marked.add(at);
  }
  if (marked.size === 0) return p.folded;
  let out = '';
  for (let k = 0; k < p.folded.length; k++) out += marked.has(p.offsets[k]!) ? DISGUISED_U : p.folded[k];
  return out;
}

/** What a character may stand for: "1" is i or l, "@" is a. */
const LEET: Record<string, string> = { [DISGUISED_U]: 'yu', '4': 'a', '@': 'a', '8': 'b', '3': 'e', '6': 'g', '9': 'g', '1': 'il', '!': 'i', '|': 'il', '0': 'o', '5': 's', $: 's', '7': 't', '+': 't' };
/** Characters that hide a letter: "f*ck", "f#ck". */
const WILDCARDS = new Set(['*', '#']);
/** Characters that join the parts of a compound ("arse-monster") and hide nothing else. */
const PART_BREAKS = new Set(['-', '/', '_', '\\', '–', '—']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

const isLatin = (c: string) => c >= 'a' && c <= 'z';
const isLatinCode = (c: number) => c >= 97 && c <= 122;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isSpace = (c: string) => c === ' ' || (c < '!' ? true : c > '~' && SPACE.test(c));
const isLetterOrDigit = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '~' && LETTER_OR_DIGIT.test(c));
/** a character a word keeps as a position of its own: a letter, a digit, l33t or a wildcard (not "." in "f.u.c.k") */
const keepsInWord = (c: string) => isLatin(c) || LEET[c] !== undefined || WILDCARDS.has(c) || isLetterOrDigit(c);
const keepsAtStart = (c: string) => isLetterOrDigit(c) || c === '$' || c === '*';
const keepsAtEnd = (c: string) => isLetterOrDigit(c) || c === '$' || c === '*';

export interface Token {
  /** folded offset of each position (for a plain word, filled in by detail() when first needed) */
  at: number[];
  /** the letters each position may stand for: "a", "il", "*" for any, "" for none (likewise) */
  alts: string[];
  /** folded offsets of the first and the last position */
  first: number;
  last: number;
  /** only the letters a to z, so at and alts follow from raw */
  plainWord: boolean;
  /** the characters as written, one a position */
  raw: string;
  /** the likeliest letters, one a position */
  plain: string;
  /** the parts of a compound word, when it has more than one */
  parts: [number, number][];
  endsSentence: boolean;
  /** letters written spaced out ("f u c k"), joined into one word */
  joined: boolean;
  /** for joined letters that spell several words ("s e n d n u d e s"), the positions each word after the first starts at */
  segments?: number[];
  /**
   * for a word mostly of digits with a letter among them ("f49907", "70553r"), its letters with every digit read as the
   * letter it can stand for: the word is listed only if this spells a listed word whole (see numberAsWord)
   */
  digitsRead?: string[];
  /**
   * for a word in l33t followed by "!" ("p@k!", "hent@!"), its letters with the "!" read as an "i" as well: the "!" may
   * end the sentence or the word, and it is read as the word's last letter only where that spells a listed word whole
   */
  bangRead?: { alts: string[]; at: number[] };
}

export interface Stream {
  /** canonical words: letters, l33t read, repeats collapsed, one space between, " ." after a sentence */
  text: string;
  /** folded range each character of text came from */
  start: Int32Array;
  end: Int32Array;
}

/**
 * The words of a text, column by column. Most words are plain letters, which need no object of
 * their own: a check then allocates little besides the words' strings, so the garbage collector
 * rarely interrupts one (a collection takes about 0.5 ms).
 */
export class WordList {
  n = 0;
  first: Int32Array;
  last: Int32Array;
  endsSentence: Uint8Array;
  /** the folded text the words are in: a plain word is folded[first, last + 1], made a string only when needed */
  folded = '';
  /** positions and letters of a word that is not plain letters; null for one that is */
  token: (Token | null)[] = [];
  constructor(capacity = 512) {
    this.first = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.endsSentence = new Uint8Array(capacity);
  }
  push(first: number, last: number, endsSentence: boolean, token: Token | null): void {
    const k = this.n++;
    if (k === this.first.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A, bigger: A) => (bigger.set(a), bigger);
      this.first = grow(this.first, new Int32Array(k * 2));
      this.last = grow(this.last, new Int32Array(k * 2));
      this.endsSentence = grow(this.endsSentence, new Uint8Array(k * 2));
    }
    this.first[k] = first;
    this.last[k] = last;
    this.endsSentence[k] = endsSentence ? 1 : 0;
    this.token[k] = token;
  }
  /** Word k as a Token with its positions and letters: made for a plain word when it is first needed. */
  tokenAt(k: number): Token {
    const t = this.token[k]!;
    if (t) return t;
    const raw = this.rawAt(k);
    return detail({ at: NONE, alts: NONE_ALTS, first: this.first[k]!, last: this.last[k]!, plainWord: true, raw, plain: raw, parts: NO_PARTS, endsSentence: this.endsSentence[k] === 1, joined: false });
  }
  /** Word k's characters as written, one a position. */
  rawAt(k: number): string {
    const t = this.token[k]!;
    return t === null ? this.folded.slice(this.first[k]!, this.last[k]! + 1) : t.raw;
  }
  isSingleLetter(k: number): boolean {
    const t = this.token[k]!;
    return t === null ? this.first[k] === this.last[k] : t.raw.length === 1 && t.alts[0] !== '';
  }
}

// rawTokens fills this list for each text, so the columns are allocated once; the list is read
// before the next text is tokenised (checking is synchronous)
const shared = new WordList();
const joinedFrom3 = new WordList();
const joinedFrom4 = new WordList();

function markSentenceEnd(words: WordList, k: number): void {
  words.endsSentence[k] = 1;
  const t = words.token[k];
  if (t) t.endsSentence = true;
}

function rawTokens(folded: string, words: WordList): WordList {
  words.n = 0;
  words.folded = folded;
  let i = 0;
  while (i < folded.length) {
    if (isSpace(folded[i]!)) {
      // a line break ends a sentence: the replies of a thread pasted as one comment, the lines of a chat export or a
      // list, are read apart, as their writers wrote them
      if (folded[i] === '\n' && words.n > 0) markSentenceEnd(words, words.n - 1);
      i++;
      continue;
    }
    let j = i;
    while (j < folded.length && !isSpace(folded[j]!)) j++;
    let s = i;
    let e = j;
    i = j;
    // "@tom" is a mention, but "@$$hole" is l33t; "|ezzer" is l33t, and a bar between words has spaces round it
    while (s < e && !keepsAtStart(folded[s]!) && !leetAtStart(folded, s, e)) s++;
    let endsSentence = false;
    // "kurw@" ends in l33t: no address or mention ends in "@"; nor does a bar end a word after a letter but as an l ("k!||")
    while (e > s && !keepsAtEnd(folded[e - 1]!) && !leetAtEnd(folded, s, e)) if (SENTENCE_ENDS.has(folded[--e]!)) endsSentence = true;
    // most words are only letters: their positions and letters follow from the text, so they are
    // worked out only for the few words that need them (detail())
    if (s < e && onlyLetters(folded, s, e)) {
      words.push(s, e - 1, endsSentence, null);
      continue;
    }
    // the positions kept (symbols inside a word are dropped), counted first so the columns are made to size
    // "f*u*c*k": a star between every two letters separates them, as the dots of "f.u.c.k" do; it hides none
    const starsSeparate = starSeparated(folded, s, e);
    let kept = 0;
    for (let k = s; k < e; k++) if (keepsInWord(folded[k]!) && !(starsSeparate && WILDCARDS.has(folded[k]!))) kept++;
    const token: Token = { at: new Array<number>(kept), alts: new Array<string>(kept), first: 0, last: 0, plainWord: false, raw: '', plain: '', parts: NO_PARTS, endsSentence, joined: false };
    let n = 0;
    // raw and plain are built at the end: a word of plain letters is then a slice of the text, not
    // a string grown a letter at a time, which makes it quicker to look up
    let plainLetters = true;
    // l33t hides letters among letters ("sh1t"); a number ("07700 900 455") or a run mostly of
    // digits ("0800-455-123") is not a word, though a lone character may be a spaced-out letter
    const numeric = e - s > 1 && isNumeric(folded, s, e);
    let partStart = 0;
    for (let k = s; k < e; k++) {
      const c = folded[k]!;
      let alt: string;
      if (c === 'v') alt = 'vu'; // "fvck"
      else if (isLatin(c)) alt = c;
      else if (LEET[c] !== undefined) alt = numeric && c >= '0' && c <= '9' ? '' : LEET[c]!;
      else if (WILDCARDS.has(c)) {
        if (starsSeparate) continue;
        alt = '*';
      }
      else if (isLetterOrDigit(c)) alt = '';
      else {
        if (PART_BREAKS.has(c) && n > partStart) {
          if (token.parts === NO_PARTS) token.parts = [];
          token.parts.push([partStart, n]);
          partStart = n;
        }
        continue; // other symbols inside a word hide nothing: "f.u.c.k"
      }
      token.at[n] = k;
      token.alts[n++] = alt;
      if (!isLatin(c)) plainLetters = false;
    }
    if (token.alts.length === 0) continue;
    if (numeric) token.digitsRead = numberAsWord(token, folded);
    else if (!plainLetters && folded[e] === '!') token.bangRead = { alts: [...token.alts, 'i'], at: [...token.at, e] };
    token.first = token.at[0]!;
    token.last = token.at[token.at.length - 1]!;
    if (token.at.length === e - s) token.raw = folded.slice(s, e);
    else for (const k of token.at) token.raw += folded[k]!;
    if (plainLetters) token.plain = token.raw;
    else for (const alt of token.alts) token.plain += alt === '' ? '?' : alt[0]!;
    if (token.parts.length > 0) token.parts.push([partStart, n]);
    words.push(token.first, token.last, endsSentence, token);
  }
  return words;
}

/**
 * The most words a sentence is read as: a longer one is read in parts of this many. The longest sentence in the
 * labelled sets has 81 words; a text of thousands with no full stop (pasted, or written to slow the checker down)
 * would otherwise be one sentence, which every phrase that reads "any words up to …" reads to its end from each of its
 * trigger words.
 */
export const MAX_SENTENCE_WORDS = 100;

function capSentences(words: WordList): WordList {
  for (let k = 0, since = 0; k < words.n; k++) {
    if (words.endsSentence[k] === 1) since = 0;
    else if (++since === MAX_SENTENCE_WORDS) {
      markSentenceEnd(words, k);
      since = 0;
    }
  }
  return words;
}

/** Whether the "@" or "|" that ends folded[s, e) is l33t for a letter: "kurw@", "k!||", "sk!||" (a bar after a letter or another bar) */
function leetAtEnd(folded: string, s: number, e: number): boolean {
  if (e - 2 < s) return false;
  const c = folded[e - 1]!;
  const before = folded[e - 2]!;
  if (c === '@') return isLatin(before);
  if (c !== '|') return false;
  // back over the bars: what stands before them must be a letter or l33t ("k!||"), not a bar alone ("||")
  let k = e - 2;
  while (k >= s && folded[k] === '|') k--;
  return k >= s && (isLatin(folded[k]!) || LEET[folded[k]!] !== undefined);
}

/** Whether the "@" or "|" that starts folded[s, e) is l33t for a letter ("@$$", "|ezzer"), not a mention or a bar. */
function leetAtStart(folded: string, s: number, e: number): boolean {
  if (s + 1 >= e) return false;
  const c = folded[s]!;
  const next = folded[s + 1]!;
  if (c === '@') return (!isLatin(next) && keepsAtStart(next)) || noHandle(folded, s + 1, e);
  if (c !== '|') return false;
  if (isLatin(next)) return true;
  // "|!ke$": a bar then more l33t, where a letter follows; not "|!!" or a bar before a number ("|123")
  if (next === '|' || LEET[next] === undefined || (next >= '0' && next <= '9')) return false;
  for (let k = s + 2; k < e; k++) if (isLatin(folded[k]!)) return true;
  return false;
}

/**
 * Whether folded[s, e), after an "@", holds what no username does: "$", "|" or "@", or an "!" before a letter
 * ("@r$eh0|e", "@h0|e"), so the "@" is l33t for an "a", not a mention ("@sarah", "@tom_b!").
 */
function noHandle(folded: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = folded[k]!;
    if (c === '$' || c === '|' || c === '@' || (c === '!' && k + 1 < e && isLatin(folded[k + 1]!))) return true;
  }
  return false;
}

/**
 * Whether folded[s, e) is three or more single characters with one star (or #) between each two: "f*u*c*k",
 * "n#i#g". A word masked by wildcards keeps some letters together ("f**k", "f*ck"), so it never has this shape.
 */
function starSeparated(folded: string, s: number, e: number): boolean {
  if (e - s < 5 || (e - s) % 2 === 0) return false;
  const star = folded[s + 1]!;
  if (!WILDCARDS.has(star)) return false;
  for (let k = s; k < e; k++) {
    const c = folded[k]!;
    if ((k - s) % 2 === 1 ? c !== star : WILDCARDS.has(c) || !keepsInWord(c)) return false;
  }
  return true;
}

const NONE: number[] = [];
const NONE_ALTS: string[] = [];
/** shared by every plain word, which has one part and never gains another */
const NO_PARTS: [number, number][] = [];

function onlyLetters(folded: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isLatinCode(folded.charCodeAt(k))) return false;
  return true;
}

/** The token with its positions and letters filled in. */
export function detail(t: Token): Token {
  if (t.plainWord && t.at === NONE) {
    t.at = Array.from({ length: t.raw.length }, (_, k) => t.first + k);
    t.alts = Array.from(t.raw, (c) => (c === 'v' ? 'vu' : c)); // "fvck"
  }
  return t;
}

/**
 * A word mostly of digits is a number or a code ("1990s", "07700 900 455"), so its digits hide no letter; but one with a
 * letter among four or more positions may be a listed word written all in l33t but a letter ("f49907", "5h4991n9"). Its
 * letters with every digit read, for the one reading that counts it: the whole word spelling a listed word. Digits
 * alone stay a number ("80085", "455").
 */
function numberAsWord(token: Token, folded: string): string[] | undefined {
  if (token.alts.length < 4) return undefined;
  let letter = false;
  const read = token.alts.map((alt, k) => {
    const c = folded[token.at[k]!]!;
    if (alt !== '') letter ||= isLatin(c);
    return alt === '' && c >= '0' && c <= '9' ? (LEET[c] ?? '') : alt;
  });
  return letter ? read : undefined;
}

/** No Latin letter, or more digits than letters: a number, a code or a date, not a hidden word. */
function isNumeric(folded: string, s: number, e: number): boolean {
  let letters = 0;
  let digits = 0;
  for (let k = s; k < e; k++) {
    const c = folded[k]!;
    if (isLatin(c)) letters++;
    else if (c >= '0' && c <= '9') digits++;
  }
  return letters === 0 ? digits > 0 : digits > 2 * letters + 1;
}

/** Joins runs of at least `min` single letters, "f u c k", into one word. */
function joinSpaced(words: WordList, min: number, out: WordList): WordList {
  // most texts have no run of single letters that long: then the words are the words, uncopied
  let longest = 0;
  for (let k = 0, run = 0; k < words.n; k++) longest = Math.max(longest, (run = words.isSingleLetter(k) ? run + 1 : 0));
  if (longest < min) return words;
  out.n = 0;
  out.folded = words.folded;
  for (let i = 0; i < words.n; ) {
    let j = i;
    while (j < words.n && words.isSingleLetter(j)) j++;
    // spaced-out digits ("4 5 5") are a number, not a word: a run needs a real letter
    let letter = false;
    for (let k = i; k < j && !letter; k++) letter = isLatin(words.rawAt(k));
    if (j - i >= min && letter) {
      const run: Token[] = [];
      for (let k = i; k < j; k++) run.push(words.tokenAt(k));
      const joined: Token = {
        at: run.flatMap((t) => t.at),
        alts: run.flatMap((t) => t.alts),
        first: run[0]!.first,
        last: run[run.length - 1]!.last,
        plainWord: false,
        raw: run.map((t) => t.raw).join(''),
        plain: run.map((t) => t.plain).join(''),
        parts: [],
        // "b. a. c. k. to": where every letter has its full stop, the last one is a separator too, not a sentence's end
        endsSentence: run[run.length - 1]!.endsSentence && !run.every((t) => t.endsSentence),
        joined: true,
      };
      out.push(joined.first, joined.last, joined.endsSentence, joined);
      i = j;
    } else {
      // the rest of a run too short or without a letter is no run either: its words go as they are, each once
      const to = Math.max(j, i + 1);
      for (; i < to; i++) out.push(words.first[i]!, words.last[i]!, words.endsSentence[i] === 1, words.token[i]!);
    }
  }
  return out;
}

// The stream is built in buffers kept between texts, so a text costs no growing arrays.
let sharedCodes = new Uint16Array(4096);
// the stream never holds half a surrogate pair (rawTokens keeps none), so decoding changes nothing
const UTF16 = new TextDecoder('utf-16le');
let sharedStarts = new Int32Array(4096);
let sharedEnds = new Int32Array(4096);

/** A stream of some of a text's words with some disguised words read their second way. */
interface Variant {
  /** the words [from, to) */
  from: number;
  to: number;
  /** the words read as the second word they can be */
  second?: ReadonlySet<number>;
  /** the words written together with the word after them, as one ("ki ll" as "kil") */
  join?: ReadonlySet<number>;
}

/**
 * The stream of `words`, in buffers kept between texts, and the words whose disguise reads as two words of the
 * vocabulary (`doubtful`). With a `variant`, the stream of its words only, those it names read the second way ("wh*re"
 * as "where", not "whore"), in buffers of its own, so the text's stream stays readable beside it.
 */
function streamOf(words: WordList, vocabulary: StreamVocabulary, variant?: Variant): Stream & { doubtful: number[] } {
  const from = variant?.from ?? 0;
  const to = variant?.to ?? words.n;
  let size = (to - from) * 3;
  for (let w = from; w < to; w++) {
    const t = words.token[w]!;
    // letters spelt out one by one may each be a word of their own, with a space before it (segment)
    size += t === null ? words.last[w]! - words.first[w]! + 1 : t.joined ? 2 * t.raw.length : t.raw.length;
  }
  const folded = words.folded;
  let codes = sharedCodes;
  let starts = sharedStarts;
  let ends = sharedEnds;
  if (variant) {
    codes = new Uint16Array(size);
    starts = new Int32Array(size);
    ends = new Int32Array(size);
  } else if (size > codes.length) {
    codes = sharedCodes = new Uint16Array(size * 2);
    starts = sharedStarts = new Int32Array(size * 2);
    ends = sharedEnds = new Int32Array(size * 2);
  }
  const doubtful: number[] = [];
  let n = 0;
  for (let w = from; w < to; w++) {
    const t = words.token[w]!;
    const endsSentence = words.endsSentence[w] === 1;
    if (t === null || t.plainWord) {
      // letters only, read where they are in the folded text
      const first = words.first[w]!;
      const length = words.last[w]! - first + 1;
      // a word split by a space, read as one in a variant: no space, and a letter repeated across the split collapsed
      const joinedToPrevious = variant?.join?.has(w - 1) === true;
      // letters only: the word itself, repeated letters collapsed
      if (n > 0 && !joinedToPrevious) {
        codes[n] = 32;
        starts[n] = ends[n - 1]!;
        ends[n] = ends[n - 1]!;
        n++;
      }
      let prev = joinedToPrevious ? codes[n - 1]! : -1;
      for (let k = 0; k < length; k++) {
        const ch = folded.charCodeAt(first + k);
        if (ch === prev) ends[n - 1] = first + k + 1;
        else {
          codes[n] = ch;
          starts[n] = first + k;
          ends[n] = first + k + 1;
          n++;
        }
        prev = ch;
      }
      if (endsSentence) {
        const last = ends[n - 1]!;
        codes[n] = 32;
        codes[n + 1] = 46;
        starts[n] = starts[n + 1] = ends[n] = ends[n + 1] = last;
        n += 2;
      }
      continue;
    }
    const raw = t.raw;
    let hasLetter = false;
    for (let k = 0; k < raw.length && !hasLetter; k++) hasLetter = isLatinCode(raw.charCodeAt(k));
    if (n > 0) {
      codes[n] = 32; // ' '
      starts[n] = ends[n - 1]!;
      ends[n] = ends[n - 1]!;
      n++;
    }
    // a disguised word of the phrases is written as that word: "k*ll" as "kil", "y0ur$e|f" as "yourself"
    let resolved = hasLetter ? vocabulary.resolve(t.alts) : undefined;
    // or as the other word it can be, where there is one (not for letters spelt out one by one)
    if (resolved && !t.joined) {
      const other = vocabulary.secondReading(t.alts);
      if (other) {
        doubtful.push(w);
        if (variant?.second?.has(w)) resolved = other;
      }
    }
    // letters spelt out one by one are written as the words they spell, where they spell some: "i w i l l k i l l u"
    const spelt = t.joined && hasLetter ? segment(vocabulary, resolved ?? t.alts) : undefined;
    const letters = spelt?.letters ?? resolved;
    const cuts = spelt?.cuts;
    if (cuts && !variant) t.segments = cuts;
    let cut = 0;
    let prev = -1;
    for (let k = 0; k < t.alts.length; k++) {
      const alt = t.alts[k]!;
      const ch = letters ? letters[k]!.charCodeAt(0) : hasLetter && alt !== '' ? alt.charCodeAt(0) : raw.charCodeAt(k);
      const at = t.at[k]!;
      if (cuts && cut < cuts.length && cuts[cut] === k) {
        cut++;
        codes[n] = 32;
        starts[n] = ends[n - 1]!;
        ends[n] = ends[n - 1]!;
        n++;
        prev = -1;
      }
      if (ch === prev && isLatinCode(ch)) ends[n - 1] = at + 1;
      else {
        codes[n] = ch;
        starts[n] = at;
        ends[n] = at + 1;
        n++;
      }
      prev = ch;
    }
    if (endsSentence) {
      const last = ends[n - 1]!;
      codes[n] = 32;
      codes[n + 1] = 46; // '.'
      starts[n] = starts[n + 1] = ends[n] = ends[n + 1] = last;
      n += 2;
    }
  }
  const text = UTF16.decode(codes.subarray(0, n));
  // views of the buffers, not copies: the offensive check reads them before the next text
  return { text, start: starts.subarray(0, n), end: ends.subarray(0, n), doubtful };
}

/** Disguised words read every way their two readings allow, at most this many side by side (a phrase is a few words). */
const WINDOW = 3;
/** How many words either side of the disguised words their other readings are read with. */
const REACH = 8;
/** The most sentence readings a text is given, whatever its disguises: a bound on the work an adversary can cause. */
const MAX_VARIANTS = 24;

/**
 * The sentences with a word disguised so it reads two ways, read the other ways: each such sentence (up to eight words
 * either side) once for every choice of readings of each run of up to three such words, but the one the text's stream
 * made ("i kn*w wh*re y*u l*ve" reads "whore" and "love" first, and must be read "know where you live" too, but not
 * "knew").
 */
function variants(words: WordList, vocabulary: StreamVocabulary, doubtful: readonly number[]): Stream[] {
  const out: Stream[] = [];
  for (let i = 0; i < doubtful.length && out.length < MAX_VARIANTS; ) {
    // the sentence of doubtful[i], and its doubtful words
    let from = doubtful[i]!;
    while (from > 0 && words.endsSentence[from - 1] !== 1) from--;
    let to = doubtful[i]!;
    while (to < words.n - 1 && words.endsSentence[to] !== 1) to++;
    to++;
    const here: number[] = [];
    while (i < doubtful.length && doubtful[i]! < to) here.push(doubtful[i++]!);
    const seen = new Set<string>();
    for (let w = 0; w + Math.min(WINDOW, here.length) <= here.length; w++) {
      const window = here.slice(w, w + WINDOW);
      for (let mask = 1; mask < 1 << window.length && out.length < MAX_VARIANTS; mask++) {
        const second = window.filter((_, k) => (mask >> k) & 1);
        const key = second.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        const { doubtful: _, ...stream } = streamOf(words, vocabulary, { ...around(words, window[0]!, window[window.length - 1]!), second: new Set(second) });
        out.push(stream);
      }
    }
  }
  return out;
}


/** The longest half of a word split by a space that is read: "fu ck", "ki ll", "ret ard". */
const MAX_SPLIT_HALF = 6;

/** The words a word split by a space is read as, letter by letter: walked along the two halves, repeats skipped. */
export interface SplitTrie {
  next: Map<number, SplitTrie>;
  /** a word ends here */
  end: boolean;
}

export function splitTrie(words: Iterable<string>): SplitTrie {
  const root: SplitTrie = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/**
 * The words that, with the word after them, may be one word split by a space ("fu ck", "c unt", "ki ll yourself"): two
 * words of letters only, one space apart in a sentence, each of six letters or fewer, that together spell a word of
 * `spells` (repeated letters read once), and are not both English words ("pen is" and "who re" are two words). Most
 * pairs leave the trie at their first or second letter, so a text costs a few look-ups a word.
 */
export function splitPairs(words: WordList, spells: SplitTrie): number[] {
  const out: number[] = [];
  const folded = words.folded;
  for (let k = 0; k + 1 < words.n; k++) {
    if (words.token[k] !== null || words.token[k + 1] !== null || words.endsSentence[k] === 1) continue;
    const a = words.first[k]!;
    const b = words.first[k + 1]!;
    const aEnd = words.last[k]! + 1;
    const bEnd = words.last[k + 1]! + 1;
    if (b !== aEnd + 1 || folded.charCodeAt(aEnd) !== 32 || aEnd - a > MAX_SPLIT_HALF || bEnd - b > MAX_SPLIT_HALF) continue;
    let node: SplitTrie | undefined = spells;
    let previous = -1;
    for (let i = a; i < bEnd && node; i++) {
      if (i === aEnd) i++; // the space
      const c = folded.charCodeAt(i);
      if (c !== previous) node = node.next.get(c);
      previous = c;
    }
    if (!node?.end) continue;
    if (isShortWord(folded.slice(a, aEnd)) && isShortWord(folded.slice(b, bEnd))) continue;
    out.push(k);
  }
  return out;
}

/** Word k and the word after it as one token, for the word matcher: "fu ck" read as "fuck". */
export function joinPair(words: WordList, k: number): Token {
  const a = words.tokenAt(k);
  const b = words.tokenAt(k + 1);
  return { at: [...a.at, ...b.at], alts: [...a.alts, ...b.alts], first: a.first, last: b.last, plainWord: false, raw: a.raw + b.raw, plain: a.plain + b.plain, parts: NO_PARTS, endsSentence: b.endsSentence, joined: false };
}

/**
 * The words around word k and the word after it (its sentence, up to eight words either side), in the stream's spelling
 * with the two written as one ("ki ll yourself" as "kil yourself"): for the phrases, in buffers of its own.
 */
export function joinedStream(words: WordList, vocabulary: StreamVocabulary, k: number): Stream {
  const { doubtful: _, ...stream } = streamOf(words, vocabulary, { ...around(words, k, k + 1), join: new Set([k]) });
  return stream;
}

/**
 * The words [from, to) read around words first to last when some of them are read another way: their sentence, up to
 * eight words either side, which is enough for any phrase and less than a long comment's one sentence.
 */
function around(words: WordList, first: number, last: number): { from: number; to: number } {
  let from = first;
  while (from > 0 && words.endsSentence[from - 1] !== 1 && first - from < REACH) from--;
  let to = last;
  while (to < words.n - 1 && words.endsSentence[to] !== 1 && to - last < REACH) to++;
  return { from, to: to + 1 };
}

/**
 * Words to look up (spaced letters joined from three), and the canonical stream phrases run on; and, made when asked
 * for, the other readings of the sentences whose disguised words read two ways (only the phrases need them).
 * All are read before the next text is tokenised: their columns and buffers are reused.
 */
export function tokenise(folded: string, vocabulary: StreamVocabulary = phraseVocabulary()): { words: WordList; stream: Stream; otherReadings: () => Stream[] } {
  const words = capSentences(rawTokens(folded, shared));
  // "u r a loser" keeps its words in the stream; "k i l l" is joined there too
  const looked = joinSpaced(words, 3, joinedFrom3);
  const streamed = joinSpaced(words, 4, joinedFrom4);
  const { doubtful, ...stream } = streamOf(streamed, vocabulary);
  // a disguised word read two ways: its sentence read the other ways too
  const otherReadings = () => (doubtful.length > 0 ? variants(streamed, vocabulary, doubtful) : NO_STREAMS);
  // the words spaced-out letters spell in the stream are looked up too: "s e n d n u d e s" holds "nudes"
  if (looked !== words) shareSegments(streamed, looked);
  return { words: looked, stream, otherReadings };
}

const NO_STREAMS: Stream[] = [];

/** Gives each joined word of `to` the segments its twin in `from` (the same letters, joined for the stream) was read as. */
function shareSegments(from: WordList, to: WordList): void {
  for (let k = 0, j = 0; k < to.n; k++) {
    const t = to.token[k];
    if (!t?.joined) continue;
    while (j < from.n && from.first[j]! < t.first) j++;
    const twin = j < from.n ? from.token[j] : undefined;
    if (twin?.joined && twin.first === t.first && twin.last === t.last) t.segments = twin.segments;
  }
}
