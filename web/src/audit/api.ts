import { api, query } from '../api/client';
import type { AuditPage } from '../api/types';

/** One page of events, newest first; `before` is the previous page's nextBefore. */
export const readAudit = (schoolId: string | null, before: number | null, limit = 50) =>
  api.get<AuditPage>(`/api/audit${query({ schoolId, before, limit })}`);
