import { api } from '../api/client';
import type { SentRequestView } from '../api/types';

/** The requests for permission and the declarations the signed-in person has sent. */
export const myRequests = () => api.get<SentRequestView[]>('/api/me/requests');
