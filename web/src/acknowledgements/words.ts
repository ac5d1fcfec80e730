import { formatDate, formatDay, today } from '../ui/dates';

export function overdue(dueOn: string | null): boolean {
  return dueOn !== null && dueOn < today();
}

/** "due by 12 May 2026", or "overdue: it was due by 3 May 2026" once that day has passed. */
export function dueText(dueOn: string | null): string {
  if (!dueOn) return 'no due date set';
  return overdue(dueOn) ? `overdue: it was due by ${formatDate(dueOn)}` : `due by ${formatDate(dueOn)}`;
}

export function acknowledgedSentence(acknowledgedAt: string): string {
  return `You acknowledged this policy on ${formatDay(acknowledgedAt)}.`;
}
