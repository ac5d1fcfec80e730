import type { CheckFinding } from '@lanyard/core';

/** Where a suggestion goes in the checked text, and what it puts there. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

const hasWord = (s: string | undefined): s is string => !!s && /[\p{L}\p{N}]/u.test(s);

/** The sentence around a span: back to the last stop or line break, on past the next stop. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  while (to < text.length && /[.!?]/.test(text[to]!)) to++;
  return { from, to };
}

/**
 * What "Use this suggestion" would write, or null when the suggestion is not text to put in
 * the post. The checker's suggestions come in three forms, and only two can be written in:
 * - a rewrite of the whole sentence around the span (names: "Well done to a Year 3 pupil!"),
 *   recognised by keeping the sentence's first or last word; it replaces that sentence;
 * - a replacement for the span itself ("a Year 3 pupil"); it replaces the span;
 * - advice ("Remove the number; ...", "Remove the image, ..."): a whole sentence offered for a
 *   fragment, or for a span of no length (a photo), which is shown but never written in.
 */
export function replacementFor(text: string, finding: Pick<CheckFinding, 'start' | 'end' | 'suggestion'>): Replacement | null {
  const { start, end, suggestion } = finding;
  if (suggestion === undefined || start < 0 || end > text.length || end <= start) return null;

  const { from, to } = sentenceAround(text, start, end);
  if (from < start || to > end) {
    const firstWord = text.slice(from, start).trim().split(/\s+/)[0];
    const lastWord = text.slice(end, to).trim().split(/\s+/).pop();
    const keepsFirst = hasWord(firstWord) && suggestion.startsWith(firstWord);
    const keepsLast = hasWord(lastWord) && suggestion.endsWith(lastWord);
    if (keepsFirst || keepsLast) return { start: from, end: to, text: suggestion };
  }

  const endsSentence = (s: string) => /[.!?]$/.test(s.trim());
  if (endsSentence(suggestion) && !endsSentence(text.slice(start, end))) return null;
  return { start, end, text: suggestion };
}

/** The text with the replacement written in. */
export function withReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}
