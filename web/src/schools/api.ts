import { api } from '../api/client';
import type { School } from '../api/types';

export interface SchoolInput {
  name: string;
  shortName?: string | null;
  town?: string | null;
  postcode?: string | null;
}

export const listSchools = () => api.get<School[]>('/api/schools');
export const addSchool = (input: SchoolInput) => api.post<School>('/api/schools', input);
export const changeSchool = (schoolId: string, input: Partial<SchoolInput>) => api.patch<School>(`/api/schools/${schoolId}`, input);
