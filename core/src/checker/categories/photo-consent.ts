import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const photoConsent: CategoryBuilder = {
  categories: ['photo_consent'],
  build: () => () => [],
};
