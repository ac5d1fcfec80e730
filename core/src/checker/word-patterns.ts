// Regular expressions for whole words over folded text, written so that V8 can scan them fast.
//
// A pattern that opens with a Unicode lookbehind, (?<![\p{L}\p{N}]), makes V8 try that lookbehind
// at every character instead of skipping ahead to where the pattern could start: one commercial
// rule took 16 µs over 2,000 characters that way, and 3 µs with an ASCII lookbehind. Folded text
// is lower case with accents and look-alike letters folded, so a letter of another script before a
// word is rare; it is checked on each match instead of at every character.

import { parsePattern, type Node } from './pattern-syntax.js';

/** The lookbehind that opens a word pattern: no ASCII letter or digit (nor `extra`) just before. */
export const wordStart = (extra = '') => `(?<![a-z0-9${extra}])`;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a letter or digit of any script ends just before `at`. */
export function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const from = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(from)!));
}

/**
 * The matches of a global pattern opened by wordStart(), without those that follow a letter or
 * digit of another script: what the pattern would find with a full Unicode lookbehind.
 */
export function wordMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) >= 0x80 && wordCharBefore(text, m.index)) {
      re.lastIndex = codePointAfter(text, m.index);
      continue;
    }
    if (m[0].length === 0) re.lastIndex = codePointAfter(text, m.index);
    out.push(m);
  }
  return out;
}

/**
 * Where the code point at `at` ends. A Unicode pattern whose lastIndex is set between the two halves of an emoji starts
 * again from its first half, and so finds the same match for ever.
 */
export const codePointAfter = (text: string, at: number): number => at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/** Whether a pattern opened by wordStart() matches anywhere in the text, as wordMatches would. */
export function hasWordMatch(re: RegExp, text: string): boolean {
  if (!re.global) throw new Error('hasWordMatch needs a global pattern');
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!(m.index > 0 && text.charCodeAt(m.index - 1) >= 0x80 && wordCharBefore(text, m.index))) return true;
    re.lastIndex = codePointAfter(text, m.index);
  }
  return false;
}


/** Whether a character code is an ASCII lower-case letter or digit: what wordStart() looks behind for. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Whether a character code is part of a word of the canonical stream: a letter, a digit, or a star for a hidden letter. */
export const isStreamWordCode = (c: number) => isWordCode(c) || c === 42;
/** A trigger word's letter or digit as a column of the trie: 0-9, then a-z. */
const column = (c: number) => (c <= 57 ? c - 48 : c - 87);

/** At most this many first words a pattern may have before it is scanned whole instead. */
const MAX_FIRST_WORDS = 2_000;

/**
 * How every match of a word pattern starts, each start a whole ASCII word of the text or the letters before a digit.
 */
export interface FirstWords {
  /** whole words: "(?:discount|promo)\\s+codes?" gives discount and promo */
  words: Set<string>;
  /** letters that a digit follows in the same word: "" for "\\d{1,2}/\\d{1,2}", "sw" and "ip" for "(?:sw|ip)\\d" */
  beforeDigit: Set<string>;
}

/**
 * How every match of a pattern (its source after wordStart()) starts. Undefined when that cannot be read: the pattern
 * may start with a symbol or any letter ("£5", "[a-z]+\\.com"), or its first word may run on ("code\\s*[a-z]+").
 * `stream`: the pattern reads the canonical stream of offensive-tokens.ts, whose words may hold stars.
 */
export function firstWords(body: string, stream = false): FirstWords | undefined {
  const isWordChar = stream ? isStreamWordCode : isWordCode;
  let alts: Node[][];
  try {
    alts = parsePattern(body);
  } catch {
    return undefined;
  }
  const words = new Set<string>();
  const beforeDigit = new Set<string>();
  let budget = 50_000;
  /** Reads `seq` from `k` with `word` spelt so far, then goes on with `then`; false where a first word is not bounded. */
  const walk = (seq: Node[], k: number, word: string, then: (word: string) => boolean): boolean => {
    if (--budget < 0) return false;
    if (k === seq.length) return then(word);
    const node = seq[k]!;
    const next = (w: string) => walk(seq, k + 1, w, then);
    // a character that is no letter or digit ends the first word: a match that starts with one has none
    const ended = () => word !== '' && words.add(word).size + beforeDigit.size <= MAX_FIRST_WORDS;
    switch (node.t) {
      case 'char':
        // a word that runs on and on ("x+") is not bounded
        if (isWordChar(node.c.charCodeAt(0))) return word.length < 40 && next(word + node.c);
        return ended();
      case 'zero':
        return (stream ? node.endsStarWord : node.endsWord) && word !== '' ? ended() : next(word);
      case 'ref':
        return false;
      case 'any':
        if (node.digit) return beforeDigit.add(word).size + words.size <= MAX_FIRST_WORDS;
        return !node.word && ended();
      case 'group':
        return node.alts.every((alt) => walk(alt, 0, word, next));
      case 'rep': {
        if (node.max === 0) return next(word);
        const again: Node = { t: 'rep', node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1 };
        return walk([node.node, again], 0, word, next) && (node.min > 0 || next(word));
      }
    }
  };
  // the end of the pattern bounds no word: what follows in the text may go on with it
  const read = alts.every((alt) => walk(alt, 0, '', () => false));
  return read && words.size + beforeDigit.size > 0 ? { words, beforeDigit } : undefined;
}

/** A text's runs of ASCII lower-case letters and digits, where wordStart() lets a pattern start, and where they end. */
interface AsciiWords {
  text: string | undefined;
  count: number;
  start: Int32Array;
  end: Int32Array;
}
// the last text's words: the sets of several categories read the same folded text, one after another
const lastWords: AsciiWords = { text: undefined, count: 0, start: new Int32Array(512), end: new Int32Array(512) };

function asciiWords(text: string): AsciiWords {
  const words = lastWords;
  if (words.text === text) return words;
  words.count = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (words.count === words.start.length) {
      const [start, end] = [new Int32Array(words.count * 2), new Int32Array(words.count * 2)];
      start.set(words.start);
      end.set(words.end);
      [words.start, words.end] = [start, end];
    }
    words.start[words.count] = at;
    words.end[words.count++] = i;
  }
  words.text = text;
  return words;
}

/**
 * Word patterns, each opened by the same wordStart(), found in one reading of the text: each pattern's matches are
 * exactly what wordMatches would find. A pattern is tried only where a word it can start with stands (firstWords),
 * read off a trie of those words as the text's words go by; a pattern whose first words cannot be read is scanned
 * on its own. Scanning each pattern cost a pass over the whole text (fourteen commercial rules took 91 µs a
 * 2,000-character text), and so did one pattern of them all (40 µs: V8 cannot skip ahead in so wide a pattern).
 */
export class WordPatternSet {
  private readonly sticky: RegExp[];
  private readonly global: RegExp[];
  /** the patterns whose first words cannot be read, scanned whole */
  private readonly scanned: number[] = [];
  /** the trie of first words: 36 columns a node (0-9, a-z), -1 for no child; node 0 is the root */
  private readonly children: number[] = [];
  /** per trie node, the patterns a word ending there starts */
  private readonly starts: (number[] | undefined)[] = [];
  /** per trie node, the patterns a word starts that goes on there with a digit */
  private readonly digitAfter: (number[] | undefined)[] = [];

  constructor(patterns: readonly RegExp[], head = wordStart()) {
    const flags = patterns[0]?.flags ?? 'gu';
    this.global = [...patterns];
    this.sticky = patterns.map((re) => {
      if (!re.source.startsWith(head) || re.flags !== flags || !re.global) throw new Error(`a pattern of a set opens with ${head} and has the flags ${flags}: ${re.source}`);
      return new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    });
    this.newNode();
    patterns.forEach((re, k) => {
      const first = firstWords(re.source.slice(head.length));
      if (!first) this.scanned.push(k);
      else {
        for (const w of first.words) (this.starts[this.nodeOf(w)] ??= []).push(k);
        for (const w of first.beforeDigit) (this.digitAfter[this.nodeOf(w)] ??= []).push(k);
      }
    });
  }

  private newNode(): number {
    this.starts.push(undefined);
    this.digitAfter.push(undefined);
    for (let c = 0; c < 36; c++) this.children.push(-1);
    return this.starts.length - 1;
  }

  /** The trie node that spells `word`, made where it is new. */
  private nodeOf(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 36 + column(word.charCodeAt(i));
      if (this.children[slot] === -1) this.children[slot] = this.newNode();
      node = this.children[slot]!;
    }
    return node;
  }

  /** Each pattern's matches in the text, as wordMatches gives them; a pattern not `wanted` finds nothing. */
  matches(text: string, wanted: (index: number) => boolean = () => true): RegExpExecArray[][] {
    const n = this.sticky.length;
    const out: RegExpExecArray[][] = Array.from({ length: n }, () => []);
    const lastEnd = new Array<number>(n).fill(0);
    const { children, starts, digitAfter } = this;
    const tryAt = (patterns: readonly number[], at: number) => {
      for (const k of patterns) {
        if (lastEnd[k]! > at || !wanted(k)) continue;
        const one = this.sticky[k]!;
        one.lastIndex = at;
        const found = one.exec(text);
        if (!found) continue;
        out[k]!.push(found);
        lastEnd[k] = at + Math.max(1, found[0].length);
      }
    };
    const words = asciiWords(text);
    for (let w = 0; w < words.count; w++) {
      // walk the trie along the word as far as it goes, trying the patterns its letters start where a digit follows
      // them, then those its whole spelling starts
      const at = words.start[w]!;
      const end = words.end[w]!;
      if (at > 0 && text.charCodeAt(at - 1) >= 0x80 && wordCharBefore(text, at)) continue;
      let node = 0;
      for (let i = at; i < end && node !== -1; i++) {
        const c = text.charCodeAt(i);
        if (c <= 57 && digitAfter[node] !== undefined) tryAt(digitAfter[node]!, at);
        node = children[node * 36 + column(c)]!;
      }
      const patterns = node === -1 ? undefined : starts[node];
      if (patterns !== undefined) tryAt(patterns, at);
    }
    for (const k of this.scanned) if (wanted(k)) out[k] = wordMatches(this.global[k]!, text);
    return out;
  }
}
