import type { TrainingCoverageView } from '../api/types';
import { formatDate } from '../ui/dates';

type TrainingRecord = TrainingCoverageView['people'][number]['records'][number];

/** A person's latest record of each course: a renewal replaces the one it renews. */
export function latestByCourse(records: readonly TrainingRecord[]): TrainingRecord[] {
  const latest = new Map<string, TrainingRecord>();
  for (const r of records) {
    const seen = latest.get(r.course);
    if (!seen || r.completedOn >= seen.completedOn) latest.set(r.course, r);
  }
  return [...latest.values()].sort((a, b) => a.course.localeCompare(b.course));
}

/** "completed 3 May 2026, expires 3 May 2027", with "expired" said in words once it has. */
export function recordText(r: TrainingRecord): string {
  const completed = `completed ${formatDate(r.completedOn)}`;
  if (!r.expiresOn) return `${completed}, does not expire`;
  return r.current ? `${completed}, expires ${formatDate(r.expiresOn)}` : `expired on ${formatDate(r.expiresOn)} (${completed})`;
}
