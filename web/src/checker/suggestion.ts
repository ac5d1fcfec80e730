import type { CheckFinding } from '@lanyard/core';

/** Where a suggestion goes in the checked text, and what it puts there. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * What "Use this suggestion" writes: the finding's suggestion in place of the range it names
 * (`replaces`, or the finding's own span). A finding with only advice has nothing to write in; nor
 * has one whose range does not fit the text it was checked against.
 */
export function replacementFor(text: string, finding: Pick<CheckFinding, 'start' | 'end' | 'suggestion' | 'replaces'>): Replacement | null {
  if (finding.suggestion === undefined) return null;
  const { start, end } = finding.replaces ?? finding;
  if (start < 0 || end > text.length || end < start) return null;
  if (start === end && finding.suggestion === '') return null; // writing it in would change nothing
  return { start, end, text: finding.suggestion };
}

/** The text with the replacement written in. */
export function withReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}
