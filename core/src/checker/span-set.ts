// Spans of a text, asked whether any of them overlaps a span. A dense or run-on text can hold thousands of findings
// ("kill yourself kill yourself …", 50,000 characters, is 3,500 of them), and asking each of them of every other was
// read in time that grew with the square of the text. Kept in order of start, a question looks only at the spans that
// start less than the longest span's length before it.

export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private longest = 0;

  get size(): number {
    return this.starts.length;
  }

  add(start: number, end: number): void {
    const at = firstAtOrAfter(this.starts, start);
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
    if (end - start > this.longest) this.longest = end - start;
  }

  /** whether a span of the set overlaps [start, end): shares at least one character with it */
  overlaps(start: number, end: number): boolean {
    // a span that overlaps starts before `end`, and no further back than the longest span reaches
    for (let k = firstAtOrAfter(this.starts, end) - 1; k >= 0 && this.starts[k]! > start - this.longest; k--) {
      if (this.ends[k]! > start) return true;
    }
    return false;
  }
}

/** A span set of the given ranges. */
export function spanSetOf(ranges: readonly (readonly [number, number])[]): SpanSet {
  const set = new SpanSet();
  for (const [start, end] of ranges) set.add(start, end);
  return set;
}

/**
 * Ranges asked whether one of them holds a span whole: in order of start, with the furthest end reached by any range
 * starting so far, so a question is one binary search. (A school's allowed phrase found at every word of a long text,
 * and a word it listed found at every word too, asked every range of every finding: 7 s for 48,000 characters.)
 */
export class Cover {
  private readonly starts: number[];
  /** per range in order of start, the furthest end of it and every range before it */
  private readonly reach: number[];

  constructor(ranges: readonly (readonly [number, number])[]) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    this.starts = sorted.map(([start]) => start);
    this.reach = [];
    let furthest = -Infinity;
    for (const [, end] of sorted) this.reach.push((furthest = Math.max(furthest, end)));
  }

  /** whether a range holds [start, end) whole */
  covers(start: number, end: number): boolean {
    // the ranges that start at or before `start`; one of them holds the span if the furthest of their ends is past it
    const k = firstAtOrAfter(this.starts, start + 1) - 1;
    return k >= 0 && this.reach[k]! >= end;
  }
}

/** the index of the first number in a sorted list at or after n (the list's length if none) */
export function firstAtOrAfter(sorted: readonly number[], n: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
