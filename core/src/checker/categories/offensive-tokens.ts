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
const isSpace = (c: string) => c === ' ' || (c < '!' ? true : c > '~' && /\s/.test(c));
const isLetterOrDigit = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '~' && /[\p{L}\p{N}]/u.test(c));
const keepsAtStart = (c: string) => isLetterOrDigit(c) || c === '$' || c === '*';
const keepsAtEnd = (c: string) => isLetterOrDigit(c) || c === '$' || c === '*';

export interface Token {
  /** folded offset of each position */
  at: number[];
  /** the letters each position may stand for: "a", "il", "*" for any, "" for none */
  alts: string[];
  /** the characters as written, one a position */
  raw: string;
  /** the likeliest letters, one a position */
  plain: string;
  /** the parts of a compound word, when it has more than one */
  parts: [number, number][];
  endsSentence: boolean;
}

export interface Stream {
  /** canonical words: letters, l33t read, repeats collapsed, one space between, " ." after a sentence */
  text: string;
  /** folded range each character of text came from */
  start: number[];
  end: number[];
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
    const token: Token = { at: [], alts: [], raw: '', plain: '', parts: [], endsSentence };
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
      token.raw += c;
      token.plain += alt === '' ? '?' : alt[0]!;
    }
    if (token.alts.length === 0) continue;
    if (token.parts.length > 0) token.parts.push([partStart, token.alts.length]);
    tokens.push(token);
  }
  return tokens;
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

const isSingleLetter = (t: Token) => t.alts.length === 1 && t.alts[0] !== '';

/** Joins runs of at least `min` single letters, "f u c k", into one word. */
function joinSpaced(tokens: Token[], min: number): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && isSingleLetter(tokens[j]!)) j++;
    // spaced-out digits ("4 5 5") are a number, not a word: a run needs a real letter
    if (j - i >= min && tokens.slice(i, j).some((t) => isLatin(t.raw))) {
      const run = tokens.slice(i, j);
      out.push({
        at: run.flatMap((t) => t.at),
        alts: run.flatMap((t) => t.alts),
        raw: run.map((t) => t.raw).join(''),
        plain: run.map((t) => t.plain).join(''),
        parts: [],
        endsSentence: run[run.length - 1]!.endsSentence,
      });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

function streamOf(tokens: Token[]): Stream {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  const add = (ch: string, s: number, e: number) => {
    text += ch;
    start.push(s);
    end.push(e);
  };
  for (const t of tokens) {
    const hasLetter = /[a-z]/.test(t.raw);
    if (text.length > 0) add(' ', end[end.length - 1]!, end[end.length - 1]!);
    let prev = '';
    for (let k = 0; k < t.alts.length; k++) {
      const alt = t.alts[k]!;
      const ch = hasLetter && alt !== '' ? alt[0]! : t.raw[k]!;
      if (ch === prev && isLatin(ch)) end[end.length - 1] = t.at[k]! + 1;
      else add(ch, t.at[k]!, t.at[k]! + 1);
      prev = ch;
    }
    if (t.endsSentence) {
      const last = end[end.length - 1]!;
      add(' ', last, last);
      add('.', last, last);
    }
  }
  return { text, start, end };
}

/** Words to look up (spaced letters joined from three), and the canonical stream phrases run on. */
export function tokenise(folded: string): { words: Token[]; stream: Stream } {
  const tokens = rawTokens(folded);
  // "u r a loser" keeps its words in the stream; "k i l l" is joined there too
  return { words: joinSpaced(tokens, 3), stream: streamOf(joinSpaced(tokens, 4)) };
}
