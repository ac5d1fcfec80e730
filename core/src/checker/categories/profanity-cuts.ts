// What to take out of a post with swearing in it, where that is plain. Most of the strong and mild language staff
// write is a word that only adds force ("a bloody nightmare", "what a f***ing joke") or an exclamation on its own
// ("ffs", "wtf"): the sentence reads the same without it. Such a finding offers the cut ("Try: leaving it out"); a
// swear word that carries the sentence's sense ("it's bollocks", "pissing it down") gets only its reason, as before.

import { SENTENCE_START, SPACE_BEFORE } from './rewrite-text.js';

export interface ProfanityCut {
  suggestion: string;
  replaces: { start: number; end: number };
}

/** a word that only adds force, by its letters (stars and symbols dropped): "f***ing" is "fing", "fkn", "effing" */
const INTENSIFIER = /^(?:f[a-z]{0,5}(?:ing|in|n)|bloody|bleeding|bleedin|sodding|frigging|friggin|effing|effin|freaking|freakin)$/;
/** after it, words that make it a verb or part of an oath ("fucking about", "bloody hell"): no plain cut */
const NOT_AFTER_INTENSIFIER = new Set(['hell', 'ell', 'around', 'about', 'up', 'off', 'with', 'me', 'him', 'her', 'them', 'you', 'u', 'it', 'us', 'on', 'over']);
/** an exclamation of its own, by its letters */
const EXCLAMATION = /^(?:ffs|wtf|wtaf|fml|omfg)$/;
/** exclamations that begin a question or a clause of their own ("wtf is that"), not only an outburst */
const SAYS_WHAT = /^(?:wtf|wtaf)$/;
const NEXT_WORD = /^(\s+)([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u;
const MARKS_AFTER = /^[\s,.!?:;]*/;

/** A cut for the profanity at [start, end) of the original text `o`, or undefined where none is plain. */
export function profanityCut(o: string, start: number, end: number): ProfanityCut | undefined {
  const letters = o.slice(start, end).toLowerCase().replace(/[^a-z]/g, '');
  const next = NEXT_WORD.exec(o.slice(end, end + 30));
  const before = o.slice(Math.max(0, start - 20), start);
  if (INTENSIFIER.test(letters)) {
    // "a bloody nightmare" -> "a nightmare": the word and the space after it go
    if (!next || NOT_AFTER_INTENSIFIER.has(next[2]!.toLowerCase())) return undefined;
    return cut(start, end + next[1]!.length);
  }
  if (EXCLAMATION.test(letters)) {
    // "ffs, the car park again" -> "The car park again"; "shut again ffs" -> "shut again"
    const marks = MARKS_AFTER.exec(o.slice(end, end + 10))![0];
    const space = SPACE_BEFORE.exec(before);
    const lastOfLine = end + marks.length === o.length || o[end + marks.length - 1] === '\n';
    if (SENTENCE_START.test(before)) {
      // "Ofsted next week. FML." -> "Ofsted next week."
      if (lastOfLine) return { suggestion: '', replaces: { start: start - (space?.[0].length ?? 0), end: end + marks.trimEnd().length } };
      // "wtf is that menu" reads "what the … is that menu": without it the sentence would not read
      if (SAYS_WHAT.test(letters) && marks.trim() === '') return undefined;
      return cut(start, end + marks.length);
    }
    if (lastOfLine) {
      // at the end: the space before goes, the marks after stay ("shut again ffs!" -> "shut again!")
      return { suggestion: '', replaces: { start: start - (space?.[0].length ?? 0), end } };
    }
    return undefined;
  }
  return undefined;
}

/**
 * Take out [start, end). A word left starting a sentence keeps its small letter: the cut is shown as "leaving it out",
 * and a suggestion that also wrote a capital letter would be shown as that letter alone.
 */
const cut = (start: number, end: number): ProfanityCut => ({ suggestion: '', replaces: { start, end } });
