// Patterns over the text as written, run only where a word they can start with stands.
//
// The readers of a comment as written (watching-menace.ts, ridicule.ts, sideways-threat.ts and others) look over the
// whole text with patterns such as /\b(?:lives?\s+(?:at|above|…)|where\s+…)/i. V8 cannot skip ahead in so wide an
// alternation: it tries every character, 10 to 25 µs for 2,000 characters a pattern, and a dense text ran some twenty
// of them. Every match of such a pattern starts with one of a few whole words (read off its source by firstWords, as
// the commercial rules' WordPatternSet does for folded text), so one walk of a trie of all those words along the
// text's words says where each pattern can start, and the pattern is tried there alone. A text that holds none of its
// words is not scanned at all.
//
// gated() gives back a RegExp that finds exactly what the pattern finds (exec, test, match, replace, and the lastIndex
// of a global pattern all behave as before); a pattern whose first words cannot be read is given back as it is.

import { firstWords, type FirstWords } from './word-patterns.js';

/** the trie of every gated pattern's first words: 36 columns a node (0-9, a-z), -1 for no child; node 0 the root */
const children: number[] = [];
/** per trie node, the patterns (by id) a word ending there can start */
const startsHere: (number[] | undefined)[] = [];
/** per trie node, the patterns a word can start that goes on there with a digit ("m" of "m4", "" of "12 Acacia Road") */
const digitAfter: (number[] | undefined)[] = [];
let patterns = 0;

const newNode = (): number => {
  startsHere.push(undefined);
  digitAfter.push(undefined);
  for (let c = 0; c < 36; c++) children.push(-1);
  return startsHere.length - 1;
};
newNode();

/** A character code as a column of the trie, folding upper case (the patterns are case-blind); -1 for no letter or digit. */
function column(c: number): number {
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 48 && c <= 57) return c - 48;
  return -1;
}

/** The trie node that spells `word`, made where it is new. */
function nodeOf(word: string): number {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = node * 36 + column(word.charCodeAt(i));
    if (children[slot] === -1) children[slot] = newNode();
    node = children[slot]!;
  }
  return node;
}

/** Where each gated pattern can start in one text: the starts of the words its matches can start with, in order. */
interface Starts {
  text: string | undefined;
  /** by pattern id; only the lists of `touched` patterns hold this text's starts */
  lists: number[][];
  touched: number[];
  /** how many patterns there were when it was read: a pattern made since has no list here */
  patterns: number;
}

// the last few texts read: a reader looks at a text, a reply or a sentence with several patterns one after another
const cache: Starts[] = Array.from({ length: 4 }, () => ({ text: undefined, lists: [], touched: [], patterns: 0 }));
let next = 0;

function startsOf(text: string): Starts {
  for (const s of cache) if (s.text === text && s.patterns === patterns) return s;
  const s = cache[next]!;
  next = (next + 1) % cache.length;
  for (const id of s.touched) s.lists[id]!.length = 0;
  s.touched.length = 0;
  while (s.lists.length < patterns) s.lists.push([]);
  for (let i = 0; i < text.length; ) {
    if (column(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // a word starts here (no letter or digit before it): follow the trie as far as it goes
    const at = i;
    let node = 0;
    for (; i < text.length; i++) {
      const col = column(text.charCodeAt(i));
      if (col < 0) break;
      if (node === -1) continue;
      if (col < 10 && digitAfter[node] !== undefined) add(s, digitAfter[node]!, at);
      node = children[node * 36 + col]!;
    }
    if (node !== -1 && startsHere[node] !== undefined) add(s, startsHere[node]!, at);
  }
  s.text = text;
  s.patterns = patterns;
  return s;
}

/** Each pattern's start at `at`, once (a word may start a pattern both ways: "m4" and "m4s"). */
function add(s: Starts, ids: readonly number[], at: number): void {
  for (const id of ids) {
    const list = s.lists[id]!;
    if (list.length === 0) s.touched.push(id);
    else if (list[list.length - 1] === at) continue;
    list.push(at);
  }
}

/** A case-blind pattern opened by \b, tried only at the words it can start with. */
export class FirstWordRegExp extends RegExp {
  private readonly id: number;
  private readonly one: RegExp;

  constructor(source: string, flags: string, first: FirstWords) {
    super(source, flags);
    this.one = new RegExp(source, `${flags.replace('g', '')}y`);
    this.id = patterns++;
    for (const w of first.words) (startsHere[nodeOf(w)] ??= []).push(this.id);
    for (const w of first.beforeDigit) (digitAfter[nodeOf(w)] ??= []).push(this.id);
  }

  // split, matchAll and replace make a new pattern of the same kind: a plain one, as they would without the gate
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const list = startsOf(text).lists[this.id];
    if (list !== undefined) {
      for (const at of list) {
        if (at < from) continue;
        this.one.lastIndex = at;
        const m = this.one.exec(text);
        if (m === null) continue;
        if (this.global) this.lastIndex = at + m[0].length;
        return m;
      }
    }
    if (this.global) this.lastIndex = 0;
    return null;
  }
}

/**
 * The pattern, tried only where one of the words its matches start with stands; the pattern itself where those words
 * cannot be read. Only a case-blind pattern that opens with \b for all its alternatives, with no flag but i and g,
 * is gated: its matches start at the start of a run of ASCII letters and digits, which is where the trie is walked.
 */
export function gated(re: RegExp): RegExp {
  if (!re.flags.includes('i') || /[^gi]/.test(re.flags) || !everyAlternativeOpensWithB(re.source)) return re;
  let first: FirstWords | undefined;
  try {
    first = firstWords(re.source);
  } catch {
    return re;
  }
  return first === undefined ? re : new FirstWordRegExp(re.source, re.flags, first);
}

/** Whether each of the source's top-level alternatives opens with \b: "\b(?:a|b)c", "\ba|\bb", not "\ba|b". */
function everyAlternativeOpensWithB(source: string): boolean {
  let depth = 0;
  if (!source.startsWith('\\b')) return false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // a class: to its closing bracket, escapes skipped
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0 && !source.startsWith('\\b', i + 1)) return false;
  }
  return true;
}
