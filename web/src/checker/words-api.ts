import type { CheckerWordsView, NewAllowedPhrase, NewCheckerWord, NewNickname } from '@lanyard/core';
import { api } from '../api/client';

const base = (schoolId: string) => `/api/schools/${schoolId}/checker-words`;

export const checkerWordsOf = (schoolId: string) => api.get<CheckerWordsView>(base(schoolId));

export const addCheckerWord = (schoolId: string, word: NewCheckerWord) => api.post<{ id: string }>(`${base(schoolId)}/words`, word);

export const allowPhrase = (schoolId: string, phrase: NewAllowedPhrase) => api.post<{ id: string }>(`${base(schoolId)}/allowed`, phrase);

export const addNickname = (schoolId: string, nickname: NewNickname) => api.post<{ id: string }>(`${base(schoolId)}/nicknames`, nickname);

export const removeCheckerWord = (schoolId: string, id: string) => api.delete<void>(`${base(schoolId)}/${id}`);
