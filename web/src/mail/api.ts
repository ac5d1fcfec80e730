import { api, query } from '../api/client';
import type { Outbox } from '../api/types';

/** Newest first; without a school, the whole trust's mail (trust administrators). */
export const readOutbox = (schoolId: string | null, limit = 50) => api.get<Outbox>(`/api/outbox${query({ schoolId, limit })}`);
