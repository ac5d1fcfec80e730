import type { SentRequestView } from '../api/types';
import { roleLabel } from '../people/words';
import { TOPIC_QUESTION } from '../policies/questions';

export const KIND_WORDS: Record<SentRequestView['kind'], string> = {
  permission: 'Request for permission',
  declaration: 'Declaration',
};

const STATUS_WORDS: Record<string, string> = {
  submitted: 'Sent, waiting for a decision',
  approved: 'Approved',
  refused: 'Refused',
  noted: 'Noted',
  withdrawn: 'Withdrawn',
};

export function requestStatusLabel(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

/** Who the policy names to decide, or that it names nobody. */
export function deciderLabel(role: string | null): string {
  return role ? roleLabel(role) : 'Not named by the policy';
}

/** What the request was about, in the words of the first question of Ask the policy. */
export function topicLabel(situation: SentRequestView['situation']): string {
  return TOPIC_QUESTION.options?.find((o) => o.value === situation.topic)?.label ?? 'Another situation';
}
