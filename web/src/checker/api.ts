import type { CheckFinding, TextKind } from '@lanyard/core';
import { api } from '../api/client';

export interface CheckRequest {
  text: string;
  kind: TextKind;
  /** one entry per photo, with the pupils tagged in it */
  images?: { tagged: string[] }[];
}

export const checkText = (schoolId: string, request: CheckRequest) =>
  api.post<{ findings: CheckFinding[]; policyVersionId: string | null }>(`/api/schools/${schoolId}/check`, request);
