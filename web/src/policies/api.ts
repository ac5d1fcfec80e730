import type { SituationInput } from '@lanyard/core';
import { api } from '../api/client';
import type { AskAnswerView, BuiltinPackView, Policy, PolicyVersion, SentRequestView } from '../api/types';

export interface NewPolicy {
  title: string;
  /** a built-in pack's id, to start from its text and rules */
  startFrom?: string | null;
  governingCommittee?: string | null;
  responsibleTitle?: string | null;
  reviewMonths?: number | null;
}

/** A school's policies (its own and its trust's), or the trust's when schoolId is null. */
export const listPolicies = (schoolId: string | null) =>
  api.get<Policy[]>(schoolId ? `/api/schools/${schoolId}/policies` : '/api/trust/policies');

export const listBuiltinPacks = () => api.get<BuiltinPackView[]>('/api/builtin-packs');

export const startPolicy = (schoolId: string | null, policy: NewPolicy) =>
  api.post<Policy>(schoolId ? `/api/schools/${schoolId}/policies` : '/api/trust/policies', policy);

export const getVersion = (versionId: string) => api.get<PolicyVersion>(`/api/policy-versions/${versionId}`);

export const startVersion = (policyId: string, text: string) => api.post<PolicyVersion>(`/api/policies/${policyId}/versions`, { text });

export const savePack = (versionId: string, yaml: string) => api.post<PolicyVersion>(`/api/policy-versions/${versionId}/pack`, { yaml });

export const sendForRatification = (versionId: string) => api.post<PolicyVersion>(`/api/policy-versions/${versionId}/submission`, {});

export const recordRatification = (versionId: string, ratifiedOn: string) =>
  api.post<PolicyVersion>(`/api/policy-versions/${versionId}/ratification`, { ratifiedOn });

export const askPolicy = (schoolId: string, situation: SituationInput) => api.post<AskAnswerView>(`/api/schools/${schoolId}/ask`, situation);

/** Sends the request for permission, or the declaration, that an answer calls for; the server asks the policy again. */
export const sendRequest = (schoolId: string, situation: SituationInput, note: string | null) =>
  api.post<SentRequestView>(`/api/schools/${schoolId}/requests`, { situation, note });
