import type { CheckFinding, TextKind } from '@lanyard/core';
import { api } from '../api/client';

export interface CheckRequest {
  text: string;
  kind: TextKind;
  /** one entry per photo, with the pupils tagged in it */
  images?: { tagged: string[] }[];
}

/** Whether the reading of meaning ran: read, switched off on this server, or could not run this time. */
export type MeaningStatus = 'read' | 'partial' | 'off' | 'unavailable';

export const checkText = (schoolId: string, request: CheckRequest) =>
  api.post<{ findings: CheckFinding[]; policyVersionId: string | null; meaning: MeaningStatus }>(`/api/schools/${schoolId}/check`, request);
