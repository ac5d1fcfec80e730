// Splits a folded text into words for the offensive-language matcher, undoing the ways people hide a
// word: l33t ("sh1t"), symbols inside it ("f*ck", "f.u.c.k"), spaced-out letters ("f u c k").

/** What a character may stand for: "1" is i or l, "@" is a. */
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '8': 'b', '3': 'e', '6': 'g', '9': 'g', '1': 'il', '!': 'i', '|': 'il', '0': 'o', '5': 's', $: 's', '7': 't', '+': 't' };
/** Characters that hide a letter: "f*ck", "f#ck". */
const WILDCARDS = new Set(['*', '#']);
/** Characters that join the parts of a compound ("arse-monster") and hide nothing else. */
const PART_BREAKS = new Set(['-', '/', '_', '\\', '–', '—']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

const isLatin = (c: string) => c >= 'a' && c <= 'z';
const isLatinCode = (c: number) => c >= 97 && c <= 122;
const isSpace = (c: string) => c === ' ' || (c < '!' ? true : c > '~' && /\s/.test(c));
const isLetterOrDigit = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '~' && /[\p{L}\p{N}]/u.test(c));
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
}

export interface Stream {
  /** canonical words: letters, l33t read, repeats collapsed, one space between, " ." after a sentence */
  text: string;
  /** folded range each character of text came from */
  start: Int32Array;
  end: Int32Array;
}

function rawTokens(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < folded.length) {
    if (isSpace(folded[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < folded.length && !isSpace(folded[j]!)) j++;
    let s = i;
    let e = j;
    i = j;
    // "@tom" is a mention, but "@$$hole" is l33t
    while (s < e && !keepsAtStart(folded[s]!) && !(folded[s] === '@' && s + 1 < e && !isLatin(folded[s + 1]!) && keepsAtStart(folded[s + 1]!))) s++;
    let endsSentence = false;
    while (e > s && !keepsAtEnd(folded[e - 1]!)) if (SENTENCE_ENDS.has(folded[--e]!)) endsSentence = true;
    // most words are only letters: their positions and letters follow from the text, so they are
    // worked out only for the few words that need them (detail())
    if (s < e && onlyLetters(folded, s, e)) {
      const raw = folded.slice(s, e);
      tokens.push({ at: NONE, alts: NONE_ALTS, first: s, last: e - 1, plainWord: true, raw, plain: raw, parts: NO_PARTS, endsSentence, joined: false });
      continue;
    }
    const token: Token = { at: [], alts: [], first: 0, last: 0, plainWord: false, raw: '', plain: '', parts: [], endsSentence, joined: false };
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
      else if (WILDCARDS.has(c)) alt = '*';
      else if (isLetterOrDigit(c)) alt = '';
      else {
        if (PART_BREAKS.has(c) && token.alts.length > partStart) {
          token.parts.push([partStart, token.alts.length]);
          partStart = token.alts.length;
        }
        continue; // other symbols inside a word hide nothing: "f.u.c.k"
      }
      token.at.push(k);
      token.alts.push(alt);
      if (!isLatin(c)) plainLetters = false;
    }
    if (token.alts.length === 0) continue;
    token.first = token.at[0]!;
    token.last = token.at[token.at.length - 1]!;
    if (token.at.length === e - s) token.raw = folded.slice(s, e);
    else for (const k of token.at) token.raw += folded[k]!;
    if (plainLetters) token.plain = token.raw;
    else for (const alt of token.alts) token.plain += alt === '' ? '?' : alt[0]!;
    if (token.parts.length > 0) token.parts.push([partStart, token.alts.length]);
    tokens.push(token);
  }
  return tokens;
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

const isSingleLetter = (t: Token) => t.raw.length === 1 && (t.plainWord || t.alts[0] !== '');

/** Joins runs of at least `min` single letters, "f u c k", into one word. */
function joinSpaced(tokens: Token[], min: number): Token[] {
  // most texts have no run of single letters that long: then the words are the words, uncopied
  let longest = 0;
  for (let i = 0, run = 0; i < tokens.length; i++) longest = Math.max(longest, (run = isSingleLetter(tokens[i]!) ? run + 1 : 0));
  if (longest < min) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && isSingleLetter(tokens[j]!)) j++;
    // spaced-out digits ("4 5 5") are a number, not a word: a run needs a real letter
    if (j - i >= min && tokens.slice(i, j).some((t) => isLatin(t.raw))) {
      const run = tokens.slice(i, j).map(detail);
      out.push({
        at: run.flatMap((t) => t.at),
        alts: run.flatMap((t) => t.alts),
        first: run[0]!.first,
        last: run[run.length - 1]!.last,
        plainWord: false,
        raw: run.map((t) => t.raw).join(''),
        plain: run.map((t) => t.plain).join(''),
        parts: [],
        endsSentence: run[run.length - 1]!.endsSentence,
        joined: true,
      });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

// The stream is built in buffers kept between texts, so a text costs no growing arrays; the
// stream's offsets are copied out at the end, since a category may keep them.
let codes = new Uint16Array(4096);
// the stream never holds half a surrogate pair (rawTokens keeps none), so decoding changes nothing
const UTF16 = new TextDecoder('utf-16le');
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);

function streamOf(tokens: Token[]): Stream {
  let size = tokens.length * 3;
  for (const t of tokens) size += t.raw.length;
  if (size > codes.length) {
    codes = new Uint16Array(size * 2);
    starts = new Int32Array(size * 2);
    ends = new Int32Array(size * 2);
  }
  let n = 0;
  for (const t of tokens) {
    const raw = t.raw;
    if (t.plainWord) {
      // letters only: the word itself, repeated letters collapsed
      if (n > 0) {
        codes[n] = 32;
        starts[n] = ends[n - 1]!;
        ends[n] = ends[n - 1]!;
        n++;
      }
      let prev = -1;
      for (let k = 0; k < raw.length; k++) {
        const ch = raw.charCodeAt(k);
        if (ch === prev) ends[n - 1] = t.first + k + 1;
        else {
          codes[n] = ch;
          starts[n] = t.first + k;
          ends[n] = t.first + k + 1;
          n++;
        }
        prev = ch;
      }
      if (t.endsSentence) {
        const last = ends[n - 1]!;
        codes[n] = 32;
        codes[n + 1] = 46;
        starts[n] = starts[n + 1] = ends[n] = ends[n + 1] = last;
        n += 2;
      }
      continue;
    }
    let hasLetter = false;
    for (let k = 0; k < raw.length && !hasLetter; k++) hasLetter = isLatinCode(raw.charCodeAt(k));
    if (n > 0) {
      codes[n] = 32; // ' '
      starts[n] = ends[n - 1]!;
      ends[n] = ends[n - 1]!;
      n++;
    }
    let prev = -1;
    for (let k = 0; k < t.alts.length; k++) {
      const alt = t.alts[k]!;
      const ch = hasLetter && alt !== '' ? alt.charCodeAt(0) : raw.charCodeAt(k);
      const at = t.at[k]!;
      if (ch === prev && isLatinCode(ch)) ends[n - 1] = at + 1;
      else {
        codes[n] = ch;
        starts[n] = at;
        ends[n] = at + 1;
        n++;
      }
      prev = ch;
    }
    if (t.endsSentence) {
      const last = ends[n - 1]!;
      codes[n] = 32;
      codes[n + 1] = 46; // '.'
      starts[n] = starts[n + 1] = ends[n] = ends[n + 1] = last;
      n += 2;
    }
  }
  const text = UTF16.decode(codes.subarray(0, n));
  return { text, start: starts.slice(0, n), end: ends.slice(0, n) };
}

/** Words to look up (spaced letters joined from three), and the canonical stream phrases run on. */
export function tokenise(folded: string): { words: Token[]; stream: Stream } {
  const tokens = rawTokens(folded);
  // "u r a loser" keeps its words in the stream; "k i l l" is joined there too
  return { words: joinSpaced(tokens, 3), stream: streamOf(joinSpaced(tokens, 4)) };
}
