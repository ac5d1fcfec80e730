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
