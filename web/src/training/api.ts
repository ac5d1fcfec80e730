import { api } from '../api/client';
import type { TrainingCoverageView } from '../api/types';

export interface NewTraining {
  personId: string;
  course: string;
  completedOn: string;
  expiresOn?: string | null;
  evidence?: string | null;
}

export const trainingAt = (schoolId: string) => api.get<TrainingCoverageView>(`/api/schools/${schoolId}/training`);

export const recordTraining = (schoolId: string, record: NewTraining) => api.post<{ id: string }>(`/api/schools/${schoolId}/training`, record);
