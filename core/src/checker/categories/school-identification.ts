import type { CategoryBuilder } from '../check.js';

// Placeholder: finds nothing yet. Replaced by the real category.
export const schoolIdentification: CategoryBuilder = {
  categories: ['school_identification'],
  build: () => () => [],
};
