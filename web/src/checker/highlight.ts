import type { CheckFinding, Severity } from '@lanyard/core';
import { mostSevere } from './words';

/** A stretch of the checked text: plain, or highlighted for the findings numbered in it. */
export type Segment =
  | { kind: 'plain'; start: number; text: string }
  | { kind: 'mark'; start: number; text: string; severity: Severity; numbers: number[] };

interface Span {
  start: number;
  end: number;
  numbers: number[];
  severities: Severity[];
}

/**
 * Cuts the text at the findings' spans (UTF-16 offsets, as String#slice counts), merging spans
 * that overlap so no character is highlighted twice. Findings are numbered from 1 in the order
 * given, as the list below the text numbers them. Offsets outside the text are clamped; a
 * finding with an empty span is listed but not highlighted.
 */
export function segmentsOf(text: string, findings: readonly CheckFinding[]): Segment[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), text.length);
  const spans = findings
    .map((f, i) => ({ start: clamp(f.start), end: clamp(f.end), numbers: [i + 1], severities: [f.severity] }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.numbers.push(...span.numbers);
      last.severities.push(...span.severities);
    } else {
      merged.push({ ...span });
    }
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ kind: 'plain', start: at, text: text.slice(at, span.start) });
    const numbers = [...span.numbers].sort((a, b) => a - b);
    segments.push({ kind: 'mark', start: span.start, text: text.slice(span.start, span.end), severity: mostSevere(span.severities), numbers });
    at = span.end;
  }
  if (at < text.length) segments.push({ kind: 'plain', start: at, text: text.slice(at) });
  return segments;
}
