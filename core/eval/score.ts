// Scores the checker's findings against the corpus labels, per category, by span overlap.
import type { CheckerCategory, CheckFinding } from '../src/index.js';
import type { Label } from './generate-corpus.js';

/** Categories judged per text rather than per span: photo consent is about the images. */
const WHOLE_TEXT: readonly CheckerCategory[] = ['photo_consent'];

export interface Miss { id: string; category: CheckerCategory; kind: 'missed' | 'false alarm'; start: number; end: number; text: string }
export interface Tally { tp: number; fn: number; fp: number; matchedFindings: number }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start === a.end ? a.start >= b.start && a.start <= b.end : a.start < b.end && b.start < a.end;

/**
 * One text's contribution. A label is found (TP) when a finding of its category overlaps it, else
 * missed (FN); a finding that overlaps no label of its category is a false alarm (FP). Several
 * findings on one label (a first name and a surname found apart) count once for recall and are
 * all correct for precision.
 */
export function scoreText(id: string, text: string, labels: Label[], findings: Pick<CheckFinding, 'category' | 'start' | 'end'>[], tallies: Map<CheckerCategory, Tally>, misses: Miss[]): void {
  const tally = (c: CheckerCategory) => {
    let t = tallies.get(c);
    if (!t) tallies.set(c, (t = { tp: 0, fn: 0, fp: 0, matchedFindings: 0 }));
    return t;
  };
  const hit = (l: Label, f: Pick<CheckFinding, 'category' | 'start' | 'end'>) => f.category === l.category && (WHOLE_TEXT.includes(l.category) || overlaps(f, l));
  for (const l of labels) {
    if (findings.some((f) => hit(l, f))) tally(l.category).tp++;
    else {
      tally(l.category).fn++;
      misses.push({ id, category: l.category, kind: 'missed', start: l.start, end: l.end, text });
    }
  }
  for (const f of findings) {
    if (labels.some((l) => hit(l, f))) tally(f.category).matchedFindings++;
    else {
      tally(f.category).fp++;
      misses.push({ id, category: f.category, kind: 'false alarm', start: f.start, end: f.end, text });
    }
  }
}

export const precision = (t: Tally) => (t.matchedFindings + t.fp === 0 ? NaN : t.matchedFindings / (t.matchedFindings + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? NaN : t.tp / (t.tp + t.fn));

/** The span in its sentence's surroundings, marked «like this», on one line. */
export function snippet(text: string, start: number, end: number, around = 40): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}«${flat(text.slice(start, end))}»${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
