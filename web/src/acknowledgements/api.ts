import { api, ApiError, query } from '../api/client';
import type { CoverageView, MyAcknowledgement } from '../api/types';

/** The policy in force in each of your schools that applies to you, and whether you have acknowledged it. */
export const myAcknowledgements = () => api.get<MyAcknowledgement[]>('/api/me/acknowledgements');

/** Sends the hash of the text that was shown, so the acknowledgement names exactly what was read. */
export const acknowledge = (versionId: string, textSha256: string) =>
  api.post<{ acknowledgedAt: string }>(`/api/policy-versions/${versionId}/acknowledgement`, { textSha256 });

/** Who has acknowledged the policy in force at a school, or null when no policy is in force there. */
export async function coverageAt(schoolId: string): Promise<CoverageView | null> {
  try {
    return await api.get<CoverageView>(`/api/schools/${schoolId}/acknowledgements`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The same coverage as a spreadsheet file, for a plain download link. */
export const coverageCsvPath = (schoolId: string, versionId: string) => `/api/schools/${schoolId}/acknowledgements.csv${query({ versionId })}`;
