// Text as a reader sees it when a right-to-left override reverses part of it. After U+202E (RIGHT-TO-LEFT OVERRIDE)
// a screen shows the characters right to left until U+202C (POP DIRECTIONAL FORMATTING) or the end of the paragraph,
// so "\u202Ekcuf\u202C" is stored backwards and shown as a swear word. The checker reads the text as stored; for a
// text with an override it also reads it in the order shown, and maps what it finds back to the characters stored.

const OVERRIDE = '\u202e';
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const POP = '\u202c';

/** Where the reversed runs are: [start, end) of the characters between an override and its pop or the line's end. */
export interface ReversedRun {
  start: number;
  end: number;
}

/** The runs a screen shows reversed; none for a text without an override (almost every text). */
export function reversedRuns(text: string): ReversedRun[] {
  const runs: ReversedRun[] = [];
  for (let at = text.indexOf(OVERRIDE); at >= 0; at = text.indexOf(OVERRIDE, at + 1)) {
    const start = at + 1;
    let end = start;
    while (end < text.length && text[end] !== POP && text[end] !== '\n' && text[end] !== OVERRIDE) end++;
    if (end > start) runs.push({ start, end });
    at = end - 1;
  }
  return runs;
}

/** The text in the order a screen shows it: each run's characters reversed, a character of two units kept whole. */
export function displayOrder(text: string, runs: readonly ReversedRun[]): string {
  let out = '';
  let from = 0;
  for (const r of runs) {
    out += text.slice(from, r.start) + [...text.slice(r.start, r.end)].reverse().join('');
    from = r.end;
  }
  return out + text.slice(from);
}

/**
 * Where a span of the shown text stands in the stored text: from the first to the last character its characters were
 * stored at. Reversing a run keeps its bounds, so a span inside one run is its own mirror.
 */
export function storedSpan(text: string, start: number, end: number, runs: readonly ReversedRun[]): { start: number; end: number } {
  const mirror = (at: number) => {
    const r = runs.find((x) => at >= x.start && at < x.end);
    return r ? r.start + r.end - 1 - at : at;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (let at = start; at < end; at++) {
    const stored = mirror(at);
    if (stored < lo) lo = stored;
    if (stored > hi) hi = stored;
  }
  // a character of two units keeps its order when reversed, so a mirrored end may fall between its halves: keep it whole
  if (isLowSurrogate(text.charCodeAt(lo))) lo--;
  if (isHighSurrogate(text.charCodeAt(hi))) hi++;
  return { start: lo, end: hi + 1 };
}
